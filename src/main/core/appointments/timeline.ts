import type { TimelineEntryDto } from '@shared/contract'
import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import type { StudentAccess } from '../students/access'
import { users } from '../users/schema'
import { ofStudent } from './read'
import { appointments } from './schema'

/*
 * The appointments' part of the student timeline, at each appointment's start. Titles are
 * `timeline.appointments.<status>`; params carry enum keys (appointmentKind, cancelReason) the
 * renderer translates, and the counsellor's name. The front desk books these, so it sees them
 * too; only the cancellation note (free text) is kept from it.
 */
export function appointmentsTimeline(t: Tx, studentId: string, access: StudentAccess): TimelineEntryDto[] {
  return t.orm
    .select({ a: appointments, counsellor: users.displayName })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.counsellorId))
    .where(ofStudent(studentId))
    .orderBy(asc(appointments.startAt))
    .all()
    .map(({ a, counsellor }) => ({
      at: a.startAt,
      kind: 'appointment',
      titleKey: `timeline.appointments.${a.status}`,
      params: { appointmentKind: a.kind, counsellor, ...(a.cancelReason ? { cancelReason: a.cancelReason } : {}) },
      detail: access === 'clinical' && a.cancelNote !== '' ? a.cancelNote : null,
      byName: counsellor
    }))
}
