import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { sqlcipherRawKey } from '../vault/crypto'
import { DatabaseCorruptError, DatabaseMissingError, DatabaseNotOursError } from '../vault/errors'

const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Opens xinan.db as a SQLCipher 4 file with the raw DEK and proves the key and the file are
 * good before anything is written (DESIGN.md, "Unlock"): a wrong key fails when sqlite_master
 * is read, not at `PRAGMA key`. Settings that write (WAL, migrations) come after, in `unlock`.
 */
export function openEncrypted(path: string, dek: Buffer, opts: { create: boolean; quickCheck?: boolean }): Database.Database {
  if (!opts.create) refuseObviouslyWrongFile(path)
  const db = new Database(path, { fileMustExist: !opts.create })
  try {
    db.pragma(`cipher='sqlcipher'`)
    db.pragma('legacy=4')
    const rawKey = sqlcipherRawKey(dek)
    try {
      db.key(rawKey)
    } finally {
      rawKey.fill(0)
    }
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch (error) {
      throw sqliteCode(error) === 'SQLITE_NOTADB' ? new DatabaseNotOursError() : new DatabaseCorruptError()
    }
    // Skipped only by a caller that runs the full integrity_check next (a backup's check).
    if (opts.quickCheck !== false) {
      let check: unknown
      try {
        check = db.pragma('quick_check', { simple: true })
      } catch {
        throw new DatabaseCorruptError()
      }
      if (check !== 'ok') throw new DatabaseCorruptError()
    }
    // Sorts and temporary tables stay in memory: SQLCipher does not encrypt temp files.
    db.pragma('temp_store=MEMORY')
    // Deleted rows are overwritten, so a purge leaves nothing behind inside the file either.
    db.pragma('secure_delete=ON')
    // REPLACE deletes the row it displaces without firing DELETE triggers unless this is on:
    // `INSERT OR REPLACE INTO audit_log` would rewrite history past the append-only triggers.
    db.pragma('recursive_triggers=ON')
    // 64 MiB of decrypted pages (SQLite's default is 2 MiB): a year's screening of 16,000 students
    // and the notes' search index stay in memory instead of being read and decrypted per call.
    db.pragma('cache_size=-65536')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function refuseObviouslyWrongFile(path: string): void {
  if (!existsSync(path)) throw new DatabaseMissingError()
  const size = statSync(path).size
  // An encrypted file is whole pages of 4096 bytes; anything else was cut short.
  if (size === 0 || size % 4096 !== 0) {
    if (size >= PLAIN_SQLITE_HEADER.length && startsWithPlainHeader(path)) throw new DatabaseNotOursError()
    throw new DatabaseCorruptError()
  }
  if (startsWithPlainHeader(path)) throw new DatabaseNotOursError()
}

function startsWithPlainHeader(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(PLAIN_SQLITE_HEADER.length)
    readSync(fd, head, 0, head.length, 0)
    return head.equals(PLAIN_SQLITE_HEADER)
  } finally {
    closeSync(fd)
  }
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}
