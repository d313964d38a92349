import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { canonicalJson } from '../util/canonicalJson'

export const GENESIS_HASH = '0'.repeat(64)

/** What an audit row may say: IDs, enums and counts. Never a name or clinical text. */
export type AuditSummary = Record<string, string | number | boolean | null>

export interface AuditEntry {
  action: string
  entity?: string | null
  entityId?: string | null
  summary?: AuditSummary | null
}

interface StoredRow {
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

function rowHash(prevHash: string, row: Omit<StoredRow, 'prev_hash' | 'hash'>): string {
  const content = canonicalJson({
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    summary: row.summary
  })
  return createHash('sha256').update(prevHash, 'utf8').update(content, 'utf8').digest('hex')
}

/**
 * Appends one row to the chain. Must run inside the transaction of the act it records, so the
 * act and its row are committed together or not at all.
 */
export function appendAudit(sqlite: Database.Database, at: string, userId: string | null, entry: AuditEntry): void {
  if (!sqlite.inTransaction) throw new Error('appendAudit must run inside the transaction of the act it records')
  const last = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at,
    user_id: userId,
    action: entry.action,
    entity: entry.entity ?? null,
    entity_id: entry.entityId ?? null,
    summary: entry.summary ? canonicalJson(entry.summary) : null
  }
  const prevHash = last?.hash ?? GENESIS_HASH
  sqlite
    .prepare(
      `INSERT INTO audit_log (seq, at, user_id, action, entity, entity_id, summary, prev_hash, hash)
       VALUES (@seq, @at, @user_id, @action, @entity, @entity_id, @summary, @prev_hash, @hash)`
    )
    .run({ ...row, prev_hash: prevHash, hash: rowHash(prevHash, row) })
}

export interface VerifyResult {
  ok: boolean
  checked: number
  firstBroken: { seq: number; reason: 'hash' | 'link' | 'gap' } | null
}

/** Walks the whole chain in order and names the first row whose hash, link or number is wrong. */
export function verifyAudit(sqlite: Database.Database): VerifyResult {
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  let checked = 0
  for (const row of sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<StoredRow>) {
    if (row.seq !== expectedSeq) return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'gap' } }
    if (row.prev_hash !== prevHash) return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'link' } }
    if (rowHash(row.prev_hash, row) !== row.hash) return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'hash' } }
    prevHash = row.hash
    expectedSeq += 1
    checked += 1
  }
  return { ok: true, checked, firstBroken: null }
}
