import { randomUUID } from 'node:crypto'
import { centreDate, isRealDate } from '@shared/centreTime'
import { NEXT_STEPS, STEP_DETAILS, type ReferralDto, type ReferralStatus } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import { ConflictError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { referralForCaller, type ReferralRow } from './access'
import { entryStack, toReferralDto } from './dto'
import { sendIssues, throwIfAny } from './rules'
import { referralEvents, referrals } from './schema'

/*
 * The tracking: draft → sent → seen → outcome → on_leave | returned → (returned) → follow_up →
 * closed. Each step goes to a state NEXT_STEPS allows (none is skipped), dated no earlier than
 * the step before it and not in the future. A step back needs a reason and returns to the state
 * the referral was in before, with that state's own date again; a closed referral is reopened
 * the same way (to follow-up). Audit rows carry states and ids, never details or reasons.
 */

/** The referral's state may have moved since the caller read it: write only if it has not. */
function moveTo(t: Tx, row: ReferralRow, status: ReferralStatus, statusDate: string): void {
  const written = t.orm
    .update(referrals)
    .set({ status, statusDate, updatedAt: t.at })
    .where(and(eq(referrals.id, row.id), eq(referrals.status, row.status)))
    .run()
  if (written.changes !== 1) throw new ConflictError('errors.referrals.changed')
}

function dateIssues(date: string, notBefore: string, today: string): FieldIssue[] {
  if (!isRealDate(date)) return [{ path: 'date', messageKey: 'validation.date' }]
  if (date > today) return [{ path: 'date', messageKey: 'errors.referrals.dateInFuture' }]
  if (date < notBefore) return [{ path: 'date', messageKey: 'errors.referrals.dateBeforePrevious', params: { date: notBefore } }]
  return []
}

/** Only the detail keys the step records, the outcome with its diagnosis, a leave's end a real day after it began. */
function detailIssues(to: ReferralStatus, date: string, details: Record<string, string>): FieldIssue[] {
  const allowed = STEP_DETAILS[to]
  const issues: FieldIssue[] = Object.keys(details)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ path: `details.${key}`, messageKey: 'errors.referrals.unknownDetail' }))
  if (to === 'outcome' && !details.diagnosis?.trim()) issues.push({ path: 'details.diagnosis', messageKey: 'validation.required' })
  const until = details.until?.trim()
  if (to === 'on_leave' && until) {
    if (!isRealDate(until)) issues.push({ path: 'details.until', messageKey: 'validation.date' })
    else if (until < date) issues.push({ path: 'details.until', messageKey: 'errors.referrals.untilBeforeStart' })
  }
  return issues
}

export function advanceReferral(t: Tx, session: Session, input: ParsedInput<'referrals.advance'>): ReferralDto {
  const row = referralForCaller(t, session, input.id)
  if (row.status === 'closed') throw new ConflictError('errors.referrals.closed')
  if (!NEXT_STEPS[row.status].includes(input.to)) throwIfAny([{ path: 'to', messageKey: 'errors.referrals.notNextStep' }])
  const details = Object.fromEntries(Object.entries(input.details).filter(([, value]) => value !== ''))
  const issues = [...dateIssues(input.date, row.statusDate, centreDate(t.now)), ...detailIssues(input.to, input.date, details)]
  if (input.to === 'sent') issues.push(...sendIssues(t, toReferralDto(t, row)))
  throwIfAny(issues)

  moveTo(t, row, input.to, input.date)
  t.orm
    .insert(referralEvents)
    .values({ id: randomUUID(), referralId: row.id, kind: 'step', status: input.to, date: input.date, details: JSON.stringify(details), byUserId: session.userId, recordedAt: t.at })
    .run()
  t.audit({ action: 'referrals.advance', entity: 'referral', entityId: row.id, summary: { studentId: row.studentId, from: row.status, to: input.to } })
  return toReferralDto(t, { ...row, status: input.to, statusDate: input.date, updatedAt: t.at })
}

function eventsOf(t: Tx, referralId: string) {
  return t.orm
    .select({ kind: referralEvents.kind, status: referralEvents.status, date: referralEvents.date })
    .from(referralEvents)
    .where(eq(referralEvents.referralId, referralId))
    .orderBy(asc(referralEvents.recordedAt), asc(sql`${referralEvents}.rowid`))
    .all()
}

export function stepBackReferral(t: Tx, session: Session, input: ParsedInput<'referrals.stepBack'>): ReferralDto {
  const row = referralForCaller(t, session, input.id)
  // The state before the current one, as it was entered: its own status and date.
  const previous = entryStack(eventsOf(t, row.id)).at(-2)
  if (row.status === 'draft' || !previous?.status) throw new ConflictError('errors.referrals.draftNoBack')
  moveTo(t, row, previous.status, previous.date)
  t.orm
    .insert(referralEvents)
    .values({ id: randomUUID(), referralId: row.id, kind: 'back', status: previous.status, date: centreDate(t.now), reason: input.reason, byUserId: session.userId, recordedAt: t.at })
    .run()
  t.audit({ action: 'referrals.stepBack', entity: 'referral', entityId: row.id, summary: { studentId: row.studentId, from: row.status, to: previous.status } })
  return toReferralDto(t, { ...row, status: previous.status, statusDate: previous.date, updatedAt: t.at })
}

/** A call, visit or message with the family, the hospital, the advisor or the student; not on a closed referral. */
export function recordContact(t: Tx, session: Session, input: ParsedInput<'referrals.contact'>): ReferralDto {
  const row = referralForCaller(t, session, input.id)
  if (row.status === 'closed') throw new ConflictError('errors.referrals.closed')
  throwIfAny(dateIssues(input.date, '0000-01-01', centreDate(t.now)))
  t.orm
    .insert(referralEvents)
    .values({
      id: randomUUID(),
      referralId: row.id,
      kind: 'contact',
      status: null,
      date: input.date,
      reason: input.summary,
      contactWith: input.with,
      contactChannel: input.channel,
      byUserId: session.userId,
      recordedAt: t.at
    })
    .run()
  t.orm.update(referrals).set({ updatedAt: t.at }).where(eq(referrals.id, row.id)).run()
  t.audit({ action: 'referrals.contact', entity: 'referral', entityId: row.id, summary: { studentId: row.studentId, with: input.with, channel: input.channel } })
  return toReferralDto(t, { ...row, updatedAt: t.at })
}
