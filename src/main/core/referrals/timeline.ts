import type { TimelineEntryDto } from '@shared/contract'
import { asc, eq, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import type { StudentAccess } from '../students/access'
import { users } from '../users/schema'
import { referralEvents, referrals } from './schema'

/*
 * The referrals' part of the student timeline: each step (`timeline.referrals.<state>`), step
 * back and contact (`timeline.referrals.contact.<with>`), at the moment it was recorded, with
 * the day it happened as `date`. No clinical text: no details, reasons or contact summaries, no
 * hospital. The front desk sees nothing of referrals.
 */
export function referralsTimeline(t: Tx, studentId: string, access: StudentAccess): TimelineEntryDto[] {
  if (access !== 'clinical') return []
  return t.orm
    .select({ kind: referralEvents.kind, status: referralEvents.status, date: referralEvents.date, with: referralEvents.contactWith, at: referralEvents.recordedAt, byName: users.displayName })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .leftJoin(users, eq(users.id, referralEvents.byUserId))
    .where(eq(referrals.studentId, studentId))
    .orderBy(asc(referralEvents.recordedAt), asc(sql`${referralEvents}.rowid`))
    .all()
    .map((event): TimelineEntryDto => {
      const entry = { at: event.at, kind: 'referral', params: { date: event.date }, detail: null, byName: event.byName }
      if (event.kind === 'contact') return { ...entry, titleKey: `timeline.referrals.contact.${event.with ?? 'family'}` }
      if (event.kind === 'back') return { ...entry, titleKey: `timeline.referrals.back.${event.status ?? 'draft'}` }
      return { ...entry, titleKey: `timeline.referrals.step.${event.status ?? 'draft'}` }
    })
}
