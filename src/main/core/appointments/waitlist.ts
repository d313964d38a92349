import { randomUUID } from 'node:crypto'
import type { ChannelOutput } from '@shared/contract'
import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import { ConflictError, NotFoundError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { studentAccess } from '../students/access'
import { students } from '../students/schema'
import { waitlist } from './schema'

type WaitlistEntry = ChannelOutput<'appointments.waitlist.add'>

/** Urgent first, then soon, then routine; within each, who has waited longest. */
const urgencyRank = sql`CASE ${waitlist.urgency} WHEN 'urgent' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END`

function entries(t: Tx, where: ReturnType<typeof and>): WaitlistEntry[] {
  return t.orm
    .select({
      id: waitlist.id,
      studentId: waitlist.studentId,
      studentName: students.name,
      studentNo: students.studentNo,
      phone: students.phone,
      urgency: waitlist.urgency,
      addedAt: waitlist.addedAt,
      note: waitlist.note
    })
    .from(waitlist)
    .innerJoin(students, eq(students.id, waitlist.studentId))
    .where(where)
    .orderBy(urgencyRank, asc(waitlist.addedAt), asc(waitlist.id))
    .all()
}

/** Students waiting for a first appointment (names and phones: the list itself is audited). */
export function listWaitlist(t: Tx): WaitlistEntry[] {
  const open = entries(t, isNull(waitlist.closedAt))
  t.audit({ action: 'appointments.waitlist.list', summary: { entries: open.length } })
  return open
}

const openEntryOf = (t: Tx, studentId: string) =>
  t.orm
    .select()
    .from(waitlist)
    .where(and(eq(waitlist.studentId, studentId), isNull(waitlist.closedAt)))
    .get()

export function addToWaitlist(t: Tx, session: Session, input: ParsedInput<'appointments.waitlist.add'>): WaitlistEntry {
  studentAccess(t, session, input.studentId)
  if (openEntryOf(t, input.studentId)) throw new ConflictError('errors.appointments.alreadyWaiting')
  const id = randomUUID()
  t.orm.insert(waitlist).values({ id, ...input, addedAt: t.at, addedBy: session.userId }).run()
  t.audit({ action: 'appointments.waitlist.add', entity: 'student', entityId: input.studentId, summary: { urgency: input.urgency, waitlistId: id } })
  return entries(t, eq(waitlist.id, id))[0]!
}

function openEntry(t: Tx, id: string) {
  const row = t.orm.select().from(waitlist).where(eq(waitlist.id, id)).get()
  if (!row) throw new NotFoundError()
  if (row.closedAt !== null) throw new ConflictError('errors.appointments.waitlistClosed')
  return row
}

/** Taken off the list without a booking here: withdrawn, or booked somewhere else. Kept, closed. */
export function removeFromWaitlist(t: Tx, session: Session, input: ParsedInput<'appointments.waitlist.remove'>): Record<string, never> {
  const row = openEntry(t, input.id)
  studentAccess(t, session, row.studentId)
  t.orm.update(waitlist).set({ closedAt: t.at, closedReason: input.reason }).where(eq(waitlist.id, input.id)).run()
  t.audit({ action: 'appointments.waitlist.remove', entity: 'student', entityId: row.studentId, summary: { reason: input.reason, waitlistId: input.id } })
  return {}
}

/** The booking's own transaction closes the entry it was made from, so neither happens without the other. */
export function closeForBooking(t: Tx, waitlistId: string, studentId: string | null, appointmentId: string): void {
  const row = openEntry(t, waitlistId)
  if (row.studentId !== studentId) throw new ConflictError('errors.appointments.waitlistOtherStudent')
  t.orm.update(waitlist).set({ closedAt: t.at, closedReason: 'booked', appointmentId }).where(eq(waitlist.id, waitlistId)).run()
}

/** For the dashboard: how many wait, and since when the longest has. */
export function waitlistSummary(t: Tx): { length: number; oldestAddedAt: string | null } {
  const row = t.orm
    .select({ length: sql<number>`count(*)`, oldest: sql<string | null>`min(${waitlist.addedAt})` })
    .from(waitlist)
    .where(isNull(waitlist.closedAt))
    .get()
  return { length: row?.length ?? 0, oldestAddedAt: row?.oldest ?? null }
}
