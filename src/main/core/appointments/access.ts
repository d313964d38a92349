import { and, eq, inArray } from 'drizzle-orm'
import type { Tx } from '../context'
import { FieldError, ForbiddenError } from '../errors'
import { rooms } from '../settings/schema'
import type { Session } from '../state'
import { users } from '../users/schema'

/** Roles whose calendars hold appointments. */
export const CLINICAL_ROLES = ['admin', 'counsellor', 'part_time'] as const

/**
 * A part-time counsellor sees another counsellor's bookings only as occupied time (no student):
 * the students of other counsellors are none of theirs. Everyone else sees every booking.
 */
export const visibilityFor = (session: Session, counsellorId: string): 'full' | 'busy' =>
  session.role === 'part_time' && counsellorId !== session.userId ? 'busy' : 'full'

/** A part-time counsellor books, moves, cancels and marks attended on their own calendar only. */
export function assertMayWorkOn(session: Session, counsellorId: string): void {
  if (session.role === 'part_time' && counsellorId !== session.userId) throw new ForbiddenError('errors.appointments.notYourCalendar')
}

/** Weekly hours and leave: the admin keeps anyone's, a counsellor their own. */
export function assertMayEditAvailability(session: Session, userId: string): void {
  if (session.role !== 'admin' && userId !== session.userId) throw new ForbiddenError('errors.appointments.notYourCalendar')
}

/** An appointment is with an active clinical colleague; `path` names the field that chose them. */
export function assertCounsellor(t: Tx, userId: string, path: string): void {
  const row = t.orm
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true), inArray(users.role, [...CLINICAL_ROLES])))
    .get()
  if (!row) throw new FieldError(path, 'errors.appointments.notCounsellor')
}

/** A booking or a weekly slot names a room that exists and is in use (null: phone/online). */
export function assertRoomInUse(t: Tx, roomId: string | null, path: string): void {
  if (roomId === null) return
  const row = t.orm.select({ active: rooms.active }).from(rooms).where(eq(rooms.id, roomId)).get()
  if (!row?.active) throw new FieldError(path, 'errors.appointments.roomNotInUse')
}

/** The IDs of active clinical colleagues (whose calendars a view shows when none are picked). */
export function activeCounsellorIds(t: Tx): string[] {
  return t.orm
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...CLINICAL_ROLES])))
    .all()
    .map((r) => r.id)
}
