import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { ForbiddenError } from '../errors'
import { readCategories } from '../notes/categories'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { loadStudent } from '../students/dto'
import { students } from '../students/schema'
import { watchOf } from '../watch/status'
import { alertHistory, appointmentHistory, noteHistory, waitlistHistory } from './readCare'
import { interviewHistory, referralHistory, screeningHistory } from './readReferralsScreening'
import { decisionHistory, followUpHistory, planHistory, tierHistory } from './readWatch'
import type { StudentRecord } from './types'

/**
 * Everything the centre holds about one student, read in the caller's transaction. Only the
 * admin may ask (the access request is the centre's act, and it prints others' sensitive notes);
 * the channel's role table says so too, and this says it again where the notes are read.
 */
export function gatherStudentRecord(t: Tx, session: Session, studentId: string): StudentRecord {
  if (session.role !== 'admin') throw new ForbiddenError()
  assertClinicalAccess(t, session, studentId)
  const { appointments, participations } = appointmentHistory(t, session, studentId)
  return {
    student: loadStudent(t, studentId),
    studentRow: t.orm.select().from(students).where(eq(students.id, studentId)).get() ?? {},
    watch: watchOf(t, studentId),
    tierChanges: tierHistory(t, studentId),
    plans: planHistory(t, studentId),
    followUps: followUpHistory(t, studentId),
    decisions: decisionHistory(t, studentId),
    appointments,
    participations,
    waitlist: waitlistHistory(t, studentId),
    notes: noteHistory(t, session, studentId),
    categories: readCategories(t.orm),
    alerts: alertHistory(t, studentId),
    referrals: referralHistory(t, studentId),
    screening: screeningHistory(t, studentId),
    interviews: interviewHistory(t, studentId)
  }
}

/**
 * How many rows of each table the record holds, by table name: what the audit row says about the
 * print (counts, never content), and what a test compares with the database, table by table.
 */
export function recordCounts(record: StudentRecord): Record<string, number> {
  const studentId = record.student.id
  return {
    students: 1,
    watch_status: record.watch.since === null ? 0 : 1,
    tier_changes: record.tierChanges.length,
    checklist_items: record.tierChanges.reduce((n, c) => n + c.checklist.length, 0),
    plan_revisions: record.plans.length,
    follow_ups: record.followUps.length,
    review_decisions: record.decisions.length,
    appointments: record.appointments.filter((a) => a.studentId === studentId).length,
    appointment_participants: record.participations.length,
    waitlist: record.waitlist.length,
    notes: record.notes.length,
    note_addenda: record.notes.reduce((n, e) => n + e.note.addenda.length, 0),
    crisis_alerts: record.alerts.length,
    referrals: record.referrals.length,
    referral_events: record.referrals.reduce((n, r) => n + r.events.length, 0),
    screening_results: record.screening.length,
    screening_flags: record.interviews.length
  }
}
