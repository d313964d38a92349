import { randomUUID } from 'node:crypto'
import type { PlanDto } from '@shared/contract'
import { desc, eq, max } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Tx } from '../context'
import { planRevisions, users, watchStatus } from '../db/schema'
import { FieldError } from '../errors'
import type { ParsedInput } from '../registry'
import { assertClinicalAccess } from '../students/access'
import type { Session } from '../state'
import { addDays, centreDate } from './dates'

const counsellor = alias(users, 'plan_counsellor')
const author = alias(users, 'plan_author')

/** Roles that may be named the responsible counsellor of a plan. */
const RESPONSIBLE_ROLES = new Set(['admin', 'counsellor', 'part_time'])

function selectPlans(t: Tx, studentId: string) {
  return t.orm
    .select({ plan: planRevisions, counsellorName: counsellor.displayName, createdByName: author.displayName })
    .from(planRevisions)
    .leftJoin(counsellor, eq(counsellor.id, planRevisions.counsellorId))
    .leftJoin(author, eq(author.id, planRevisions.createdBy))
    .where(eq(planRevisions.studentId, studentId))
    .orderBy(desc(planRevisions.revision))
}

type PlanRow = ReturnType<ReturnType<typeof selectPlans>['all']>[number]

const toPlanDto = ({ plan, counsellorName, createdByName }: PlanRow): PlanDto => ({
  revision: plan.revision,
  goals: plan.goals,
  measures: plan.measures,
  counsellorId: plan.counsellorId,
  counsellorName,
  advisorName: plan.advisorName,
  peerSupporter: plan.peerSupporter,
  familyContact: plan.familyContact,
  reviewEveryDays: plan.reviewEveryDays,
  createdAt: plan.createdAt,
  createdByName
})

/** The plan in force: the highest revision. */
export function currentPlan(t: Tx, studentId: string): PlanDto | null {
  const row = selectPlans(t, studentId).limit(1).get()
  return row ? toPlanDto(row) : null
}

/** Every revision, newest first: 一生一策 is revised, never overwritten. */
export function planRevisionsOf(t: Tx, session: Session, studentId: string): PlanDto[] {
  assertClinicalAccess(t, session, studentId)
  const plans = selectPlans(t, studentId).all().map(toPlanDto)
  t.audit({ action: 'watch.plan.revisions', entity: 'student', entityId: studentId, summary: { revisions: plans.length } })
  return plans
}

function assertResponsibleCounsellor(t: Tx, userId: string): void {
  const user = t.orm.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, userId)).get()
  if (!user || !user.active || !RESPONSIBLE_ROLES.has(user.role)) throw new FieldError('counsellorId', 'errors.watch.notCounsellor')
}

/** Saves a new revision; for a student on the list, the next review follows the new cadence from today. */
export function savePlan(t: Tx, session: Session, input: ParsedInput<'watch.plan.save'>): void {
  assertClinicalAccess(t, session, input.studentId)
  if (input.counsellorId) assertResponsibleCounsellor(t, input.counsellorId)
  const last = t.orm
    .select({ revision: max(planRevisions.revision) })
    .from(planRevisions)
    .where(eq(planRevisions.studentId, input.studentId))
    .get()
  const revision = (last?.revision ?? 0) + 1
  t.orm
    .insert(planRevisions)
    .values({ id: randomUUID(), ...input, revision, createdAt: t.at, createdBy: session.userId })
    .run()
  const status = t.orm.select({ tier: watchStatus.tier }).from(watchStatus).where(eq(watchStatus.studentId, input.studentId)).get()
  if (status?.tier) {
    t.orm
      .update(watchStatus)
      .set({ nextReviewDate: addDays(centreDate(t.now), input.reviewEveryDays), updatedAt: t.at })
      .where(eq(watchStatus.studentId, input.studentId))
      .run()
  }
  t.audit({ action: 'watch.plan.save', entity: 'student', entityId: input.studentId, summary: { revision } })
}

/** How many days between reviews: the plan's cadence, or the tier's default. */
export function reviewCadence(t: Tx, studentId: string, fallbackDays: number): number {
  const row = t.orm
    .select({ days: planRevisions.reviewEveryDays })
    .from(planRevisions)
    .where(eq(planRevisions.studentId, studentId))
    .orderBy(desc(planRevisions.revision))
    .limit(1)
    .get()
  return row?.days ?? fallbackDays
}
