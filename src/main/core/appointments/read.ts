import type { AppointmentDto, ChannelOutput } from '@shared/contract'
import { eq, or, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import type { Session } from '../state'
import { studentAccess } from '../students/access'
import { appointmentDtos } from './dto'
import { withParticipants } from './participants'
import { appointmentParticipants, appointments } from './schema'

/** One appointment with its participants. Opening it reads a student's record: audited. */
export function getAppointment(t: Tx, session: Session, id: string): ChannelOutput<'appointments.get'> {
  const result = withParticipants(t, session, id)
  const { appointment } = result
  t.audit({
    action: 'appointments.view',
    entity: 'appointment',
    entityId: id,
    summary: { visibility: appointment.visibility, studentId: appointment.studentId, participants: result.participants.length }
  })
  return result
}

/** Appointments a student has or had, alone or in a group. */
export const ofStudent = (studentId: string) =>
  or(
    eq(appointments.studentId, studentId),
    sql`${appointments.id} IN (SELECT ${appointmentParticipants.appointmentId} FROM ${appointmentParticipants} WHERE ${appointmentParticipants.studentId} = ${studentId})`
  )

/**
 * The student file's list, newest first. The caller was cleared to see this student, so the
 * part-time rule (others' bookings as busy) has nothing to hide here.
 */
export function appointmentsOfStudent(t: Tx, session: Session, studentId: string): AppointmentDto[] {
  const access = studentAccess(t, session, studentId)
  const list = appointmentDtos(t, session, { where: ofStudent(studentId), order: 'newest' }, true)
  t.audit({ action: 'appointments.student.view', entity: 'student', entityId: studentId, summary: { access, count: list.length } })
  return list
}
