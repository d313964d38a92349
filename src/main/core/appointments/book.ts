import { randomUUID } from 'node:crypto'
import { GROUP_KINDS, type AppointmentDto } from '@shared/contract'
import type { Tx } from '../context'
import { FieldError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { studentAccess } from '../students/access'
import { assertCounsellor, assertMayWorkOn, assertRoomInUse } from './access'
import { checkConflicts, type Candidate } from './conflicts'
import { appointmentDtosByIds } from './dto'
import { appointments, appointmentSeries } from './schema'
import { appointmentSettings } from './settings'
import { addCentreWeeks, addMinutes, instant } from './time'
import { closeForBooking } from './waitlist'

type BookInput = ParsedInput<'appointments.book'>

/**
 * Individual kinds are with one student; group and open-day sessions take participants later
 * and have a capacity (an open day must say how many it can take).
 */
function assertShape(input: BookInput): void {
  const group = GROUP_KINDS.includes(input.kind)
  if (group && input.studentId !== null) throw new FieldError('studentId', 'errors.appointments.groupHasNoStudent')
  if (!group && input.studentId === null) throw new FieldError('studentId', 'validation.required')
  if (!group && input.capacity !== undefined) throw new FieldError('capacity', 'errors.appointments.capacityGroupOnly')
  if (input.kind === 'open_day' && input.capacity === undefined) throw new FieldError('capacity', 'validation.required')
  if (input.waitlistId !== undefined && group) throw new FieldError('waitlistId', 'errors.appointments.waitlistOtherStudent')
}

/**
 * Books one appointment or a weekly series (the same centre-local time each week). Every
 * occurrence is checked; any clash refuses the whole series, naming the clashing date.
 */
export function bookAppointment(t: Tx, session: Session, input: BookInput): AppointmentDto[] {
  assertShape(input)
  assertMayWorkOn(session, input.counsellorId)
  assertCounsellor(t, input.counsellorId, 'counsellorId')
  assertRoomInUse(t, input.roomId, 'roomId')
  if (input.studentId !== null) studentAccess(t, session, input.studentId)

  const minutes = input.durationMinutes ?? appointmentSettings(t).minutes[input.kind]
  const first = instant(input.start)
  const candidates: Candidate[] = Array.from({ length: input.repeatWeeks }, (_, week) => {
    const start = addCentreWeeks(first, week)
    return {
      start,
      end: addMinutes(start, minutes),
      counsellorId: input.counsellorId,
      roomId: input.roomId,
      studentIds: input.studentId === null ? [] : [input.studentId]
    }
  })
  const overrideReason = input.overrideReason ?? ''
  const outside = checkConflicts(t, candidates, { overrideReason })

  const seriesId = input.repeatWeeks > 1 ? randomUUID() : null
  if (seriesId) t.orm.insert(appointmentSeries).values({ id: seriesId, createdAt: t.at, createdBy: session.userId }).run()
  const rows = candidates.map((c, i) => ({
    id: randomUUID(),
    kind: input.kind,
    studentId: input.studentId,
    counsellorId: input.counsellorId,
    roomId: input.roomId,
    startAt: c.start,
    endAt: c.end,
    seriesId,
    seriesIndex: seriesId ? i + 1 : null,
    capacity: input.capacity ?? null,
    outsideAvailabilityReason: outside[i] ? overrideReason : null,
    createdBy: session.userId,
    createdAt: t.at,
    updatedAt: t.at
  }))
  t.orm.insert(appointments).values(rows).run()
  if (input.waitlistId !== undefined) closeForBooking(t, input.waitlistId, input.studentId, rows[0]!.id)

  t.audit({
    action: 'appointments.book',
    entity: 'appointment',
    entityId: rows[0]!.id,
    summary: {
      kind: input.kind,
      count: rows.length,
      studentId: input.studentId,
      seriesId,
      waitlistId: input.waitlistId ?? null,
      outsideAvailability: outside.some(Boolean)
    }
  })
  return appointmentDtosByIds(
    t,
    session,
    rows.map((r) => r.id)
  )
}
