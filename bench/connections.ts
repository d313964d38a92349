import { closeSync, openSync, readSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { systemClock } from '../src/main/core/clock'
import type { Orm } from '../src/main/core/db/connection'
import { openEncrypted } from '../src/main/core/db/open'
import * as schema from '../src/main/core/db/schema'
import { Vault } from '../src/main/core/vault/vault'
import { exportPlainCopy, virtualTables } from './plainCopy'

export interface BenchConnection {
  kind: 'encrypted' | 'plain'
  sqlite: Database.Database
  orm: Orm
}

/** The settings the app runs with after unlock (core/db/connection.ts), applied to both files alike. */
function applyAppPragmas(sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys=ON')
  sqlite.pragma('journal_mode=WAL')
  sqlite.pragma('synchronous=FULL')
}

function isPlainSqlite(path: string): boolean {
  const head = Buffer.alloc(16)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, head, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  return head.toString('latin1') === 'SQLite format 3\0'
}

/** The copy must hold what the original holds, or the comparison means nothing. */
function assertSameRows(encrypted: Database.Database, plainPath: string): void {
  const plain = new Database(plainPath, { readonly: true, fileMustExist: true })
  try {
    const tables = plain.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    // Shadow tables hold an FTS5 index's segments, which a one-pass build lays out differently.
    const { isShadow } = virtualTables(plain)
    for (const { name } of tables.filter((t) => !isShadow(t.name))) {
      const sql = `SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`
      const a = encrypted.prepare(sql).get() as { n: number }
      const b = plain.prepare(sql).get() as { n: number }
      if (a.n !== b.n) throw new Error(`the plain copy of ${name} has ${b.n} rows, the original ${a.n}`)
    }
  } finally {
    plain.close()
  }
}

/**
 * The seeded xinan.db (opened as the app opens it) and an unencrypted copy of it (plainCopy.ts),
 * with identical pragmas, so the only difference the bench sees is the cipher.
 * The copy holds synthetic data only and lives outside the data dir.
 */
export async function openBenchPair(
  dataDir: string,
  credentials: { username: string; password: string },
  plainPath: string
): Promise<{ encrypted: BenchConnection; plain: BenchConnection; close(): void }> {
  const vault = new Vault(dataDir, systemClock)
  const { dek } = await vault.unwrapWithPassword(credentials.username, credentials.password)
  let encrypted: Database.Database
  try {
    encrypted = openEncrypted(vault.dbPath, dek, { create: false })
  } finally {
    dek.fill(0)
  }
  rmSync(plainPath, { force: true })
  exportPlainCopy(encrypted, plainPath)
  if (!isPlainSqlite(plainPath)) throw new Error('the exported copy is not a plain SQLite file')
  assertSameRows(encrypted, plainPath)

  const plain = new Database(plainPath, { fileMustExist: true })
  // openEncrypted sets these three; the plain copy gets them too, so the workloads match.
  plain.pragma('temp_store=MEMORY')
  plain.pragma('secure_delete=ON')
  plain.pragma('cache_size=-65536')
  applyAppPragmas(encrypted)
  applyAppPragmas(plain)
  const wrap = (kind: BenchConnection['kind'], sqlite: Database.Database): BenchConnection => ({
    kind,
    sqlite,
    orm: drizzle(sqlite, { schema })
  })
  return {
    encrypted: wrap('encrypted', encrypted),
    plain: wrap('plain', plain),
    close: () => {
      encrypted.close()
      plain.close()
    }
  }
}
