import { and, eq, gt, gte, inArray, lt, lte, ne, notInArray, or, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import { AppError } from '../errors'
import { rooms } from '../settings/schema'
import { students } from '../students/schema'
import { users } from '../users/schema'
import { appointmentParticipants, appointments, availabilityExceptions, availabilitySlots } from './schema'
import { addMinutes, centreClock, centreDate, describeInterval, LONGEST_MINUTES, weekdayOf } from './time'

/** One interval to be booked (a new appointment, one occurrence of a series, or a moved one). */
export interface Candidate {
  start: string
  end: string
  counsellorId: string
  roomId: string | null
  /** The student of an individual appointment, or a group's participant students. */
  studentIds: readonly string[]
}

export interface ConflictOptions {
  /** The appointments being moved: they cannot clash with themselves. */
  excludeIds?: readonly string[]
  /** Booking outside availability anyway, for this reason. */
  overrideReason?: string
}

type Refusal = 'clashCounsellor' | 'clashRoom' | 'clashStudent' | 'outsideAvailability' | 'onLeave'

/** Which field of the booking form the refusal belongs to. */
const FIELD: Record<Refusal, string> = {
  clashCounsellor: 'counsellorId',
  clashRoom: 'roomId',
  clashStudent: 'studentId',
  outsideAvailability: 'overrideReason',
  onLeave: 'overrideReason'
}

/** CONFLICT naming the clash in words (names are for the person booking; audit rows never see them). */
function refuse(kind: Refusal, params: Record<string, string>): never {
  const messageKey = `errors.appointments.${kind}`
  throw new AppError('CONFLICT', messageKey, params, [{ path: FIELD[kind], messageKey, params }])
}

/**
 * Half-open overlap with [start, end): back-to-back is fine. The lower bound on start_at is
 * redundant with end_at > start but lets SQLite walk the (…, start_at) index over a short range.
 */
function overlapping(c: Candidate, excludeIds: readonly string[]): SQL {
  return and(
    ne(appointments.status, 'cancelled'),
    lt(appointments.startAt, c.end),
    gte(appointments.startAt, addMinutes(c.start, -LONGEST_MINUTES)),
    gt(appointments.endAt, c.start),
    excludeIds.length > 0 ? notInArray(appointments.id, [...excludeIds]) : undefined
  )!
}

const counsellorName = (t: Tx, id: string): string =>
  t.orm.select({ name: users.displayName }).from(users).where(eq(users.id, id)).get()?.name ?? ''
const roomName = (t: Tx, id: string): string => t.orm.select({ name: rooms.name }).from(rooms).where(eq(rooms.id, id)).get()?.name ?? ''
const studentName = (t: Tx, id: string): string =>
  t.orm.select({ name: students.name }).from(students).where(eq(students.id, id)).get()?.name ?? ''

function counsellorClash(t: Tx, c: Candidate, excludeIds: readonly string[]): void {
  const other = t.orm
    .select({ start: appointments.startAt, end: appointments.endAt })
    .from(appointments)
    .where(and(eq(appointments.counsellorId, c.counsellorId), overlapping(c, excludeIds)))
    .get()
  if (other) refuse('clashCounsellor', { counsellor: counsellorName(t, c.counsellorId), ...describeInterval(other.start, other.end) })
}

function roomClash(t: Tx, c: Candidate, excludeIds: readonly string[]): void {
  if (c.roomId === null) return
  const other = t.orm
    .select({ start: appointments.startAt, end: appointments.endAt })
    .from(appointments)
    .where(and(eq(appointments.roomId, c.roomId), overlapping(c, excludeIds)))
    .get()
  if (other) refuse('clashRoom', { room: roomName(t, c.roomId), ...describeInterval(other.start, other.end) })
}

/** A student is busy as the student of an individual appointment or as a group's participant. */
function studentClash(t: Tx, c: Candidate, excludeIds: readonly string[]): void {
  for (const studentId of c.studentIds) {
    const asParticipant = sql`${appointments.id} IN (SELECT ${appointmentParticipants.appointmentId} FROM ${appointmentParticipants} WHERE ${appointmentParticipants.studentId} = ${studentId})`
    const other = t.orm
      .select({ start: appointments.startAt, end: appointments.endAt })
      .from(appointments)
      .where(and(or(eq(appointments.studentId, studentId), asParticipant), overlapping(c, excludeIds)))
      .get()
    if (other) refuse('clashStudent', { student: studentName(t, studentId), ...describeInterval(other.start, other.end) })
  }
}

/**
 * Whether the interval lies inside one of the counsellor's weekly slots on its centre weekday,
 * on a day without leave. Returns true when it does not but an override reason was given.
 */
function outsideAvailability(t: Tx, c: Candidate, overrideReason: string): boolean {
  const date = centreDate(c.start)
  const leave = t.orm
    .select({ id: availabilityExceptions.id })
    .from(availabilityExceptions)
    .where(
      and(
        eq(availabilityExceptions.userId, c.counsellorId),
        lte(availabilityExceptions.fromDate, centreDate(addMinutes(c.end, -1))),
        gte(availabilityExceptions.toDate, date)
      )
    )
    .get()
  const from = centreClock(c.start)
  const to = centreClock(c.end)
  // An interval that runs past midnight fits no slot (slots end by 23:59).
  const sameDay = centreDate(addMinutes(c.end, -1)) === date && to > from
  const inSlot =
    sameDay &&
    t.orm
      .select({ id: availabilitySlots.id })
      .from(availabilitySlots)
      .where(
        and(
          eq(availabilitySlots.userId, c.counsellorId),
          eq(availabilitySlots.weekday, weekdayOf(date)),
          lte(availabilitySlots.start, from),
          gte(availabilitySlots.end, to)
        )
      )
      .get() !== undefined
  if (!leave && inSlot) return false
  if (overrideReason !== '') return true
  const counsellor = counsellorName(t, c.counsellorId)
  if (leave) refuse('onLeave', { counsellor, date })
  refuse('outsideAvailability', { counsellor, ...describeInterval(c.start, c.end) })
}

/**
 * Refuses the first clash among the candidates (a series is all or nothing), in the order a
 * person would fix them: counsellor, room, student, then availability. Returns, per candidate,
 * whether it is booked outside availability on the strength of the override reason.
 */
export function checkConflicts(t: Tx, candidates: readonly Candidate[], options: ConflictOptions = {}): boolean[] {
  const excludeIds = options.excludeIds ?? []
  const overrideReason = options.overrideReason ?? ''
  return candidates.map((c) => {
    counsellorClash(t, c, excludeIds)
    roomClash(t, c, excludeIds)
    studentClash(t, c, excludeIds)
    return outsideAvailability(t, c, overrideReason)
  })
}

/** A participant joining a session already booked: only the student can clash. */
export const checkStudentClash = (t: Tx, c: Candidate, excludeIds: readonly string[]): void => studentClash(t, c, excludeIds)

/** The roster students taking part in group appointments (for their conflict checks). */
export function participantStudentIds(t: Tx, appointmentIds: readonly string[]): Map<string, string[]> {
  const byAppointment = new Map<string, string[]>()
  if (appointmentIds.length === 0) return byAppointment
  const rows = t.orm
    .select({ appointmentId: appointmentParticipants.appointmentId, studentId: appointmentParticipants.studentId })
    .from(appointmentParticipants)
    .where(inArray(appointmentParticipants.appointmentId, [...appointmentIds]))
    .all()
  for (const row of rows) {
    if (row.studentId === null) continue
    byAppointment.set(row.appointmentId, [...(byAppointment.get(row.appointmentId) ?? []), row.studentId])
  }
  return byAppointment
}
