import type { AppointmentDto } from '@shared/contract'
import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { assertCounsellor, assertMayWorkOn, assertRoomInUse } from './access'
import { checkConflicts, participantStudentIds, type Candidate } from './conflicts'
import { appointmentDtosByIds, appointmentRow } from './dto'
import { appointments } from './schema'
import { changeTargets } from './series'
import { addMinutes, instant, minutesBetween } from './time'

type MoveInput = ParsedInput<'appointments.move'>

/**
 * Moves an appointment (drag or edit): a new start, and optionally another counsellor, room or
 * length. With scope 'following' the same shift — in minutes, so a change of weekday and time
 * of day alike — applies to every later booked occurrence of the series. Clashes are checked
 * against everything except the appointments being moved.
 */
export function moveAppointment(t: Tx, session: Session, input: MoveInput): AppointmentDto[] {
  const row = appointmentRow(t, input.id)
  assertMayWorkOn(session, row.counsellorId)
  const targets = changeTargets(t, row, input.scope)
  const counsellorId = input.counsellorId ?? row.counsellorId
  const roomId = input.roomId === undefined ? row.roomId : input.roomId
  assertMayWorkOn(session, counsellorId)
  if (counsellorId !== row.counsellorId) assertCounsellor(t, counsellorId, 'counsellorId')
  if (roomId !== row.roomId) assertRoomInUse(t, roomId, 'roomId')

  const shift = minutesBetween(row.startAt, instant(input.start))
  const participants = participantStudentIds(
    t,
    targets.map((a) => a.id)
  )
  const candidates: Candidate[] = targets.map((a) => {
    const start = addMinutes(a.startAt, shift)
    return {
      start,
      end: addMinutes(start, input.durationMinutes ?? minutesBetween(a.startAt, a.endAt)),
      counsellorId,
      roomId,
      studentIds: a.studentId === null ? (participants.get(a.id) ?? []) : [a.studentId]
    }
  })
  const overrideReason = input.overrideReason ?? ''
  const outside = checkConflicts(t, candidates, { excludeIds: targets.map((a) => a.id), overrideReason })

  targets.forEach((a, i) => {
    const c = candidates[i]!
    t.orm
      .update(appointments)
      .set({
        startAt: c.start,
        endAt: c.end,
        counsellorId,
        roomId,
        // A reason kept for the old time no longer explains the new one.
        outsideAvailabilityReason: outside[i] ? overrideReason : null,
        updatedAt: t.at
      })
      .where(eq(appointments.id, a.id))
      .run()
  })
  t.audit({
    action: 'appointments.move',
    entity: 'appointment',
    entityId: row.id,
    summary: { count: targets.length, scope: input.scope, counsellorChanged: counsellorId !== row.counsellorId, roomChanged: roomId !== row.roomId }
  })
  return appointmentDtosByIds(
    t,
    session,
    targets.map((a) => a.id)
  )
}
