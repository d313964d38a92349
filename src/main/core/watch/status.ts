import type { WatchDto } from '@shared/contract'
import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { tierChanges, watchStatus } from '../db/schema'
import { assertClinicalAccess } from '../students/access'
import type { Session } from '../state'
import { checklistOf } from './checklist'
import { currentPlan } from './plan'

/** A student's place on the watch list as the student file shows it (no access check, no audit). */
export function watchOf(t: Tx, studentId: string): WatchDto {
  const status = t.orm.select().from(watchStatus).where(eq(watchStatus.studentId, studentId)).get()
  const change = status ? t.orm.select().from(tierChanges).where(eq(tierChanges.id, status.changeId)).get() : undefined
  return {
    studentId,
    tier: status?.tier ?? null,
    since: status?.since ?? null,
    riskFactors: change ? (JSON.parse(change.riskFactors) as WatchDto['riskFactors']) : [],
    specialPeriod: change?.specialPeriod ?? null,
    nextReviewDate: status?.nextReviewDate ?? null,
    // Only the current change's items: earlier checklists were superseded and live on in the timeline.
    checklist: status ? checklistOf(t, status.changeId) : [],
    plan: currentPlan(t, studentId)
  }
}

/** watch.get: a read of clinical content, audited. */
export function getWatch(t: Tx, session: Session, studentId: string): WatchDto {
  assertClinicalAccess(t, session, studentId)
  const watch = watchOf(t, studentId)
  t.audit({ action: 'watch.view', entity: 'student', entityId: studentId })
  return watch
}
