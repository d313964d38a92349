import type { Tier, WatchRowDto } from '@shared/contract'
import { and, asc, eq, isNotNull, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import { checklistItems, classes, colleges, followUps, planRevisions, students, tierChanges, users, watchStatus } from '../db/schema'
import { visibleTo } from '../students/access'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'

/** On the watch list now (a row with a null tier is a student taken off it). */
export const onList: SQL = isNotNull(watchStatus.tier)

/** The counsellor named by the plan in force (the highest revision). */
export const currentCounsellorId: SQL<string | null> = sql`(SELECT ${planRevisions.counsellorId} FROM ${planRevisions}
  WHERE ${planRevisions.studentId} = ${students.id} ORDER BY ${planRevisions.revision} DESC LIMIT 1)`

/**
 * The row's tier: the tier now, or for a student just taken off the list the tier they had
 * (the weekly agenda still shows removals of the week, under the tier they left).
 */
const rowTier: SQL<Tier> = sql<Tier>`coalesce(${watchStatus.tier}, (SELECT ${tierChanges.fromTier} FROM ${tierChanges}
  WHERE ${tierChanges.id} = ${watchStatus.changeId}))`

const tierRank = sql`CASE ${rowTier} WHEN 'crisis' THEN 0 WHEN 'serious' THEN 1 ELSE 2 END`

const isOpen = sql`${checklistItems.doneAt} IS NULL AND ${checklistItems.supersededAt} IS NULL`

/**
 * Watch list rows matching `where`, crisis first, then serious, then general. One statement:
 * the counts, the last follow-up and the plan's counsellor are correlated subqueries on indexed
 * columns, so 1,700 watched students list without a query per student.
 */
export function watchRows(t: Tx, session: Session, where: SQL | undefined): WatchRowDto[] {
  return t.orm
    .select({
      studentId: students.id,
      studentNo: students.studentNo,
      name: students.name,
      collegeName: colleges.name,
      className: classes.name,
      tier: rowTier,
      since: watchStatus.since,
      counsellorName: sql<string | null>`(SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${currentCounsellorId})`,
      nextReviewDate: watchStatus.nextReviewDate,
      openItems: sql<number>`(SELECT count(*) FROM ${checklistItems} WHERE ${checklistItems.studentId} = ${students.id} AND ${isOpen})`,
      overdueItems: sql<number>`(SELECT count(*) FROM ${checklistItems}
        WHERE ${checklistItems.studentId} = ${students.id} AND ${isOpen} AND ${checklistItems.dueAt} < ${t.at})`,
      lastFollowUpDate: sql<string | null>`(SELECT max(${followUps.date}) FROM ${followUps} WHERE ${followUps.studentId} = ${students.id})`
    })
    .from(watchStatus)
    .innerJoin(students, eq(students.id, watchStatus.studentId))
    .leftJoin(colleges, eq(colleges.id, students.collegeId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(and(where, visibleTo(session)))
    .orderBy(tierRank, sql`${watchStatus.nextReviewDate} IS NULL`, asc(watchStatus.nextReviewDate), asc(students.studentNo))
    .all()
}

/** watch.list: everyone on the list the caller may see, filtered. Names and tiers are shown, so it is audited. */
export function listWatch(t: Tx, session: Session, input: ParsedInput<'watch.list'>): WatchRowDto[] {
  const rows = watchRows(
    t,
    session,
    and(
      onList,
      input.tier ? eq(watchStatus.tier, input.tier) : undefined,
      input.collegeId ? eq(students.collegeId, input.collegeId) : undefined,
      input.counsellorId ? eq(currentCounsellorId, input.counsellorId) : undefined
    )
  )
  t.audit({
    action: 'watch.list',
    summary: { rows: rows.length, tier: input.tier ?? null, collegeId: input.collegeId ?? null, counsellorId: input.counsellorId ?? null }
  })
  return rows
}
