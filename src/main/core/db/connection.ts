import type Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { eq } from 'drizzle-orm'
import { DatabaseNotOursError } from '../vault/errors'
import { migrate } from './migrate'
import { openEncrypted } from './open'
import * as schema from './schema'

export type Orm = BetterSQLite3Database<typeof schema>

/** An open, checked, migrated database: the raw handle for transactions and the drizzle view for queries. */
export interface Connection {
  sqlite: Database.Database
  orm: Orm
}

/**
 * The unlock sequence after the key is unwrapped (DESIGN.md): open → read sqlite_master →
 * quick_check → belongs to this vault? → migrate → foreign_keys, WAL, synchronous=FULL.
 */
export function connect(path: string, dek: Buffer, vaultId: string, opts: { create: boolean; now: string }): Connection {
  const sqlite = openEncrypted(path, dek, { create: opts.create })
  try {
    if (!opts.create) assertBelongsToVault(sqlite, vaultId)
    migrate(sqlite, opts.now)
    reuseStatements(sqlite)
    const orm = drizzle(sqlite, { schema })
    if (opts.create) orm.insert(schema.meta).values({ key: 'vault_id', value: vaultId }).run()
    sqlite.pragma('foreign_keys=ON')
    sqlite.pragma('journal_mode=WAL')
    sqlite.pragma('synchronous=FULL')
    return { sqlite, orm }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

function assertBelongsToVault(sqlite: Database.Database, vaultId: string): void {
  const hasMeta = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get()
  if (!hasMeta) throw new DatabaseNotOursError()
  const orm = drizzle(sqlite, { schema })
  const row = orm.select().from(schema.meta).where(eq(schema.meta.key, 'vault_id')).get()
  if (row?.value !== vaultId) throw new DatabaseNotOursError()
}

/** Distinct SQL texts kept prepared; past this, statements are prepared afresh (and freed at close). */
const STATEMENT_CACHE_SIZE = 2000

/**
 * better-sqlite3 frees a prepared statement only when the database closes, and drizzle prepares
 * one for every query: an unlocked session would grow by kilobytes per call for as long as it
 * stays open. The app's SQL texts are few (values are bound, not inlined), so each is prepared
 * once and reused. A reused reader is put back in its default mode first: drizzle switches some
 * to raw (array) rows.
 */
export function reuseStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite)
  const cache = new Map<string, Database.Statement>()
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source)
    if (cached) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false)
      return cached
    }
    const statement = prepare(source)
    if (cache.size < STATEMENT_CACHE_SIZE) cache.set(source, statement)
    return statement
  }) as Database.Database['prepare']
}
