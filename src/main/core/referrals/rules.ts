import { centreDate, isRealDate } from '@shared/centreTime'
import type { ReferralDto, ReferralForm } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { AppError } from '../errors'
import { watchStatus } from '../watch/schema'
import { hospitals } from './schema'

/*
 * What a referral must hold beyond its schema. A draft needs only what the schema asks (urgency,
 * risk level, the counsellor's name and phone); a letter, and a referral marked sent, need the
 * rest of what a hospital reads: where to, why, what is asked of it, and who consented.
 */

export function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)
}

/** Dates the counsellor wrote on the form: real days, not in the future. */
function formDateIssues(form: ReferralForm, today: string): FieldIssue[] {
  const dates: [string, string | null][] = [
    ['form.consent.date', form.consent.date],
    ['form.familyInformed.date', form.familyInformed.date]
  ]
  return dates.flatMap(([path, date]): FieldIssue[] => {
    if (date === null) return []
    if (!isRealDate(date)) return [{ path, messageKey: 'validation.date' }]
    return date > today ? [{ path, messageKey: 'errors.referrals.dateInFuture' }] : []
  })
}

/**
 * A form fit to be saved: its dates real, its hospital in the directory. A hospital taken off
 * the list may stay on a referral that already names it (`keepHospitalId`), not be chosen anew.
 */
export function formIssues(t: Tx, form: ReferralForm, keepHospitalId: string | null): FieldIssue[] {
  const issues = formDateIssues(form, centreDate(t.now))
  if (form.hospitalId !== null) {
    const hospital = t.orm.select({ active: hospitals.active }).from(hospitals).where(eq(hospitals.id, form.hospitalId)).get()
    if (!hospital) issues.push({ path: 'form.hospitalId', messageKey: 'errors.referrals.unknownHospital' })
    else if (!hospital.active && form.hospitalId !== keepHospitalId) issues.push({ path: 'form.hospitalId', messageKey: 'errors.referrals.hospitalInactive' })
  }
  return issues
}

const blank = (text: string | null | undefined): boolean => !text?.trim()

/** The letter's fields that are still empty (the letter PDF refuses to print without them). */
export function letterIssues(dto: Pick<ReferralDto, 'form' | 'hospital'>): FieldIssue[] {
  const { form } = dto
  const missing: [string, boolean][] = [
    ['form.hospitalId', form.hospitalId === null || dto.hospital === null],
    ['form.reason', blank(form.reason)],
    ['form.requests', form.requests.length === 0],
    ['form.consent.by', form.consent.by === null],
    ['form.counsellorPhone', blank(form.counsellorPhone)]
  ]
  return missing.filter(([, empty]) => empty).map(([path]) => ({ path, messageKey: 'errors.referrals.requiredForLetter' }))
}

export function isInCrisisTier(t: Tx, studentId: string): boolean {
  return t.orm.select({ tier: watchStatus.tier }).from(watchStatus).where(eq(watchStatus.studentId, studentId)).get()?.tier === 'crisis'
}

/**
 * What marking a referral sent needs: the letter's fields, and for a student in the crisis tier
 * a record that the family was told (who and when) — a crisis referral goes ahead with the family.
 */
export function sendIssues(t: Tx, dto: Pick<ReferralDto, 'form' | 'hospital' | 'studentId'>): FieldIssue[] {
  const issues = letterIssues(dto)
  if (isInCrisisTier(t, dto.studentId)) {
    if (blank(dto.form.familyInformed.who)) issues.push({ path: 'form.familyInformed.who', messageKey: 'errors.referrals.familyInformedRequired' })
    if (dto.form.familyInformed.date === null) issues.push({ path: 'form.familyInformed.date', messageKey: 'errors.referrals.familyInformedRequired' })
  }
  return issues
}
