import { randomUUID } from 'node:crypto'
import { centreDate } from '@shared/centreTime'
import type { ReferralDto } from '@shared/contract'
import { and, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { ConflictError } from '../errors'
import type { ParsedInput } from '../registry'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { referralForCaller } from './access'
import { toReferralDto } from './dto'
import { formIssues, throwIfAny } from './rules'
import { referralEvents, referrals } from './schema'

/*
 * Creating and editing the referral form. The caller becomes the referring counsellor. Only a
 * draft is edited: once sent, the letter the hospital holds says what it said. Audit rows name
 * ids and enum values only — the form is clinical text.
 */

export function createReferral(t: Tx, session: Session, input: ParsedInput<'referrals.create'>): ReferralDto {
  assertClinicalAccess(t, session, input.studentId)
  throwIfAny(formIssues(t, input.form, null))
  const today = centreDate(t.now)
  const row = {
    id: randomUUID(),
    studentId: input.studentId,
    counsellorId: session.userId,
    hospitalId: input.form.hospitalId,
    status: 'draft' as const,
    urgency: input.form.urgency,
    form: JSON.stringify(input.form),
    statusDate: today,
    createdAt: t.at,
    updatedAt: t.at
  }
  t.orm.insert(referrals).values(row).run()
  // The draft is the first step: the timeline shows when the referral was started, and by whom.
  t.orm
    .insert(referralEvents)
    .values({ id: randomUUID(), referralId: row.id, kind: 'step', status: 'draft', date: today, byUserId: session.userId, recordedAt: t.at })
    .run()
  t.audit({
    action: 'referrals.create',
    entity: 'referral',
    entityId: row.id,
    summary: { studentId: row.studentId, urgency: row.urgency, riskLevel: input.form.riskLevel, hospitalId: row.hospitalId }
  })
  return toReferralDto(t, row)
}

export function updateReferral(t: Tx, session: Session, input: ParsedInput<'referrals.update'>): ReferralDto {
  const existing = referralForCaller(t, session, input.id)
  if (existing.status !== 'draft') throw new ConflictError('errors.referrals.notDraft')
  throwIfAny(formIssues(t, input.form, existing.hospitalId))
  const changes = { hospitalId: input.form.hospitalId, urgency: input.form.urgency, form: JSON.stringify(input.form), updatedAt: t.at }
  const written = t.orm
    .update(referrals)
    .set(changes)
    .where(and(eq(referrals.id, existing.id), eq(referrals.status, 'draft')))
    .run()
  if (written.changes !== 1) throw new ConflictError('errors.referrals.notDraft')
  t.audit({
    action: 'referrals.update',
    entity: 'referral',
    entityId: existing.id,
    summary: { studentId: existing.studentId, urgency: changes.urgency, riskLevel: input.form.riskLevel, hospitalId: changes.hospitalId }
  })
  return toReferralDto(t, { ...existing, ...changes })
}
