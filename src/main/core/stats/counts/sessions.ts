import type Database from 'better-sqlite3'
import { NO_KEY, type Matrix } from '../rawCounts'
import { allRows, oneRow, toMatrix, type Span } from './span'

/*
 * Counselling sessions: only attended appointments whose start falls in the range count. An
 * individual kind counts once for its student; a group counts each roster participant (its
 * anonymous visitors are not counselled students); open days are counted apart, as sessions and
 * visitors. The range predicate leads every query so the appointments_start index bounds the scan.
 */

/** Attended sessions in the range, one row per (student, kind): a group gives one row per roster participant. */
const ATTENDED = `
  WITH attended(student_id, kind) AS (
    SELECT a.student_id, a.kind FROM appointments a
     WHERE a.start_at >= @start AND a.start_at < @end AND a.status = 'attended' AND a.kind NOT IN ('group', 'open_day')
    UNION ALL
    SELECT p.student_id, 'group' FROM appointments a JOIN appointment_participants p ON p.appointment_id = a.id
     WHERE a.start_at >= @start AND a.start_at < @end AND a.status = 'attended' AND a.kind = 'group' AND p.student_id IS NOT NULL
  )`

/**
 * Sessions per (student, kind), with what the tables group by. Grouping before the join looks
 * each student up once, not once per session: over a year that halves the work.
 */
const BY_STUDENT_KIND = `${ATTENDED},
  per AS (SELECT student_id, kind, count(*) AS n FROM attended GROUP BY 1, 2)
  SELECT per.student_id AS studentId, per.kind AS kind, per.n AS n,
         coalesce(s.college_id, '${NO_KEY}') AS college, s.grade AS grade, s.gender AS gender
    FROM per JOIN students s ON s.id = per.student_id`

/** No-shows and open days in one pass over the range's appointments; visitors are read for attended open days only. */
const FIGURES = `
  SELECT
    coalesce(sum(a.status = 'cancelled' AND a.cancel_reason = 'no_show'), 0) AS noShows,
    coalesce(sum(a.status = 'attended' AND a.kind = 'open_day'), 0) AS openDaySessions,
    coalesce(sum(CASE WHEN a.status = 'attended' AND a.kind = 'open_day' THEN
      (SELECT sum((p.student_id IS NOT NULL) + p.anonymous_count) FROM appointment_participants p WHERE p.appointment_id = a.id)
    END), 0) AS openDayVisits
  FROM appointments a
  WHERE a.start_at >= @start AND a.start_at < @end`

export interface SessionCounts {
  sessionsByCollegeKind: Matrix
  studentsByCollegeGender: Matrix
  studentsByGradeGender: Matrix
  firstVisits: number
  noShows: number
  openDaySessions: number
  openDayVisits: number
}

interface StudentKind {
  studentId: string
  kind: string
  n: number
  college: string
  grade: string
  gender: string
}

export function countSessions(sqlite: Database.Database, span: Span): SessionCounts {
  const rows = allRows<StudentKind>(sqlite, BY_STUDENT_KIND, span)
  // One row per student for the persons tables, however many kinds of session they had.
  const persons = [...new Map(rows.map((r) => [r.studentId, r])).values()]
  const figures = oneRow<{ noShows: number; openDaySessions: number; openDayVisits: number }>(sqlite, FIGURES, span)
  return {
    sessionsByCollegeKind: toMatrix(rows.map((r) => ({ row: r.college, col: r.kind, n: r.n }))),
    studentsByCollegeGender: toMatrix(persons.map((p) => ({ row: p.college, col: p.gender, n: 1 }))),
    studentsByGradeGender: toMatrix(persons.map((p) => ({ row: p.grade, col: p.gender, n: 1 }))),
    firstVisits: rows.filter((r) => r.kind === 'intake').reduce((sum, r) => sum + r.n, 0),
    ...figures
  }
}
