import type Database from 'better-sqlite3'
import { NO_KEY, type Matrix } from '../rawCounts'
import { allRows, oneRow, toMatrix, type Cell, type Span } from './span'

/** The tiers in order of concern (general < serious < crisis), as SQL. */
const rank = (column: string): string => `CASE ${column} WHEN 'general' THEN 1 WHEN 'serious' THEN 2 WHEN 'crisis' THEN 3 END`

/**
 * Who was on the watch list when the range ended, at the tier they then had: each student's last
 * tier change before the end instant (ties on `at` broken by insertion order), kept when it left
 * them on the list. watch_status is only today's state, so a past range reads the history: one
 * seek per student ever watched on tier_changes_student (student_id, at), which beats a window
 * over every change before the end.
 */
const AT_END = `
  SELECT coalesce(s.college_id, '${NO_KEY}') AS row, x.tier AS col, count(*) AS n
    FROM (SELECT w.student_id,
                 (SELECT c.to_tier FROM tier_changes c WHERE c.student_id = w.student_id AND c.at < @end
                   ORDER BY c.at DESC, c.rowid DESC LIMIT 1) AS tier
            FROM (SELECT DISTINCT student_id FROM tier_changes) w) x
    JOIN students s ON s.id = x.student_id
   WHERE x.tier IS NOT NULL
   GROUP BY 1, 2`

/**
 * Tier changes made in the range (person-times) by direction; and the other watch work dated in
 * it: 每周研判 decisions by meeting date, 一生一策 revisions by when they were saved, follow-ups by
 * their own date and kind (the kind 'review' is not a published figure).
 */
const FIGURES = `
  SELECT
    coalesce(sum(from_tier IS NULL AND to_tier IS NOT NULL), 0) AS watchNew,
    coalesce(sum(from_tier IS NOT NULL AND to_tier IS NOT NULL AND ${rank('to_tier')} > ${rank('from_tier')}), 0) AS watchRaised,
    coalesce(sum(from_tier IS NOT NULL AND to_tier IS NOT NULL AND ${rank('to_tier')} < ${rank('from_tier')}), 0) AS watchLowered,
    coalesce(sum(from_tier IS NOT NULL AND to_tier IS NULL), 0) AS watchRemoved,
    (SELECT count(*) FROM review_decisions WHERE meeting_date >= @from AND meeting_date <= @to) AS reviewDecisions,
    (SELECT count(*) FROM plan_revisions WHERE created_at >= @start AND created_at < @end) AS planRevisions,
    (SELECT count(*) FROM follow_ups WHERE date >= @from AND date <= @to AND kind = 'peer_support') AS peerSupport,
    (SELECT count(*) FROM follow_ups WHERE date >= @from AND date <= @to AND kind = 'family_contact') AS familyContacts,
    (SELECT count(*) FROM follow_ups WHERE date >= @from AND date <= @to AND kind = 'dorm_visit') AS dormVisits,
    (SELECT count(*) FROM follow_ups WHERE date >= @from AND date <= @to AND kind = 'advisor_talk') AS advisorTalks
  FROM tier_changes WHERE at >= @start AND at < @end`

export interface WatchFigures {
  watchNew: number
  watchRaised: number
  watchLowered: number
  watchRemoved: number
  reviewDecisions: number
  planRevisions: number
  peerSupport: number
  familyContacts: number
  dormVisits: number
  advisorTalks: number
}

export function countWatch(sqlite: Database.Database, span: Span): { watchByCollegeTier: Matrix; figures: WatchFigures } {
  return {
    watchByCollegeTier: toMatrix(allRows<Cell>(sqlite, AT_END, span)),
    figures: oneRow<WatchFigures>(sqlite, FIGURES, span)
  }
}
