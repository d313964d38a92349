import type Database from 'better-sqlite3'
import { NO_KEY, type Matrix } from '../rawCounts'
import { allRows, toMatrix, toRecord, type Cell, type Span } from './span'

/**
 * Screening rounds dated in the range. A student screened in several of them counts once; they
 * count as flagged when any of those rounds flagged them, and as not flagged otherwise.
 */
const ROUNDS = `SELECT name FROM screening_rounds WHERE date >= @from AND date <= @to ORDER BY date, name`

const BY_COLLEGE = `
  WITH rounds AS (SELECT id FROM screening_rounds WHERE date >= @from AND date <= @to),
       flagged AS (SELECT student_id FROM screening_flags WHERE round_id IN rounds),
       screened AS (SELECT student_id FROM screening_results WHERE round_id IN rounds UNION SELECT student_id FROM flagged)
  SELECT coalesce(s.college_id, '${NO_KEY}') AS row,
         CASE WHEN s.id IN flagged THEN 'flagged' ELSE 'notFlagged' END AS col,
         count(*) AS n
    FROM screened x JOIN students s ON s.id = x.student_id
   GROUP BY 1, 2`

/** Today's enrolment, not the range's: the vault keeps no history of a student's status. */
const ENROLLED = `SELECT coalesce(college_id, '${NO_KEY}') AS key, count(*) AS n FROM students WHERE status = 'enrolled' GROUP BY 1`

export interface ScreeningCounts {
  screeningByCollege: Matrix
  enrolledByCollege: Record<string, number>
  rounds: string[]
}

export function countScreening(sqlite: Database.Database, span: Span): ScreeningCounts {
  return {
    screeningByCollege: toMatrix(allRows<Cell>(sqlite, BY_COLLEGE, span)),
    enrolledByCollege: toRecord(sqlite.prepare(ENROLLED).all() as { key: string; n: number }[]),
    rounds: allRows<{ name: string }>(sqlite, ROUNDS, span).map((r) => r.name)
  }
}
