import type { ChannelOutput } from '@shared/contract'
import { and, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm'
import type { Tx } from '../context'
import { FieldError } from '../errors'
import type { Session } from '../state'
import { students } from '../students/schema'
import { appointmentDtos } from './dto'
import { addedOrder } from './participants'
import { appointmentParticipants, appointments } from './schema'
import { addDays, centreDayStartUtc, isRealDate } from './time'

type ReminderList = ChannelOutput<'appointments.remindList'>

/**
 * Who to call about a day's appointments (usually tomorrow's): each booked appointment with
 * its student's phone; a group session once per roster participant (anonymous visitors left
 * no number). Names and phone numbers: the list is audited.
 */
export function remindList(t: Tx, session: Session, date: string): ReminderList {
  if (!isRealDate(date)) throw new FieldError('date', 'validation.date')
  const booked = appointmentDtos(t, session, {
    where: and(
      eq(appointments.status, 'booked'),
      gte(appointments.startAt, centreDayStartUtc(date)),
      lt(appointments.startAt, centreDayStartUtc(addDays(date, 1)))
    )
  })
  const participants = booked.length === 0
    ? []
    : t.orm
        .select({ appointmentId: appointmentParticipants.appointmentId, studentId: students.id, name: students.name, studentNo: students.studentNo })
        .from(appointmentParticipants)
        .innerJoin(students, eq(students.id, appointmentParticipants.studentId))
        .where(and(inArray(appointmentParticipants.appointmentId, booked.map((a) => a.id)), isNotNull(appointmentParticipants.studentId)))
        .orderBy(addedOrder)
        .all()
  const rows = booked.flatMap((appointment) => {
    if (appointment.studentId !== null) return [{ appointment, studentId: appointment.studentId }]
    return participants
      .filter((p) => p.appointmentId === appointment.id)
      .map((p) => ({ appointment: { ...appointment, studentId: p.studentId, studentName: p.name, studentNo: p.studentNo }, studentId: p.studentId }))
  })
  const phones = new Map(
    rows.length === 0
      ? []
      : t.orm
          .select({ id: students.id, phone: students.phone })
          .from(students)
          .where(inArray(students.id, [...new Set(rows.map((r) => r.studentId))]))
          .all()
          .map((s) => [s.id, s.phone] as const)
  )
  t.audit({ action: 'appointments.remindList', summary: { date, entries: rows.length } })
  return rows.map((r) => ({ appointment: r.appointment, phone: phones.get(r.studentId) ?? '' }))
}
