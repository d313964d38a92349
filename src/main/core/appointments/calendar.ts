import type { ChannelOutput } from '@shared/contract'
import { and, asc, gt, gte, inArray, lt, lte, ne } from 'drizzle-orm'
import type { Tx } from '../context'
import { FieldError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { activeCounsellorIds } from './access'
import { toExceptionDto } from './availability'
import { appointmentDtos } from './dto'
import { appointments, availabilityExceptions, availabilitySlots } from './schema'
import { addDays, addMinutes, centreDayClock, centreDayStartUtc, daysBetween, isRealDate, LONGEST_MINUTES, weekdayOf } from './time'

type Calendar = ChannelOutput<'appointments.calendar'>
type CalendarInput = ParsedInput<'appointments.calendar'>

/** Six weeks: the longest view the calendar offers (a month, with its edge weeks). */
const LONGEST_RANGE_DAYS = 42

function assertRange(input: CalendarInput): void {
  if (!isRealDate(input.from)) throw new FieldError('from', 'validation.date')
  if (!isRealDate(input.to)) throw new FieldError('to', 'validation.date')
  if (input.to < input.from) throw new FieldError('to', 'errors.appointments.toBeforeFrom')
  if (daysBetween(input.from, input.to) >= LONGEST_RANGE_DAYS) throw new FieldError('to', 'errors.appointments.rangeTooLong')
}

/**
 * Each counsellor's weekly slots laid on the days of the range as instants, less the days
 * they are away. With rooms picked, only the slots in those rooms (a room's view).
 */
function availableIntervals(t: Tx, input: CalendarInput, userIds: readonly string[], exceptions: Calendar['exceptions']): Calendar['available'] {
  if (userIds.length === 0) return []
  const slots = t.orm
    .select()
    .from(availabilitySlots)
    .where(and(inArray(availabilitySlots.userId, [...userIds]), input.roomIds ? inArray(availabilitySlots.roomId, input.roomIds) : undefined))
    .orderBy(asc(availabilitySlots.start))
    .all()
  const days = Array.from({ length: daysBetween(input.from, input.to) + 1 }, (_, i) => addDays(input.from, i))
  return days.flatMap((date) => {
    const weekday = weekdayOf(date)
    const instantAt = centreDayClock(date)
    return slots
      .filter((slot) => slot.weekday === weekday && !exceptions.some((e) => e.userId === slot.userId && e.from <= date && date <= e.to))
      .map((slot) => ({ userId: slot.userId, start: instantAt(slot.start), end: instantAt(slot.end), roomId: slot.roomId }))
  })
}

/**
 * The day or week view: appointments overlapping [from 00:00, to+1 00:00) on the centre's clock,
 * with when each counsellor is free and away. One range query on the start index (bounded
 * below by the longest appointment), names by join. A calendar opens no student record, so
 * it is not audited; a part-time counsellor sees others' bookings as busy.
 */
export function calendar(t: Tx, session: Session, input: CalendarInput): Calendar {
  assertRange(input)
  const from = centreDayStartUtc(input.from)
  const to = centreDayStartUtc(addDays(input.to, 1))
  const list = appointmentDtos(t, session, {
    where: and(
      lt(appointments.startAt, to),
      gte(appointments.startAt, addMinutes(from, -LONGEST_MINUTES)),
      gt(appointments.endAt, from),
      input.includeCancelled ? undefined : ne(appointments.status, 'cancelled'),
      input.counsellorIds ? inArray(appointments.counsellorId, input.counsellorIds) : undefined,
      input.roomIds ? inArray(appointments.roomId, input.roomIds) : undefined
    )
  })
  const userIds = input.counsellorIds ?? activeCounsellorIds(t)
  const exceptions =
    userIds.length === 0
      ? []
      : t.orm
          .select()
          .from(availabilityExceptions)
          .where(
            and(inArray(availabilityExceptions.userId, userIds), lte(availabilityExceptions.fromDate, input.to), gte(availabilityExceptions.toDate, input.from))
          )
          .orderBy(asc(availabilityExceptions.fromDate))
          .all()
          .map(toExceptionDto)
  return { appointments: list, available: availableIntervals(t, input, userIds, exceptions), exceptions }
}
