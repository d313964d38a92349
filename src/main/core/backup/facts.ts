import type Database from 'better-sqlite3'
import { MIGRATIONS } from '../db/migrate'

export interface DatabaseFacts {
  /** `vault_id` from the meta table: the vault this database belongs to. */
  vaultId: string | null
  /** Rows per table (SQLite's own `sqlite_*` tables aside), by table name. */
  counts: Record<string, number>
  schema: { migrations: number; lastTag: string | null }
  /** Whether a migration was applied that this build does not know (written by a newer XinAn). */
  tooNew: boolean
}

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`

const hasTable = (db: Database.Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined

/** What the manifest records about a database and verification compares: read in one transaction. */
export function databaseFacts(db: Database.Database): DatabaseFacts {
  return db.transaction((): DatabaseFacts => {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
      .pluck()
      .all() as string[]
    const counts: Record<string, number> = {}
    for (const name of tables) {
      counts[name] = db.prepare(`SELECT count(*) FROM ${quoteIdentifier(name)}`).pluck().get() as number
    }
    const vaultId = hasTable(db, 'meta')
      ? ((db.prepare("SELECT value FROM meta WHERE key = 'vault_id'").pluck().get() as string | undefined) ?? null)
      : null
    const applied = hasTable(db, '__xinan_migrations')
      ? (db.prepare('SELECT idx, tag FROM __xinan_migrations ORDER BY idx').all() as { idx: number; tag: string }[])
      : []
    return {
      vaultId,
      counts,
      schema: { migrations: applied.length, lastTag: applied.at(-1)?.tag ?? null },
      tooNew: applied.some((m) => m.idx >= MIGRATIONS.length)
    }
  })()
}
