import { randomUUID } from 'node:crypto'
import { DEFAULT_REVIEW_DAYS, type agendaEntryDto, type ChannelOutput } from '@shared/contract'
import { and, eq, exists, gte, inArray, isNull, lt, lte } from 'drizzle-orm'
import type { z } from 'zod'
import type { Tx } from '../context'
import { checklistItems, reviewDecisions, students, tierChanges, watchStatus } from '../db/schema'
import { ConflictError } from '../errors'
import type { ParsedInput } from '../registry'
import { assertClinicalAccess } from '../students/access'
import type { Session } from '../state'
import { localDayStartUtc, nextLocalDayStartUtc } from '../util/localTime'
import { addDays } from './dates'
import { reviewCadence } from './plan'
import { onList, watchRows } from './rows'

type Agenda = ChannelOutput<'watch.review.agenda'>
type Reason = z.infer<typeof agendaEntryDto>['reasons'][number]

/** How far back "new and changed tiers" reach: the 7 days up to and including the meeting date. */
const CHANGE_WINDOW_DAYS = 7

/** Why each student is on the agenda of `date`. */
function agendaReasons(t: Tx, date: string): Map<string, Set<Reason>> {
  const reasons = new Map<string, Set<Reason>>()
  const add = (rows: { studentId: string }[], reason: Reason): void => {
    for (const { studentId } of rows) {
      const set = reasons.get(studentId) ?? new Set<Reason>()
      set.add(reason)
      reasons.set(studentId, set)
    }
  }
  add(
    t.orm.select({ studentId: watchStatus.studentId }).from(watchStatus).where(and(onList, lte(watchStatus.nextReviewDate, date))).all(),
    'review_due'
  )
  const windowStart = localDayStartUtc(addDays(date, 1 - CHANGE_WINDOW_DAYS))
  add(
    t.orm
      .selectDistinct({ studentId: tierChanges.studentId })
      .from(tierChanges)
      .where(and(gte(tierChanges.at, windowStart), lt(tierChanges.at, nextLocalDayStartUtc(date))))
      .all(),
    'tier_changed'
  )
  const openItem = t.orm
    .select({ id: checklistItems.id })
    .from(checklistItems)
    .where(and(eq(checklistItems.studentId, watchStatus.studentId), isNull(checklistItems.doneAt), isNull(checklistItems.supersededAt)))
  add(
    t.orm.select({ studentId: watchStatus.studentId }).from(watchStatus).where(and(eq(watchStatus.tier, 'crisis'), exists(openItem))).all(),
    'crisis_open'
  )
  // A decision taken at this meeting keeps its student on the agenda, even after "keep" has moved
  // the next review past the date: the agenda of a past meeting stays what was discussed.
  for (const { studentId } of t.orm.select({ studentId: reviewDecisions.studentId }).from(reviewDecisions).where(eq(reviewDecisions.meetingDate, date)).all()) {
    if (!reasons.has(studentId)) reasons.set(studentId, new Set(['review_due']))
  }
  return reasons
}

const REASON_ORDER: readonly Reason[] = ['crisis_open', 'tier_changed', 'review_due']

/**
 * The weekly review (每周研判) agenda of `date`, crisis first, each entry with the decision already
 * recorded for that meeting. Writes no audit row: the channel (a view) and the PDF (a print)
 * each audit their own act.
 */
export function reviewAgenda(t: Tx, session: Session, date: string): Agenda {
  const reasons = agendaReasons(t, date)
  if (reasons.size === 0) return { date, entries: [] }
  const ids = [...reasons.keys()]
  const decisions = new Map(
    t.orm
      .select()
      .from(reviewDecisions)
      .where(and(eq(reviewDecisions.meetingDate, date), inArray(reviewDecisions.studentId, ids)))
      .all()
      .map((d) => [d.studentId, d])
  )
  const entries = watchRows(t, session, inArray(students.id, ids)).map((student) => {
    const decided = decisions.get(student.studentId)
    const why = reasons.get(student.studentId)!
    return {
      student,
      reasons: REASON_ORDER.filter((r) => why.has(r)),
      decision: decided?.decision ?? null,
      decisionNote: decided?.note ?? ''
    }
  })
  return { date, entries }
}

/**
 * Records (or revises) the meeting's decision for a student on its agenda. The decision is the
 * minutes of the meeting; it never changes a tier by itself (a tier change carries its own
 * reason and is made with watch.setTier). Any decision means the student was reviewed, so the next
 * review is scheduled from the meeting date; a tier change made after it reschedules again.
 */
export function decideReview(t: Tx, session: Session, input: ParsedInput<'watch.review.decide'>): void {
  assertClinicalAccess(t, session, input.studentId)
  if (!agendaReasons(t, input.date).has(input.studentId)) throw new ConflictError('errors.watch.notOnAgenda')
  const fields = { decision: input.decision, note: input.note, byUserId: session.userId, at: t.at }
  t.orm
    .insert(reviewDecisions)
    .values({ id: randomUUID(), meetingDate: input.date, studentId: input.studentId, ...fields })
    .onConflictDoUpdate({ target: [reviewDecisions.meetingDate, reviewDecisions.studentId], set: fields })
    .run()
  const status = t.orm.select({ tier: watchStatus.tier }).from(watchStatus).where(eq(watchStatus.studentId, input.studentId)).get()
  if (status?.tier) {
    const days = reviewCadence(t, input.studentId, DEFAULT_REVIEW_DAYS[status.tier])
    t.orm
      .update(watchStatus)
      .set({ nextReviewDate: addDays(input.date, days), updatedAt: t.at })
      .where(eq(watchStatus.studentId, input.studentId))
      .run()
  }
  t.audit({ action: 'watch.review.decide', entity: 'student', entityId: input.studentId, summary: { date: input.date, decision: input.decision } })
}
