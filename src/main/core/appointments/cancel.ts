import type { AppointmentDto } from '@shared/contract'
import { eq, inArray } from 'drizzle-orm'
import type { Tx } from '../context'
import { ConflictError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { assertMayWorkOn } from './access'
import { appointmentDto, appointmentDtosByIds, appointmentRow } from './dto'
import { appointments } from './schema'
import { changeTargets } from './series'
import { centreDate } from './time'

/** Cancels with a reason (the student, the centre, or a no-show); kept, never deleted. */
export function cancelAppointment(t: Tx, session: Session, input: ParsedInput<'appointments.cancel'>): AppointmentDto[] {
  const row = appointmentRow(t, input.id)
  assertMayWorkOn(session, row.counsellorId)
  const ids = changeTargets(t, row, input.scope).map((a) => a.id)
  t.orm
    .update(appointments)
    .set({ status: 'cancelled', cancelReason: input.reason, cancelNote: input.note, cancelledAt: t.at, updatedAt: t.at })
    .where(inArray(appointments.id, ids))
    .run()
  t.audit({ action: 'appointments.cancel', entity: 'appointment', entityId: row.id, summary: { reason: input.reason, count: ids.length, scope: input.scope } })
  return appointmentDtosByIds(t, session, ids)
}

/**
 * The student came. Recorded from the appointment's day on (a session may be written up late),
 * never ahead of it: a future day has not happened yet.
 */
export function attendAppointment(t: Tx, session: Session, id: string): AppointmentDto {
  const row = appointmentRow(t, id)
  assertMayWorkOn(session, row.counsellorId)
  if (row.status !== 'booked') throw new ConflictError('errors.appointments.notBooked')
  if (centreDate(row.startAt) > centreDate(t.now)) throw new ConflictError('errors.appointments.attendFuture')
  t.orm.update(appointments).set({ status: 'attended', attendedAt: t.at, updatedAt: t.at }).where(eq(appointments.id, id)).run()
  t.audit({ action: 'appointments.attend', entity: 'appointment', entityId: id, summary: { kind: row.kind } })
  return appointmentDto(t, session, id)
}
