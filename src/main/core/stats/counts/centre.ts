import type Database from 'better-sqlite3'
import type { RawCounts } from '../rawCounts'
import { allRows, oneRow, type Span } from './span'

/**
 * Crisis alerts resolved in the range; referrals by the states they reached. A referral is
 * counted once per state even when a step back made it reach that state again; a step back
 * itself is no step forward.
 */
const FIGURES = `
  SELECT
    (SELECT count(*) FROM crisis_alerts WHERE resolved_at >= @start AND resolved_at < @end) AS crisesHandled,
    (SELECT count(DISTINCT referral_id) FROM referral_events
      WHERE kind = 'step' AND status = 'sent' AND date >= @from AND date <= @to) AS referralsSent,
    (SELECT count(DISTINCT referral_id) FROM referral_events
      WHERE kind = 'step' AND status = 'seen' AND date >= @from AND date <= @to) AS referralsSeen,
    (SELECT count(DISTINCT referral_id) FROM referral_events
      WHERE kind = 'step' AND status = 'returned' AND date >= @from AND date <= @to) AS referralsReturned`

/** The centre's own work dated in the range; an activity taken out of the log (removed_at) is left out. */
const ACTIVITIES = `
  SELECT kind, count(*) AS count, coalesce(sum(participants), 0) AS participants,
         sum(kind = 'event' AND theme = 'day525') AS day525, sum(kind = 'event' AND theme = 'day1010') AS day1010
    FROM centre_activities
   WHERE date >= @from AND date <= @to AND removed_at IS NULL
   GROUP BY kind`

export interface CentreFigures {
  crisesHandled: number
  referralsSent: number
  referralsSeen: number
  referralsReturned: number
  events525: number
  events1010: number
}

export function countCentre(sqlite: Database.Database, span: Span): { activitiesByKind: RawCounts['activitiesByKind']; figures: CentreFigures } {
  const activities = allRows<{ kind: string; count: number; participants: number; day525: number; day1010: number }>(sqlite, ACTIVITIES, span)
  const activitiesByKind: RawCounts['activitiesByKind'] = {}
  for (const a of activities) activitiesByKind[a.kind] = { count: a.count, participants: a.participants }
  return {
    activitiesByKind,
    figures: {
      ...oneRow<Omit<CentreFigures, 'events525' | 'events1010'>>(sqlite, FIGURES, span),
      events525: activities.reduce((sum, a) => sum + a.day525, 0),
      events1010: activities.reduce((sum, a) => sum + a.day1010, 0)
    }
  }
}
