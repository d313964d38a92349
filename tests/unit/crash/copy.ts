import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { openEncrypted } from '../../../src/main/core/db/open'
import { dbPath } from '../../../src/main/core/vault/file'

/**
 * Opens a copy of the vault's database as a crash left it — the file and its WAL, without the
 * shared-memory index, as after a power cut — and runs `fn` on it. The originals and their
 * leftovers stay as they are, for the next child, whose unlock must cope with them.
 */
export function withCopy<T>(dataDir: string, dek: Buffer, fn: (db: Database.Database) => T): T {
  const scratch = mkdtempSync(join(dataDir, '..', 'xinan-crash-copy-'))
  try {
    const copy = join(scratch, 'xinan.db')
    copyFileSync(dbPath(dataDir), copy)
    if (existsSync(`${dbPath(dataDir)}-wal`)) copyFileSync(`${dbPath(dataDir)}-wal`, `${copy}-wal`)
    const db = openEncrypted(copy, dek, { create: false })
    try {
      return fn(db)
    } finally {
      // A scratch copy: closing it need not wait for the disk (a checkpoint with fsyncs).
      db.pragma('synchronous=OFF')
      db.close()
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
