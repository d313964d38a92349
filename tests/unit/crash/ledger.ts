import type Database from 'better-sqlite3'
import { verifyAudit } from '../../../src/main/core/audit/log'
import { savedCount } from './protocol'

/** Every write a child acknowledged (printed `ack …` after its transaction committed), over all runs. */
export class Ledger {
  readonly booked = new Set<string>()
  readonly attended = new Set<string>()
  readonly notes = new Set<string>()
  /** Note → the highest save acknowledged. */
  readonly saves = new Map<string, number>()
  readonly signed = new Set<string>()
  acks = 0

  record(line: string): void {
    const [word, act, id, n] = line.split(' ')
    if (word !== 'ack' || !id) return
    this.acks += 1
    if (act === 'book') this.booked.add(id)
    else if (act === 'attend') this.attended.add(id)
    else if (act === 'note') this.notes.add(id)
    else if (act === 'draft') this.saves.set(id, Math.max(this.saves.get(id) ?? 0, Number(n)))
    else if (act === 'sign') this.signed.add(id)
    else throw new Error(`unknown ack: ${line}`)
  }
}

const count = (db: Database.Database, sql: string): number => db.prepare(sql).pluck().get() as number
const auditCount = (db: Database.Database, action: string): number =>
  db.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number

/**
 * What must hold in the database as a crash left it; returns what does not (empty: all well).
 * - The file is sound: integrity_check (not just quick_check) and the note index's own check.
 * - The audit chain verifies: no torn or missing row.
 * - Every acknowledged write is there, as far as it was acknowledged (or further).
 * - Every transaction is whole: each act's rows and its audit row committed together, so the
 *   counts agree (this catches an unacknowledged half-commit too).
 */
export function problems(db: Database.Database, ledger: Ledger): string[] {
  const found: string[] = []
  const integrity = db.pragma('integrity_check', { simple: true })
  if (integrity !== 'ok') found.push(`integrity_check: ${String(integrity)}`)
  try {
    db.prepare("INSERT INTO note_search (note_search) VALUES ('integrity-check')").run()
  } catch (error) {
    found.push(`note_search integrity-check: ${String(error)}`)
  }
  const audit = verifyAudit(db)
  if (!audit.ok) found.push(`audit chain broken: ${JSON.stringify(audit.firstBroken)}`)

  const appointments = new Map(
    (db.prepare('SELECT id, status FROM appointments').all() as { id: string; status: string }[]).map((r) => [r.id, r.status])
  )
  const notes = new Map(
    (db.prepare('SELECT id, status, content FROM notes').all() as { id: string; status: string; content: string }[]).map((r) => [r.id, r])
  )
  for (const id of ledger.booked) if (!appointments.has(id)) found.push(`acknowledged booking lost: ${id}`)
  for (const id of ledger.attended) if (appointments.get(id) !== 'attended') found.push(`acknowledged attendance lost: ${id}`)
  for (const id of ledger.notes) if (!notes.has(id)) found.push(`acknowledged note lost: ${id}`)
  for (const [id, n] of ledger.saves) {
    const saved = savedCount(notes.get(id)?.content ?? '{}')
    if (saved < n) found.push(`acknowledged save ${n} of note ${id} lost (the note says ${saved})`)
  }
  for (const id of ledger.signed) if (notes.get(id)?.status !== 'signed') found.push(`acknowledged signature lost: ${id}`)

  const whole: [string, number, number][] = [
    ['appointments.book', count(db, 'SELECT count(*) FROM appointments'), auditCount(db, 'appointments.book')],
    ['appointments.attend', count(db, "SELECT count(*) FROM appointments WHERE status = 'attended'"), auditCount(db, 'appointments.attend')],
    ['notes.create', notes.size, auditCount(db, 'notes.create')],
    ['notes.sign', count(db, "SELECT count(*) FROM notes WHERE status = 'signed'"), auditCount(db, 'notes.sign')],
    ['notes.draft.save', [...notes.values()].reduce((sum, n) => sum + savedCount(n.content), 0), auditCount(db, 'notes.draft.save')]
  ]
  for (const [action, rows, audited] of whole) if (rows !== audited) found.push(`${action}: ${rows} rows but ${audited} audit rows`)
  // The search index follows each saved text (same transaction, by trigger).
  const stale = count(
    db,
    `SELECT count(*) FROM notes n LEFT JOIN note_search s ON s.rowid = n.rowid
     WHERE s.rowid IS NULL OR instr(s.text, coalesce(json_extract(n.content, '$.subjective'), '')) = 0`
  )
  if (stale > 0) found.push(`${stale} notes whose search text is not their saved text`)
  return found
}
