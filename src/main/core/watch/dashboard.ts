import type { ChannelOutput } from '@shared/contract'
import { and, asc, isNull, lt } from 'drizzle-orm'
import type { Tx } from '../context'
import { checklistItems } from '../db/schema'
import type { Session } from '../state'
import { toChecklistItemDto } from './checklist'
import { centreDate } from './dates'
import { onList, watchRows } from './rows'

type Dashboard = ChannelOutput<'watch.dashboard'>

/** The home page: reviews due today, overdue checklist items, the crisis list — of the students the caller may see. */
export function watchDashboard(t: Tx, session: Session): Dashboard {
  // One pass over the list serves all three panels; open items always belong to a student on it
  // (a removal supersedes them).
  const rows = watchRows(t, session, onList)
  const today = centreDate(t.now)
  const dueReviews = rows.filter((r) => r.nextReviewDate !== null && r.nextReviewDate <= today)
  const crisis = rows.filter((r) => r.tier === 'crisis')
  const rowOf = new Map(rows.map((r) => [r.studentId, r]))

  const overdue = t.orm
    .select()
    .from(checklistItems)
    .where(and(isNull(checklistItems.doneAt), isNull(checklistItems.supersededAt), lt(checklistItems.dueAt, t.at)))
    .orderBy(asc(checklistItems.dueAt))
    .all()
  // rowOf holds only the students the caller may see: it is also the visibility filter here.
  const overdueItems = overdue.flatMap((item) => {
    const student = rowOf.get(item.studentId)
    return student ? [{ student, item: toChecklistItemDto(item, null) }] : []
  })

  // Names and tiers were shown: the audit row keeps the counts only.
  t.audit({
    action: 'watch.dashboard.view',
    summary: { dueReviews: dueReviews.length, overdueItems: overdueItems.length, crisis: crisis.length }
  })
  return { dueReviews, overdueItems, crisis }
}
