import type { ReferralDto, ReferralRowDto } from '@shared/contract'
import { and, eq, ne } from 'drizzle-orm'
import type { Tx } from '../context'
import type { Session } from '../state'
import { assertClinicalAccess, visibleTo } from '../students/access'
import { referralForCaller } from './access'
import { referralRows, toReferralDto } from './dto'
import { referrals } from './schema'

/**
 * The referral for a caller who may see its student, without an audit row: for a caller that
 * writes its own (the letter and the return form PDFs audit their print).
 */
export function getReferral(t: Tx, session: Session, id: string): ReferralDto {
  return toReferralDto(t, referralForCaller(t, session, id))
}

/** Opens one referral: a read of the student's record, audited. */
export function viewReferral(t: Tx, session: Session, id: string): ReferralDto {
  const dto = getReferral(t, session, id)
  t.audit({ action: 'referrals.view', entity: 'referral', entityId: id, summary: { studentId: dto.studentId, status: dto.status } })
  return dto
}

/** The student file's referrals, newest first. */
export function referralsOfStudent(t: Tx, session: Session, studentId: string): ReferralRowDto[] {
  assertClinicalAccess(t, session, studentId)
  const rows = referralRows(t, eq(referrals.studentId, studentId)).reverse()
  t.audit({ action: 'referrals.student.view', entity: 'student', entityId: studentId, summary: { count: rows.length } })
  return rows
}

/** Overdue first, then the soonest due; the oldest referral breaks a tie. */
function byUrgencyOfNextStep(a: ReferralRowDto, b: ReferralRowDto): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  return (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt)
}

/**
 * The referrals of the students the caller may see: the open ones (not closed) with the overdue
 * first, for the dashboard; or all, newest first. The dashboard asks often: an empty answer
 * discloses nothing and is not written down.
 */
export function listReferrals(t: Tx, session: Session, open: boolean): ReferralRowDto[] {
  const rows = referralRows(t, and(open ? ne(referrals.status, 'closed') : undefined, visibleTo(session)))
  const sorted = open ? rows.sort(byUrgencyOfNextStep) : rows.reverse()
  if (sorted.length > 0) {
    t.audit({ action: 'referrals.list', summary: { open, count: sorted.length, overdue: sorted.filter((r) => r.overdue).length } })
  }
  return sorted
}
