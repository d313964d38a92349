import { centreDate } from '@shared/centreTime'
import type { HospitalDto, ReferralDto, ReferralEventDto, ReferralForm, ReferralRowDto } from '@shared/contract'
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import { students } from '../students/schema'
import { users } from '../users/schema'
import type { ReferralRow } from './access'
import { dueDate, isOverdue } from './due'
import { hospitals, referralEvents, referrals } from './schema'

type EventRow = typeof referralEvents.$inferSelect

/**
 * The step events that brought the referral to where it stands, oldest first: each step is
 * pushed, each step back pops one. The last is the step that entered the current state.
 */
export function entryStack<E extends Pick<EventRow, 'kind'>>(events: readonly E[]): E[] {
  const stack: E[] = []
  for (const event of events) {
    if (event.kind === 'step') stack.push(event)
    else if (event.kind === 'back') stack.pop()
  }
  return stack
}

function eventRows(t: Tx, referralIds: string[]): (EventRow & { byName: string | null })[] {
  if (referralIds.length === 0) return []
  return t.orm
    .select({ event: referralEvents, byName: users.displayName })
    .from(referralEvents)
    .leftJoin(users, eq(users.id, referralEvents.byUserId))
    .where(inArray(referralEvents.referralId, referralIds))
    .orderBy(asc(referralEvents.recordedAt), asc(sql`${referralEvents}.rowid`))
    .all()
    .map(({ event, byName }) => ({ ...event, byName }))
}

const detailsOf = (event: Pick<EventRow, 'details'> | undefined): Record<string, string> =>
  event ? (JSON.parse(event.details) as Record<string, string>) : {}

/** The due date and overdue flag of a referral, from its state and the step that entered it. */
function timing(t: Tx, row: Pick<ReferralRow, 'status' | 'statusDate' | 'urgency'>, events: EventRow[]): { dueDate: string | null; overdue: boolean } {
  const due = dueDate({ status: row.status, statusDate: row.statusDate, urgency: row.urgency, entryDetails: detailsOf(entryStack(events).at(-1)) })
  return { dueDate: due, overdue: isOverdue(due, centreDate(t.now)) }
}

function toEventDto(event: EventRow & { byName: string | null }): ReferralEventDto {
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    date: event.date,
    details: detailsOf(event),
    reason: event.reason,
    contactWith: event.contactWith,
    contactChannel: event.contactChannel,
    byName: event.byName,
    recordedAt: event.recordedAt
  }
}

export function hospitalById(t: Tx, id: string | null): HospitalDto | null {
  return id === null ? null : (t.orm.select().from(hospitals).where(eq(hospitals.id, id)).get() ?? null)
}

/** The whole referral: the form, the hospital, every step and contact, and when the next step is due. */
export function toReferralDto(t: Tx, row: ReferralRow): ReferralDto {
  const student = t.orm.select({ name: students.name, studentNo: students.studentNo }).from(students).where(eq(students.id, row.studentId)).get()
  const counsellor = t.orm.select({ name: users.displayName }).from(users).where(eq(users.id, row.counsellorId)).get()
  const events = eventRows(t, [row.id])
  return {
    id: row.id,
    studentId: row.studentId,
    studentName: student?.name ?? '',
    studentNo: student?.studentNo ?? '',
    counsellorId: row.counsellorId,
    counsellorName: counsellor?.name ?? null,
    status: row.status,
    form: JSON.parse(row.form) as ReferralForm,
    hospital: hospitalById(t, row.hospitalId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...timing(t, row, events),
    events: events.map(toEventDto)
  }
}

/** List lines (no form, no events) for the referrals matching `where`, in the query's order. */
export function referralRows(t: Tx, where: SQL | undefined): ReferralRowDto[] {
  const rows = t.orm
    .select({ referral: referrals, studentName: students.name, studentNo: students.studentNo, counsellorName: users.displayName, hospitalName: hospitals.name })
    .from(referrals)
    .innerJoin(students, eq(students.id, referrals.studentId))
    .leftJoin(users, eq(users.id, referrals.counsellorId))
    .leftJoin(hospitals, eq(hospitals.id, referrals.hospitalId))
    .where(where)
    .orderBy(asc(referrals.createdAt), asc(sql`${referrals}.rowid`))
    .all()
  // Only a leave's due date depends on its step's details (`until`).
  const events = eventRows(t, rows.filter((r) => r.referral.status === 'on_leave').map((r) => r.referral.id))
  return rows.map(({ referral, ...names }) => ({
    id: referral.id,
    studentId: referral.studentId,
    studentName: names.studentName,
    studentNo: names.studentNo,
    counsellorId: referral.counsellorId,
    counsellorName: names.counsellorName,
    status: referral.status,
    urgency: referral.urgency,
    hospitalName: names.hospitalName,
    createdAt: referral.createdAt,
    updatedAt: referral.updatedAt,
    ...timing(t, referral, events.filter((e) => e.referralId === referral.id))
  }))
}
