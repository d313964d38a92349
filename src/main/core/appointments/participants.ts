import { randomUUID } from 'node:crypto'
import { GROUP_KINDS, type ChannelOutput } from '@shared/contract'
import { and, eq, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import { AppError, ConflictError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { studentAccess } from '../students/access'
import { students } from '../students/schema'
import { assertMayWorkOn } from './access'
import { checkStudentClash } from './conflicts'
import { appointmentDto, appointmentRow, type AppointmentRow } from './dto'
import { appointmentParticipants } from './schema'

type WithParticipants = ChannelOutput<'appointments.get'>

/** In the order they were added (rowid breaks ties within one clock tick). */
export const addedOrder = sql`${appointmentParticipants.createdAt}, ${appointmentParticipants}.rowid`

/** An appointment and (when the caller sees it in full) who takes part. */
export function withParticipants(t: Tx, session: Session, id: string): WithParticipants {
  const appointment = appointmentDto(t, session, id)
  if (appointment.visibility === 'busy') return { appointment, participants: [] }
  const participants = t.orm
    .select({
      id: appointmentParticipants.id,
      studentId: appointmentParticipants.studentId,
      studentName: students.name,
      anonymousCount: appointmentParticipants.anonymousCount
    })
    .from(appointmentParticipants)
    .leftJoin(students, eq(students.id, appointmentParticipants.studentId))
    .where(eq(appointmentParticipants.appointmentId, id))
    .orderBy(addedOrder)
    .all()
  return { appointment, participants }
}

/** Participants join a group or open-day session that has not been cancelled. */
function groupSession(t: Tx, session: Session, id: string): AppointmentRow {
  const row = appointmentRow(t, id)
  assertMayWorkOn(session, row.counsellorId)
  if (!GROUP_KINDS.includes(row.kind)) throw new ConflictError('errors.appointments.notGroup')
  if (row.status === 'cancelled') throw new ConflictError('errors.appointments.notBooked')
  return row
}

const seatsTaken = (t: Tx, appointmentId: string): number =>
  t.orm
    .select({ studentId: appointmentParticipants.studentId, anonymousCount: appointmentParticipants.anonymousCount })
    .from(appointmentParticipants)
    .where(eq(appointmentParticipants.appointmentId, appointmentId))
    .all()
    .reduce((sum, p) => sum + (p.studentId === null ? 0 : 1) + p.anonymousCount, 0)

/**
 * A roster student (once per session, and not booked elsewhere at the time) or a number of
 * anonymous visitors, who are only counted. A full session takes no more.
 */
export function addParticipant(t: Tx, session: Session, input: ParsedInput<'appointments.participant.add'>): WithParticipants {
  const row = groupSession(t, session, input.appointmentId)
  if (input.studentId !== null && input.anonymousCount > 0) {
    throw new AppError('VALIDATION', 'errors.validation', undefined, [{ path: 'anonymousCount', messageKey: 'errors.appointments.studentOrAnonymous' }])
  }
  if (input.studentId === null && input.anonymousCount < 1) {
    throw new AppError('VALIDATION', 'errors.validation', undefined, [{ path: 'anonymousCount', messageKey: 'validation.min', params: { min: 1 } }])
  }
  if (input.studentId !== null) {
    studentAccess(t, session, input.studentId)
    const already = t.orm
      .select({ id: appointmentParticipants.id })
      .from(appointmentParticipants)
      .where(and(eq(appointmentParticipants.appointmentId, row.id), eq(appointmentParticipants.studentId, input.studentId)))
      .get()
    if (already) throw new ConflictError('errors.appointments.alreadyParticipant')
    if (row.status === 'booked') {
      const candidate = { start: row.startAt, end: row.endAt, counsellorId: row.counsellorId, roomId: null, studentIds: [input.studentId] }
      // Only the student is new here: the session's own counsellor, room and hours were checked when it was booked.
      checkStudentClash(t, candidate, [row.id])
    }
  }
  const seats = input.studentId === null ? input.anonymousCount : 1
  if (row.capacity !== null && seatsTaken(t, row.id) + seats > row.capacity) {
    throw new ConflictError('errors.appointments.full', { capacity: row.capacity })
  }
  const id = randomUUID()
  t.orm.insert(appointmentParticipants).values({ id, appointmentId: row.id, studentId: input.studentId, anonymousCount: input.anonymousCount, createdAt: t.at }).run()
  t.audit({
    action: 'appointments.participant.add',
    entity: 'appointment',
    entityId: row.id,
    summary: { participantId: id, studentId: input.studentId, anonymousCount: input.anonymousCount }
  })
  return withParticipants(t, session, row.id)
}

export function removeParticipant(t: Tx, session: Session, participantId: string): WithParticipants {
  const participant = t.orm.select().from(appointmentParticipants).where(eq(appointmentParticipants.id, participantId)).get()
  if (!participant) throw new NotFoundError()
  const row = groupSession(t, session, participant.appointmentId)
  t.orm.delete(appointmentParticipants).where(eq(appointmentParticipants.id, participantId)).run()
  t.audit({
    action: 'appointments.participant.remove',
    entity: 'appointment',
    entityId: row.id,
    summary: { participantId, studentId: participant.studentId, anonymousCount: participant.anonymousCount }
  })
  return withParticipants(t, session, row.id)
}
