import type { AppointmentDto } from '@shared/contract'
import { and, eq, gte, inArray, lt } from 'drizzle-orm'
import type { Tx } from '../context'
import { FieldError } from '../errors'
import type { Session } from '../state'
import { appointmentDtos } from './dto'
import { appointments } from './schema'
import { addDays, centreDayStartUtc, isRealDate } from './time'

/**
 * A counsellor's booked and attended appointments starting on a centre date, by start time,
 * as the session may see them (a part-time counsellor sees another's day as busy slots).
 */
export function dayAppointments(t: Tx, session: Session, date: string, counsellorId: string): AppointmentDto[] {
  if (!isRealDate(date)) throw new FieldError('date', 'validation.date')
  return appointmentDtos(t, session, {
    where: and(
      eq(appointments.counsellorId, counsellorId),
      gte(appointments.startAt, centreDayStartUtc(date)),
      lt(appointments.startAt, centreDayStartUtc(addDays(date, 1))),
      inArray(appointments.status, ['booked', 'attended'])
    )
  })
}
