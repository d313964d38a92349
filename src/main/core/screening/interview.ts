import type { FlagRowDto } from '@shared/contract/screening'
import { eq } from 'drizzle-orm'
import { bookAppointment } from '../appointments/book'
import type { Tx } from '../context'
import { appointments, screeningFlags } from '../db/schema'
import { ConflictError, FieldError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import { assertClinicalAccess } from '../students/access'
import type { Session } from '../state'
import { raiseTier } from '../watch/tiers'
import { flagRowById } from './flagRows'

/** The tier history's reason when the counsellor wrote no note: fixed text, readable in either language. */
const DEFAULT_REASON = '筛查二次访谈确认 (screening interview confirmed)'

type FlagRow = typeof screeningFlags.$inferSelect

/** The flag, if the caller may work on its student; a confirmed or false-alarm interview is final. */
function openFlag(t: Tx, session: Session, flagId: string): FlagRow {
  const flag = t.orm.select().from(screeningFlags).where(eq(screeningFlags.id, flagId)).get()
  if (!flag) throw new NotFoundError('errors.screeningInterview.notFlagged')
  assertClinicalAccess(t, session, flag.studentId)
  if (flag.status === 'confirmed' || flag.status === 'false_alarm') throw new ConflictError('errors.screeningInterview.closed')
  return flag
}

function rowOf(t: Tx, flagId: string): FlagRowDto {
  const row = flagRowById(t, flagId)
  if (!row) throw new NotFoundError('errors.screeningInterview.notFlagged')
  return row
}

/**
 * Books the second-stage interview as an intake appointment (the appointments rules apply:
 * clashes, availability, a part-time counsellor's own calendar) and links it to the flag, in one
 * transaction. A student with an interview still booked is not booked twice.
 */
export function bookInterview(t: Tx, session: Session, input: ParsedInput<'screening.interview.book'>): FlagRowDto {
  const flag = openFlag(t, session, input.flagId)
  if (flag.status === 'booked' && flag.appointmentId !== null) {
    const linked = t.orm.select({ status: appointments.status }).from(appointments).where(eq(appointments.id, flag.appointmentId)).get()
    if (linked?.status === 'booked') throw new ConflictError('errors.screeningInterview.alreadyBooked')
  }
  const [appointment] = bookAppointment(t, session, {
    kind: 'intake',
    studentId: flag.studentId,
    counsellorId: input.counsellorId,
    roomId: input.roomId,
    start: input.start,
    durationMinutes: input.durationMinutes,
    overrideReason: input.overrideReason,
    repeatWeeks: 1
  })
  t.orm.update(screeningFlags).set({ status: 'booked', appointmentId: appointment!.id, updatedAt: t.at }).where(eq(screeningFlags.id, flag.id)).run()
  t.audit({ action: 'screening.interview.book', entity: 'screening_flag', entityId: flag.id, summary: { studentId: flag.studentId, appointmentId: appointment!.id } })
  return rowOf(t, flag.id)
}

/**
 * Records the interview's outcome. Confirmed puts the student on the watch list at the chosen
 * tier (or raises them to it; a higher tier stays) in the same transaction (a refusal there undoes the outcome too); confirmed and false
 * alarm are final, a refusal may be followed by another booking and outcome.
 */
export function recordInterview(t: Tx, session: Session, input: ParsedInput<'screening.interview.record'>): FlagRowDto {
  const flag = openFlag(t, session, input.flagId)
  if (input.outcome === 'confirmed' && input.tier === null) throw new FieldError('tier', 'validation.required')
  t.orm
    .update(screeningFlags)
    .set({ status: input.outcome, outcomeAt: t.at, outcomeBy: session.userId, outcomeNote: input.note, updatedAt: t.at })
    .where(eq(screeningFlags.id, flag.id))
    .run()
  const tierChanged =
    input.outcome === 'confirmed' &&
    input.tier !== null &&
    raiseTier(t, session, { studentId: flag.studentId, tier: input.tier, reason: input.note === '' ? DEFAULT_REASON : input.note, riskFactors: input.riskFactors })
  // The note is clinical text: the audit row says only what was decided.
  t.audit({
    action: 'screening.interview.record',
    entity: 'screening_flag',
    entityId: flag.id,
    summary: { studentId: flag.studentId, outcome: input.outcome, tier: input.outcome === 'confirmed' ? input.tier : null, tierChanged }
  })
  return rowOf(t, flag.id)
}
