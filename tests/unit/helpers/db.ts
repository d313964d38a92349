import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { openEncrypted } from '../../../src/main/core/db/open'
import { deriveKey, readVault } from './files'
import { dbPath } from '../../../src/main/core/vault/file'
import { unwrapKey, usernameLookup } from '../../../src/main/core/vault/crypto'

const open: Database.Database[] = []

/** Closes the connections a test file opened (after each file: tests/unit/setup.ts). */
export function closeTestDbs(): void {
  for (const db of open.splice(0)) if (db.open) db.close()
}

/**
 * The database key, unwrapped from a user's slot the way the vault does it: what an attacker
 * who knows a password has. Tests use it to look at (and tamper with) the file directly.
 */
export async function unwrapDek(dataDir: string, username: string, password: string): Promise<Buffer> {
  const file = readVault(dataDir)
  const lookup = usernameLookup(Buffer.from(file.body.lookupSalt, 'base64'), username)
  const slot = file.body.slots.find((s) => s.kind === 'user' && s.lookup === lookup)
  if (!slot) throw new Error(`no slot for ${username}`)
  const kek = await deriveKey(password, slot.kdf)
  // Same AAD as vault.ts (slotAad): a slot is bound to its vault and its id.
  const dek = unwrapKey(kek, slot.wrapped, `xinan-slot:${file.body.vaultId}:${slot.id}`)
  if (!dek) throw new Error(`wrong password for ${username}`)
  return dek
}

/** A second, raw connection to a vault's database (closed after the file's tests). */
export function openDb(dataDir: string, dek: Buffer): Database.Database {
  const db = openEncrypted(dbPath(dataDir), dek, { create: false })
  open.push(db)
  return db
}

/** Tracks a connection the test opened itself, so it is closed after the file's tests. */
export function track(db: Database.Database): Database.Database {
  open.push(db)
  return db
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name
  )
}

/** FTS5 keeps parts of its index in WITHOUT ROWID tables (read in primary-key order). */
const hasRowid = (db: Database.Database, name: string): boolean => {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) as { sql: string | null } | undefined
  return !/WITHOUT\s+ROWID/i.test(row?.sql ?? '')
}

/** Row count and a hash of the content of every table: equal digests mean nothing was written. */
export function tableDigests(db: Database.Database): Record<string, { rows: number; sha256: string }> {
  const out: Record<string, { rows: number; sha256: string }> = {}
  for (const name of tableNames(db)) {
    const rows = db.prepare(`SELECT * FROM "${name}"${hasRowid(db, name) ? ' ORDER BY rowid' : ''}`).all()
    out[name] = { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') }
  }
  return out
}

export interface AuditRow {
  seq: number
  at: string
  user_id: string | null
  action: string
  entity: string | null
  entity_id: string | null
  summary: string | null
  prev_hash: string
  hash: string
}

export const auditRows = (db: Database.Database, afterSeq = 0): AuditRow[] =>
  db.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq').all(afterSeq) as AuditRow[]

export const lastSeq = (db: Database.Database): number =>
  (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM audit_log').get() as { n: number }).n
