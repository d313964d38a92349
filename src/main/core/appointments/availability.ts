import { randomUUID } from 'node:crypto'
import type { ChannelOutput } from '@shared/contract'
import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { AppError, FieldError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { assertCounsellor, assertMayEditAvailability, assertRoomInUse } from './access'
import { availabilityExceptions, availabilitySlots } from './schema'
import { isRealDate } from './time'

type Availability = ChannelOutput<'appointments.availability.get'>
type ExceptionRow = typeof availabilityExceptions.$inferSelect
type ExceptionDto = Availability['exceptions'][number]

export const toExceptionDto = (row: ExceptionRow): ExceptionDto => ({
  id: row.id,
  userId: row.userId,
  from: row.fromDate,
  to: row.toDate,
  kind: row.kind,
  note: row.note
})

/** A colleague's weekly hours and leave (not clinical: every role plans around them). Unknown users have none. */
export function availabilityOf(t: Tx, userId: string): Availability {
  const slots = t.orm
    .select()
    .from(availabilitySlots)
    .where(eq(availabilitySlots.userId, userId))
    .orderBy(asc(availabilitySlots.weekday), asc(availabilitySlots.start))
    .all()
    .map(({ id, userId, weekday, start, end, roomId, site }) => ({ id, userId, weekday, start, end, roomId, site }))
  const exceptions = t.orm
    .select()
    .from(availabilityExceptions)
    .where(eq(availabilityExceptions.userId, userId))
    .orderBy(asc(availabilityExceptions.fromDate))
    .all()
    .map(toExceptionDto)
  return { slots, exceptions }
}

type SlotInput = ParsedInput<'appointments.availability.set'>['slots'][number]

/** Each slot ends after it starts and overlaps no other slot of its weekday (touching is fine). */
function assertSlotsValid(t: Tx, slots: readonly SlotInput[]): void {
  slots.forEach((slot, i) => {
    if (slot.end <= slot.start) throw new FieldError(`slots.${i}.end`, 'errors.appointments.endBeforeStart')
    const j = slots.findIndex((other, k) => k < i && other.weekday === slot.weekday && other.start < slot.end && slot.start < other.end)
    if (j >= 0) {
      const params = { other: j + 1 }
      throw new AppError('VALIDATION', 'errors.validation', undefined, [{ path: `slots.${i}.start`, messageKey: 'errors.appointments.slotOverlap', params }])
    }
    assertRoomInUse(t, slot.roomId, `slots.${i}.roomId`)
  })
}

/** Replaces a counsellor's weekly slots as a whole (the editor saves the week it shows). */
export function setAvailability(t: Tx, session: Session, input: ParsedInput<'appointments.availability.set'>): Availability {
  assertMayEditAvailability(session, input.userId)
  assertCounsellor(t, input.userId, 'userId')
  assertSlotsValid(t, input.slots)
  t.orm.delete(availabilitySlots).where(eq(availabilitySlots.userId, input.userId)).run()
  if (input.slots.length > 0) {
    t.orm
      .insert(availabilitySlots)
      .values(input.slots.map((slot) => ({ id: randomUUID(), userId: input.userId, ...slot, createdAt: t.at })))
      .run()
  }
  t.audit({ action: 'appointments.availability.set', entity: 'user', entityId: input.userId, summary: { slots: input.slots.length } })
  return availabilityOf(t, input.userId)
}

/**
 * Leave or a training day. Bookings already in the range stay (someone decides about each);
 * the calendar shows the exception over them.
 */
export function addException(t: Tx, session: Session, input: ParsedInput<'appointments.exception.add'>): ExceptionDto {
  assertMayEditAvailability(session, input.userId)
  assertCounsellor(t, input.userId, 'userId')
  if (!isRealDate(input.from)) throw new FieldError('from', 'validation.date')
  if (!isRealDate(input.to)) throw new FieldError('to', 'validation.date')
  if (input.to < input.from) throw new FieldError('to', 'errors.appointments.toBeforeFrom')
  const id = randomUUID()
  t.orm
    .insert(availabilityExceptions)
    .values({ id, userId: input.userId, fromDate: input.from, toDate: input.to, kind: input.kind, note: input.note, createdAt: t.at })
    .run()
  t.audit({ action: 'appointments.exception.add', entity: 'user', entityId: input.userId, summary: { kind: input.kind, exceptionId: id } })
  return toExceptionDto(t.orm.select().from(availabilityExceptions).where(eq(availabilityExceptions.id, id)).get()!)
}

export function deleteException(t: Tx, session: Session, id: string): Record<string, never> {
  const row = t.orm.select().from(availabilityExceptions).where(eq(availabilityExceptions.id, id)).get()
  if (!row) throw new NotFoundError()
  assertMayEditAvailability(session, row.userId)
  t.orm.delete(availabilityExceptions).where(eq(availabilityExceptions.id, id)).run()
  t.audit({ action: 'appointments.exception.delete', entity: 'user', entityId: row.userId, summary: { kind: row.kind, exceptionId: id } })
  return {}
}
