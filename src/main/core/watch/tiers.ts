import { randomUUID } from 'node:crypto'
import { DEFAULT_REVIEW_DAYS, TIERS, type RISK_FACTORS, type Tier } from '@shared/contract'
import { desc, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { tierChanges, watchStatus } from '../db/schema'
import { ConflictError } from '../errors'
import type { ParsedInput } from '../registry'
import { assertClinicalAccess } from '../students/access'
import type { Session } from '../state'
import { createChecklist, supersedeOpenItems } from './checklist'
import { addDays, centreDate } from './dates'
import { reviewCadence } from './plan'

/**
 * Puts a student on the list, changes the tier, or takes them off (tier null). Each change is a
 * record of its own (who, when, why, risk factors, special period); the checklist of the new
 * tier replaces whatever was still open, and the next review follows the plan's cadence.
 */
export function setTier(t: Tx, session: Session, input: ParsedInput<'watch.setTier'>): void {
  assertClinicalAccess(t, session, input.studentId)
  const current = t.orm.select().from(watchStatus).where(eq(watchStatus.studentId, input.studentId)).get()
  const from = current?.tier ?? null
  if (input.tier === from) throw new ConflictError(from === null ? 'errors.watch.notOnList' : 'errors.watch.sameTier')

  const changeId = randomUUID()
  const riskFactors = [...new Set(input.riskFactors)]
  t.orm
    .insert(tierChanges)
    .values({
      id: changeId,
      studentId: input.studentId,
      fromTier: from,
      toTier: input.tier,
      at: t.at,
      byUserId: session.userId,
      reason: input.reason,
      riskFactors: JSON.stringify(riskFactors),
      specialPeriod: input.specialPeriod
    })
    .run()
  supersedeOpenItems(t, input.studentId)
  if (input.tier) createChecklist(t, input.studentId, changeId, input.tier)

  const nextReviewDate = input.tier
    ? addDays(centreDate(t.now), reviewCadence(t, input.studentId, DEFAULT_REVIEW_DAYS[input.tier]))
    : null
  const state = { tier: input.tier, since: t.at, changeId, nextReviewDate, updatedAt: t.at }
  t.orm
    .insert(watchStatus)
    .values({ studentId: input.studentId, ...state })
    .onConflictDoUpdate({ target: watchStatus.studentId, set: state })
    .run()
  // The reason is clinical text: the audit row says only what changed.
  t.audit({
    action: 'watch.set_tier',
    entity: 'student',
    entityId: input.studentId,
    summary: { from, to: input.tier, riskFactorCount: riskFactors.length }
  })
}

/**
 * Puts a student on the list at `tier`, or raises them to it, on another capability's decision (an
 * alert's action, a confirmed screening interview). It never lowers a tier: lowering is a decision
 * of its own, made on the watch list with a reason. A special period (entry, graduation, job
 * season) in force stays in force. False when the student already is at that tier or higher.
 */
export function raiseTier(
  t: Tx,
  session: Session,
  input: { studentId: string; tier: Tier; reason: string; riskFactors: (typeof RISK_FACTORS)[number][] }
): boolean {
  const current = t.orm.select({ tier: watchStatus.tier }).from(watchStatus).where(eq(watchStatus.studentId, input.studentId)).get()?.tier ?? null
  if (current !== null && TIERS.indexOf(input.tier) <= TIERS.indexOf(current)) return false
  const last = t.orm
    .select({ specialPeriod: tierChanges.specialPeriod })
    .from(tierChanges)
    .where(eq(tierChanges.studentId, input.studentId))
    .orderBy(desc(tierChanges.at))
    .limit(1)
    .get()
  setTier(t, session, { ...input, specialPeriod: last?.specialPeriod ?? null })
  return true
}
