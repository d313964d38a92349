import type { TimelineEntryDto } from '@shared/contract'
import { and, eq, isNotNull } from 'drizzle-orm'
import type { Tx } from '../context'
import { checklistItems, followUps, planRevisions, reviewDecisions, tierChanges, users } from '../db/schema'
import type { StudentAccess } from '../students/access'
import { localDayStartUtc } from '../util/localTime'
import { centreDate } from './dates'

/*
 * The watch list's part of the student timeline. Titles are core message keys (`timeline.watch.*`);
 * their params are enum keys (tiers, checklist items, follow-up kinds and channels, decisions)
 * that the renderer translates, plus plain numbers and dates. Free text goes in `detail`.
 */

function tierEntries(t: Tx, studentId: string): TimelineEntryDto[] {
  return t.orm
    .select({ change: tierChanges, byName: users.displayName })
    .from(tierChanges)
    .leftJoin(users, eq(users.id, tierChanges.byUserId))
    .where(eq(tierChanges.studentId, studentId))
    .all()
    .map(({ change, byName }): TimelineEntryDto => {
      const { fromTier: from, toTier: to } = change
      const entry = { at: change.at, kind: 'watch.tier', detail: change.reason, byName }
      if (from === null) return { ...entry, titleKey: 'timeline.watch.tierSet', params: { to: to ?? '' } }
      if (to === null) return { ...entry, titleKey: 'timeline.watch.tierRemoved', params: { from } }
      return { ...entry, titleKey: 'timeline.watch.tierChanged', params: { from, to } }
    })
}

function checklistEntries(t: Tx, studentId: string): TimelineEntryDto[] {
  return t.orm
    .select({ item: checklistItems, byName: users.displayName })
    .from(checklistItems)
    .leftJoin(users, eq(users.id, checklistItems.doneBy))
    .where(and(eq(checklistItems.studentId, studentId), isNotNull(checklistItems.doneAt)))
    .all()
    .map(({ item, byName }) => ({
      at: item.doneAt!,
      kind: 'watch.checklist',
      titleKey: 'timeline.watch.checklistDone',
      params: { item: item.item, tier: item.tier },
      detail: item.note || null,
      byName
    }))
}

function planEntries(t: Tx, studentId: string): TimelineEntryDto[] {
  return t.orm
    .select({ plan: planRevisions, byName: users.displayName })
    .from(planRevisions)
    .leftJoin(users, eq(users.id, planRevisions.createdBy))
    .where(eq(planRevisions.studentId, studentId))
    .all()
    .map(({ plan, byName }) => ({
      at: plan.createdAt,
      kind: 'watch.plan',
      titleKey: 'timeline.watch.planSaved',
      params: { revision: plan.revision },
      detail: plan.goals,
      byName
    }))
}

function followUpEntries(t: Tx, studentId: string): TimelineEntryDto[] {
  return t.orm
    .select({ followUp: followUps, byName: users.displayName })
    .from(followUps)
    .leftJoin(users, eq(users.id, followUps.byUserId))
    .where(eq(followUps.studentId, studentId))
    .all()
    .map(({ followUp, byName }) => ({
      // It happened on its date; logged the same day, the logging time orders it within the day.
      at: centreDate(followUp.createdAt) === followUp.date ? followUp.createdAt : localDayStartUtc(followUp.date),
      kind: 'watch.followUp',
      titleKey: 'timeline.watch.followUp',
      params: { kind: followUp.kind, channel: followUp.channel, date: followUp.date },
      detail: followUp.summary,
      byName
    }))
}

function decisionEntries(t: Tx, studentId: string): TimelineEntryDto[] {
  return t.orm
    .select({ decision: reviewDecisions, byName: users.displayName })
    .from(reviewDecisions)
    .leftJoin(users, eq(users.id, reviewDecisions.byUserId))
    .where(eq(reviewDecisions.studentId, studentId))
    .all()
    .map(({ decision, byName }) => ({
      at: decision.at,
      kind: 'watch.review',
      titleKey: 'timeline.watch.reviewDecision',
      params: { decision: decision.decision, date: decision.meetingDate },
      detail: decision.note || null,
      byName
    }))
}

/** The watch list is clinical: the front desk (contact access) sees none of it. */
export function watchTimeline(t: Tx, studentId: string, access: StudentAccess): TimelineEntryDto[] {
  if (access !== 'clinical') return []
  return [
    ...tierEntries(t, studentId),
    ...checklistEntries(t, studentId),
    ...planEntries(t, studentId),
    ...followUpEntries(t, studentId),
    ...decisionEntries(t, studentId)
  ]
}
