import type { PlanDto } from '@shared/contract'
import { asc, eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Tx } from '../context'
import { followUps, planRevisions, reviewDecisions, tierChanges, users } from '../db/schema'
import { checklistOf } from '../watch/checklist'
import type { DecisionEntry, FollowUpEntry, TierChangeEntry } from './types'

/*
 * The watch list's history of one student, whole and oldest first. The watch capability's own
 * readers either show the present only (watchOf, currentPlan) or write an audit row of their
 * own (planRevisionsOf); the print audits once, after the PDF exists, so the history is read here.
 */

/** Every tier change with its reason, risk factors and the checklist it set. */
export function tierHistory(t: Tx, studentId: string): TierChangeEntry[] {
  return t.orm
    .select({ change: tierChanges, byName: users.displayName })
    .from(tierChanges)
    .leftJoin(users, eq(users.id, tierChanges.byUserId))
    .where(eq(tierChanges.studentId, studentId))
    .orderBy(asc(tierChanges.at), asc(sql`${tierChanges}.rowid`))
    .all()
    .map(({ change, byName }) => ({
      id: change.id,
      at: change.at,
      fromTier: change.fromTier,
      toTier: change.toTier,
      byName,
      reason: change.reason,
      riskFactors: JSON.parse(change.riskFactors) as string[],
      specialPeriod: change.specialPeriod,
      checklist: checklistOf(t, change.id)
    }))
}

const counsellor = alias(users, 'record_plan_counsellor')
const author = alias(users, 'record_plan_author')

/** Every revision of 一生一策, the first one first. */
export function planHistory(t: Tx, studentId: string): PlanDto[] {
  return t.orm
    .select({ plan: planRevisions, counsellorName: counsellor.displayName, createdByName: author.displayName })
    .from(planRevisions)
    .leftJoin(counsellor, eq(counsellor.id, planRevisions.counsellorId))
    .leftJoin(author, eq(author.id, planRevisions.createdBy))
    .where(eq(planRevisions.studentId, studentId))
    .orderBy(asc(planRevisions.revision))
    .all()
    .map(({ plan, counsellorName, createdByName }) => ({
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
    }))
}

export function followUpHistory(t: Tx, studentId: string): FollowUpEntry[] {
  return t.orm
    .select({ followUp: followUps, byName: users.displayName })
    .from(followUps)
    .leftJoin(users, eq(users.id, followUps.byUserId))
    .where(eq(followUps.studentId, studentId))
    .orderBy(asc(followUps.date), asc(followUps.createdAt), asc(sql`${followUps}.rowid`))
    .all()
    .map(({ followUp, byName }) => ({
      date: followUp.date,
      kind: followUp.kind,
      channel: followUp.channel,
      withWhom: followUp.withWhom,
      summary: followUp.summary,
      byName,
      createdAt: followUp.createdAt
    }))
}

export function decisionHistory(t: Tx, studentId: string): DecisionEntry[] {
  return t.orm
    .select({ decision: reviewDecisions, byName: users.displayName })
    .from(reviewDecisions)
    .leftJoin(users, eq(users.id, reviewDecisions.byUserId))
    .where(eq(reviewDecisions.studentId, studentId))
    .orderBy(asc(reviewDecisions.meetingDate), asc(reviewDecisions.at))
    .all()
    .map(({ decision, byName }) => ({ meetingDate: decision.meetingDate, decision: decision.decision, note: decision.note, byName, at: decision.at }))
}
