/**
 * What a purge destroys, table by table, in an order the foreign keys allow (children before
 * their parents; every reference to a student is ON DELETE RESTRICT, so nothing cascades by
 * accident). Each step names its rows through two in-memory sets the purge fills first:
 * `temp.purge_students` (the expired students' IDs) and `temp.purge_series` (appointment series
 * whose every appointment is theirs). tests/unit/retention checks that every table with a
 * `student_id` column, and every table that refers to one purged here, has a step.
 */
export interface PurgeStep {
  table: string
  /** The rows of this table that go, as a WHERE clause over the two sets. */
  where: string
}

const ofStudents = 'student_id IN (SELECT id FROM temp.purge_students)'

export const PURGE_STEPS: readonly PurgeStep[] = [
  // Notes: addenda first, then the alerts a note or a screening raised, then the notes
  // (their search rows go with them, by trigger).
  { table: 'note_addenda', where: `note_id IN (SELECT id FROM notes WHERE ${ofStudents})` },
  { table: 'crisis_alerts', where: ofStudents },
  { table: 'notes', where: ofStudents },
  { table: 'referral_events', where: `referral_id IN (SELECT id FROM referrals WHERE ${ofStudents})` },
  { table: 'referrals', where: ofStudents },
  // Another student's flag that booked one of these appointments keeps its flag (ON DELETE SET NULL).
  { table: 'screening_flags', where: ofStudents },
  { table: 'screening_results', where: ofStudents },
  { table: 'checklist_items', where: ofStudents },
  { table: 'watch_status', where: ofStudents },
  { table: 'tier_changes', where: ofStudents },
  { table: 'plan_revisions', where: ofStudents },
  { table: 'follow_ups', where: ofStudents },
  { table: 'review_decisions', where: ofStudents },
  { table: 'waitlist', where: ofStudents },
  // A group session stays for the others who came; only this student's seat in it goes.
  { table: 'appointment_participants', where: ofStudents },
  { table: 'appointments', where: ofStudents },
  { table: 'appointment_series', where: 'id IN (SELECT id FROM temp.purge_series)' },
  // Last: the student (the roster search row goes with it, by trigger).
  { table: 'students', where: 'id IN (SELECT id FROM temp.purge_students)' }
]

/** Students who left before @cutoff. A student with no leaving date has not left. */
export const EXPIRED_STUDENTS = 'SELECT id FROM students WHERE left_on IS NOT NULL AND left_on < @cutoff'

/** Series that end with nothing in them: every appointment of theirs belongs to an expired student. */
export const EMPTIED_SERIES = `SELECT s.id FROM appointment_series s
  WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.series_id = s.id)
    AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.series_id = s.id
      AND (a.student_id IS NULL OR a.student_id NOT IN (SELECT id FROM temp.purge_students)))`
