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
