import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { DatabaseCorruptError, DatabaseTooNewError, MigrationEditedError } from '../vault/errors'
import journal from './migrations/meta/_journal.json'

export interface Migration {
  idx: number
  tag: string
  sql: string
  /** sha256 of the SQL text: a migration edited after it was applied is refused, not re-run. */
  hash: string
}

// Bundled as text, so the app carries its migrations inside its own code.
const sqlFiles = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true })

export const MIGRATIONS: readonly Migration[] = journal.entries.map((entry) => {
  const sql = sqlFiles[`./migrations/${entry.tag}.sql`]
  if (sql === undefined) throw new Error(`migration file missing for ${entry.tag}`)
  return { idx: entry.idx, tag: entry.tag, sql, hash: createHash('sha256').update(sql, 'utf8').digest('hex') }
})

const BREAKPOINT = '--> statement-breakpoint'

/**
 * Brings the database to the newest schema this build knows. Each migration runs in its own
 * transaction with its record; a database from a newer build, or one whose history does not
 * match these files, is refused before anything is written.
 */
export function migrate(sqlite: Database.Database, appliedAt: string, migrations: readonly Migration[] = MIGRATIONS): number {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS __xinan_migrations (
    idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`)
  const applied = sqlite.prepare('SELECT idx, tag, hash FROM __xinan_migrations ORDER BY idx').all() as {
    idx: number
    tag: string
    hash: string
  }[]
  for (const row of applied) {
    const known = migrations[row.idx]
    if (!known) throw new DatabaseTooNewError()
    if (known.hash !== row.hash || known.tag !== row.tag) throw new MigrationEditedError()
  }
  const pending = migrations.slice(applied.length)
  if (pending.length === 0) return 0
  const record = sqlite.prepare('INSERT INTO __xinan_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)')
  // better-sqlite3 turns foreign keys on by default, and SQLite ignores this pragma inside a
  // transaction (so a migration's own `PRAGMA foreign_keys=OFF` does nothing): it is set here,
  // around the transactions. With it on, a table rebuild's DROP TABLE would fail on, or cascade
  // into, the rows that reference the table.
  const foreignKeysWereOn = sqlite.pragma('foreign_keys', { simple: true }) === 1
  sqlite.pragma('foreign_keys = OFF')
  try {
    for (const migration of pending) {
      sqlite.transaction(() => {
        for (const statement of migration.sql.split(BREAKPOINT)) {
          if (statement.trim()) sqlite.exec(statement)
        }
        record.run(migration.idx, migration.tag, migration.hash, appliedAt)
        // Foreign keys are off while migrating (table rebuilds need it); check them before commit.
        if ((sqlite.pragma('foreign_key_check') as unknown[]).length > 0) throw new DatabaseCorruptError()
      })()
    }
  } finally {
    if (foreignKeysWereOn) sqlite.pragma('foreign_keys = ON')
  }
  return pending.length
}
