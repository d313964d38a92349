import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { paths } from '../notes/noteWorld'
import { setTier } from '../watch/helpers'
import { as, createReferral, DRAFT_FORM, fullForm, HOSPITAL, referralDigest, setUpReferralWorld, type ReferralWorld } from './referralWorld'

/** The referral form: what a draft needs, what a letter and a sent referral need, the crisis rule, the directory. */
describe('the referral form', () => {
  let w: ReferralWorld

  beforeAll(async () => {
    w = await setUpReferralWorld()
  }, 60_000)

  it('a draft needs the urgency, the risk level and the counsellor’s phone; without them nothing is written', async () => {
    const before = referralDigest(w.raw)
    const { urgency: _u, riskLevel: _r, ...rest } = DRAFT_FORM
    const missing = await err(w.core, 'referrals.create', { studentId: w.students.zhang, form: { ...rest, counsellorPhone: '' } })
    expect(missing.code).toBe('VALIDATION')
    // The two lists answer "choose from the list"; the empty phone, "required".
    expect(paths(missing).sort()).toEqual(['form.counsellorPhone: validation.required', 'form.riskLevel: validation.choice', 'form.urgency: validation.choice'])
    expect(referralDigest(w.raw)).toEqual(before)

    const draft = await createReferral(w, w.students.zhang, DRAFT_FORM)
    expect(draft).toMatchObject({ status: 'draft', studentName: '张三', counsellorName: '王主任', hospital: null, dueDate: '2026-11-05', overdue: false })
    expect(draft.events).toMatchObject([{ kind: 'step', status: 'draft', date: '2026-11-02' }])
  })

  it('form dates are real days not in the future, and the hospital one in the directory', async () => {
    const before = referralDigest(w.raw)
    const error = await err(w.core, 'referrals.create', {
      studentId: w.students.zhang,
      form: { ...fullForm('00000000-0000-4000-8000-000000000000'), consent: { by: 'student', date: '2026-02-30', how: 'verbal', note: '' }, familyInformed: { who: '父亲', date: '2026-11-03', note: '' } }
    })
    expect(paths(error).sort()).toEqual([
      'form.consent.date: validation.date',
      'form.familyInformed.date: errors.referrals.dateInFuture',
      'form.hospitalId: errors.referrals.unknownHospital'
    ])
    expect(referralDigest(w.raw)).toEqual(before)
  })

  it('marking sent needs the hospital, the reason, what is asked and the consent, listed together; nothing is written', async () => {
    const draft = await createReferral(w, w.students.li, DRAFT_FORM)
    const before = referralDigest(w.raw)
    const error = await err(w.core, 'referrals.advance', { id: draft.id, to: 'sent', date: '2026-11-02', details: {} })
    expect(error.code).toBe('VALIDATION')
    expect(paths(error)).toEqual([
      'form.hospitalId: errors.referrals.requiredForLetter',
      'form.reason: errors.referrals.requiredForLetter',
      'form.requests: errors.referrals.requiredForLetter',
      'form.consent.by: errors.referrals.requiredForLetter'
    ])
    expect(referralDigest(w.raw)).toEqual(before)

    // Not in the crisis tier: the family step is not required.
    await ok(w.core, 'referrals.update', { id: draft.id, form: fullForm(w.hospitalId, { familyInformed: { who: '', date: null, note: '' } }) })
    const sent = await ok(w.core, 'referrals.advance', { id: draft.id, to: 'sent', date: '2026-11-02', details: { method: '辅导员陪同前往' } })
    expect(sent).toMatchObject({ status: 'sent', hospital: { name: HOSPITAL.name }, dueDate: '2026-11-05' })
  })

  it('only a draft is edited', async () => {
    const [sent] = (await ok(w.core, 'referrals.forStudent', { studentId: w.students.li })).filter((r) => r.status === 'sent')
    const before = referralDigest(w.raw)
    expect(await err(w.core, 'referrals.update', { id: sent!.id, form: fullForm(w.hospitalId) })).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.referrals.notDraft' })
    expect(referralDigest(w.raw)).toEqual(before)
  })

  it('a student in the crisis tier: emergency is offered, and sent needs who in the family was told and when', async () => {
    await setTier(w.core, w.students.wang, 'crisis', '深夜流露轻生念头')
    const prefill = await ok(w.core, 'referrals.prefill', { studentId: w.students.wang })
    expect(prefill).toMatchObject({ tier: 'crisis', urgency: 'emergency', counsellorName: '王主任' })

    const draft = await createReferral(w, w.students.wang, fullForm(w.hospitalId, { urgency: 'emergency', familyInformed: { who: '', date: null, note: '' } }))
    const before = referralDigest(w.raw)
    const error = await err(w.core, 'referrals.advance', { id: draft.id, to: 'sent', date: '2026-11-02', details: {} })
    expect(paths(error)).toEqual(['form.familyInformed.who: errors.referrals.familyInformedRequired', 'form.familyInformed.date: errors.referrals.familyInformedRequired'])
    expect(referralDigest(w.raw)).toEqual(before)

    await ok(w.core, 'referrals.update', { id: draft.id, form: fullForm(w.hospitalId, { urgency: 'emergency' }) })
    // Emergency: the hospital is to see the student the next day.
    expect(await ok(w.core, 'referrals.advance', { id: draft.id, to: 'sent', date: '2026-11-02', details: {} })).toMatchObject({ status: 'sent', dueDate: '2026-11-03' })
  })

  it('the directory: admin keeps it, names are unique per department, an inactive hospital is not chosen anew', async () => {
    const before = referralDigest(w.raw)
    const twin = await err(w.core, 'referrals.hospitals.save', { id: null, hospital: HOSPITAL })
    expect(paths(twin)).toEqual(['hospital.name: errors.referrals.hospitalTaken'])
    expect(paths(await err(w.core, 'referrals.hospitals.save', { id: null, hospital: { ...HOSPITAL, name: ' ', phone: 'abc' } })).sort()).toEqual([
      'hospital.name: validation.required',
      'hospital.phone: validation.phone'
    ])
    expect(referralDigest(w.raw)).toEqual(before)

    const other = await ok(w.core, 'referrals.hospitals.save', { id: null, hospital: { ...HOSPITAL, name: '示范市第二人民医院', department: '精神科' } })
    const draft = await createReferral(w, w.students.zhang, fullForm(other.id))
    await ok(w.core, 'referrals.hospitals.save', { id: other.id, hospital: { ...HOSPITAL, name: '示范市第二人民医院', department: '精神科', active: false } })
    expect((await ok(w.core, 'referrals.hospitals.list', { includeInactive: false })).map((h) => h.id)).toEqual([w.hospitalId])
    expect((await ok(w.core, 'referrals.hospitals.list', { includeInactive: true })).map((h) => h.id)).toEqual([w.hospitalId, other.id])
    // The draft that names it keeps it; a new referral may not pick it.
    await ok(w.core, 'referrals.update', { id: draft.id, form: fullForm(other.id, { escort: '室友陪同' }) })
    expect(paths(await err(w.core, 'referrals.create', { studentId: w.students.zhang, form: fullForm(other.id) }))).toEqual(['form.hospitalId: errors.referrals.hospitalInactive'])

    await as(w, w.counsellor)
    expect(await err(w.core, 'referrals.hospitals.save', { id: null, hospital: { ...HOSPITAL, name: '另一家医院' } })).toMatchObject({ code: 'FORBIDDEN' })
    expect((await ok(w.core, 'referrals.hospitals.list', { includeInactive: false })).length).toBe(1)
    await as(w)
  })
})
