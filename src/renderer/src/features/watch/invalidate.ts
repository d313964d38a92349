import type { Channel } from '@shared/contract'

/**
 * Everything a watch-list write can change: the panel, the lists, the agenda, the dashboard,
 * the student's timeline, and the tier the students pages show in their rows.
 */
export const WATCH_QUERIES: Channel[] = [
  'watch.get',
  'watch.list',
  'watch.dashboard',
  'watch.review.agenda',
  'watch.plan.revisions',
  'students.timeline',
  'students.list',
  'students.search'
]
