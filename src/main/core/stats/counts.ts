import type { StatsRange } from '@shared/contract'
import type { Tx } from '../context'
import { countCategories } from './counts/categories'
import { countCentre } from './counts/centre'
import { countScreening } from './counts/screening'
import { countSessions } from './counts/sessions'
import { spanOf } from './counts/span'
import { countWatch } from './counts/watch'
import type { RawCounts } from './rawCounts'

/**
 * Everything the statistics report counts for a range of centre dates (`from`..`to`, both
 * included), read in a handful of GROUP BY statements bounded by indexed range predicates.
 * Timestamps (appointments.start_at, notes.created_at, tier_changes.at, crisis_alerts.resolved_at,
 * plan_revisions.created_at) count from the first instant of `from` up to, not including, the
 * first instant of the day after `to`, on the centre's clock; local dates (follow-ups, referral
 * steps, review meetings, screening rounds, activities) compare as dates. Keys, not names: a
 * student without a college or grade counts under NO_KEY. Run it inside one transaction so every
 * table is read at the same moment.
 */
export function countReport(t: Tx, range: StatsRange): RawCounts {
  const span = spanOf(range)
  const { sessionsByCollegeKind, studentsByCollegeGender, studentsByGradeGender, ...sessionFigures } = countSessions(t.sqlite, span)
  const watch = countWatch(t.sqlite, span)
  const screening = countScreening(t.sqlite, span)
  const centre = countCentre(t.sqlite, span)
  return {
    sessionsByCollegeKind,
    studentsByCollegeGender,
    studentsByGradeGender,
    studentsByCategoryGender: countCategories(t.sqlite, span),
    watchByCollegeTier: watch.watchByCollegeTier,
    ...screening,
    activitiesByKind: centre.activitiesByKind,
    figures: { ...sessionFigures, ...watch.figures, ...centre.figures }
  }
}
