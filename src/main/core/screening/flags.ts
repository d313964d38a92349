import { randomUUID } from 'node:crypto'
import type { FlagRowDto } from '@shared/contract/screening'
import { and, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { screeningFlags, students } from '../db/schema'
import type { ParsedInput } from '../registry'
import { visibleTo } from '../students/access'
import type { Session } from '../state'
import { flagCount, flagRows } from './flagRows'
import { roundRow } from './rounds'

export { bookInterview, recordInterview } from './interview'

/** What one import found of one student: the flag row takes the highest of each. */
export interface FlagUpdate {
  studentId: string
  severity: number
  keyHit: boolean
  /** The highest flagged total as a fraction of its instrument's maximum (0 for levels). */
  rank: number
}

/**
 * One flag per student and round with a flagged result. A student already flagged in the round
 * keeps the interview's status, appointment and outcome; severity, key hit and rank only rise
 * (a second file of the same round can add a worse result, never take one away).
 */
export function upsertFlags(t: Tx, roundId: string, updates: FlagUpdate[]): void {
  if (updates.length === 0) return
  const upsert = t.sqlite.prepare(
    `INSERT INTO screening_flags (id, round_id, student_id, severity, key_hit, rank, status, outcome_note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', '', ?, ?)
     ON CONFLICT (round_id, student_id) DO UPDATE SET
       severity = max(severity, excluded.severity),
       key_hit = max(key_hit, excluded.key_hit),
       rank = max(rank, excluded.rank),
       updated_at = excluded.updated_at`
  )
  for (const u of updates) upsert.run(randomUUID(), roundId, u.studentId, u.severity, u.keyHit ? 1 : 0, u.rank, t.at, t.at)
}

/**
 * The second-stage interview list of a round: the students the caller may see, key-item hits
 * first. The rows name students with their scores, so a list that shows any is audited (counts).
 */
export function listFlags(t: Tx, session: Session, input: ParsedInput<'screening.flags.list'>): { rows: FlagRowDto[]; total: number } {
  roundRow(t, input.roundId)
  const where = and(
    eq(screeningFlags.roundId, input.roundId),
    input.status === undefined ? undefined : eq(screeningFlags.status, input.status),
    input.collegeId === undefined ? undefined : eq(students.collegeId, input.collegeId),
    visibleTo(session)
  )
  const rows = flagRows(t, where, { offset: input.offset, limit: input.limit })
  const total = flagCount(t, where)
  if (rows.length > 0) {
    t.audit({
      action: 'screening.flags.list',
      entity: 'screening_round',
      entityId: input.roundId,
      summary: { count: rows.length, keyHits: rows.filter((r) => r.keyHit).length, offset: input.offset, total }
    })
  }
  return { rows, total }
}
