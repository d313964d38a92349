import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { paths } from '../notes/noteWorld'
import { advanceTo, createReferral, daysLater, fullForm, referralDigest, setUpReferralWorld, type ReferralWorld } from './referralWorld'

/** The tracking: no step skipped, dates in order, steps back with a reason, reopening, overdue steps. */
describe('the referral steps', () => {
  let w: ReferralWorld
  let id: string

  beforeAll(async () => {
    w = await setUpReferralWorld()
    id = (await createReferral(w, w.students.zhang, fullForm(w.hospitalId, { urgency: 'routine' }))).id
  }, 60_000)

  const refused = async (input: Parameters<typeof w.core.call<'referrals.advance'>>[1]): Promise<string[]> => {
    const before = referralDigest(w.raw)
    const error = await err(w.core, 'referrals.advance', input)
    expect(error.code).toBe('VALIDATION')
    expect(referralDigest(w.raw)).toEqual(before)
    return paths(error)
  }

  it('goes only to the next state, on a real day no earlier than the last step and not in the future', async () => {
    expect(await refused({ id, to: 'seen', date: '2026-11-02', details: {} })).toEqual(['to: errors.referrals.notNextStep'])
    expect(await refused({ id, to: 'sent', date: '2026-11-03', details: {} })).toEqual(['date: errors.referrals.dateInFuture'])
    expect(await refused({ id, to: 'sent', date: '2026-10-30', details: {} })).toEqual(['date: errors.referrals.dateBeforePrevious'])
    expect(await refused({ id, to: 'sent', date: '2026-02-30', details: {} })).toEqual(['date: validation.date'])
    expect(await refused({ id, to: 'sent', date: '2026-11-02', details: { doctor: '李医生' } })).toEqual(['details.doctor: errors.referrals.unknownDetail'])

    const sent = await advanceTo(w, id, 'sent', '2026-11-02', { method: '辅导员陪同' })
    expect(sent).toMatchObject({ status: 'sent', dueDate: '2026-11-09', overdue: false })
    expect(sent.events.at(-1)).toMatchObject({ kind: 'step', status: 'sent', date: '2026-11-02', details: { method: '辅导员陪同' }, byName: '王主任' })
  })

  it('an overdue step shows with the clock, and the open list puts it first', async () => {
    const recent = await createReferral(w, w.students.li, fullForm(w.hospitalId))
    await daysLater(w, 8)
    const fresh = await createReferral(w, w.students.wang, fullForm(w.hospitalId))
    expect(await ok(w.core, 'referrals.get', { id })).toMatchObject({ dueDate: '2026-11-09', overdue: true })
    const open = await ok(w.core, 'referrals.list', { open: true })
    expect(open.map((r) => [r.id, r.overdue, r.dueDate])).toEqual([
      // Both overdue: the one due first leads.
      [recent.id, true, '2026-11-05'],
      [id, true, '2026-11-09'],
      [fresh.id, false, '2026-11-13']
    ])
    expect((await ok(w.core, 'referrals.list', { open: false })).map((r) => r.id)).toEqual([fresh.id, recent.id, id])
    expect(open[1]).toMatchObject({ studentName: '张三', urgency: 'routine', hospitalName: '示范市精神卫生中心', counsellorName: '王主任', status: 'sent' })
  })

  it('the outcome needs a diagnosis; a leave may say until when', async () => {
    await advanceTo(w, id, 'seen', '2026-11-09', { doctor: '李医生' })
    expect(await refused({ id, to: 'outcome', date: '2026-11-10', details: { treatment: '药物治疗' } })).toEqual(['details.diagnosis: validation.required'])
    const outcome = await advanceTo(w, id, 'outcome', '2026-11-10', { diagnosis: '抑郁发作', treatment: '药物治疗', advice: '休学治疗' })
    expect(outcome.dueDate).toBe('2026-12-10')
    expect(await refused({ id, to: 'follow_up', date: '2026-11-10', details: {} })).toEqual(['to: errors.referrals.notNextStep'])
    expect(await refused({ id, to: 'on_leave', date: '2026-11-10', details: { until: '2026-11-01' } })).toEqual(['details.until: errors.referrals.untilBeforeStart'])
    expect(await advanceTo(w, id, 'on_leave', '2026-11-10', { until: '2027-03-01', certificate: '诊断证明' })).toMatchObject({ status: 'on_leave', dueDate: '2027-03-01' })
    const listed = (await ok(w.core, 'referrals.forStudent', { studentId: w.students.zhang }))[0]!
    expect(listed).toMatchObject({ status: 'on_leave', dueDate: '2027-03-01' })
  })

  it('a step back needs a reason and returns to the state before, with its own date', async () => {
    const before = referralDigest(w.raw)
    expect(paths(await err(w.core, 'referrals.stepBack', { id, reason: '  ' }))).toEqual(['reason: validation.required'])
    expect(referralDigest(w.raw)).toEqual(before)
    const back = await ok(w.core, 'referrals.stepBack', { id, reason: '误记：学生未办理休学' })
    expect(back).toMatchObject({ status: 'outcome', dueDate: '2026-12-10' })
    expect(back.events.at(-1)).toMatchObject({ kind: 'back', status: 'outcome', date: '2026-11-10', reason: '误记：学生未办理休学' })
    // Straight back at school instead.
    await advanceTo(w, id, 'returned', '2026-11-10', { returnAssessment: '情绪平稳，可复学' })
    await advanceTo(w, id, 'follow_up', '2026-11-10', { plan: '每两周咨询一次' })
    const closed = await advanceTo(w, id, 'closed', '2026-11-10', { summary: '随访三个月，状态稳定' })
    expect(closed).toMatchObject({ status: 'closed', dueDate: null, overdue: false })
    expect((await ok(w.core, 'referrals.list', { open: true })).map((r) => r.id)).not.toContain(id)
  })

  it('a closed referral takes no step and no contact; it is reopened to follow-up with a reason', async () => {
    const before = referralDigest(w.raw)
    expect(await err(w.core, 'referrals.advance', { id, to: 'follow_up', date: '2026-11-10', details: {} })).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.referrals.closed' })
    expect(await err(w.core, 'referrals.contact', { id, with: 'family', channel: 'phone', date: '2026-11-10', summary: '电话回访' })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.referrals.closed'
    })
    expect(referralDigest(w.raw)).toEqual(before)
    const reopened = await ok(w.core, 'referrals.stepBack', { id, reason: '家长反映学生近期又出现失眠' })
    expect(reopened).toMatchObject({ status: 'follow_up', dueDate: '2027-02-08' })
    expect(reopened.events.map((e) => `${e.kind}:${e.status}`)).toEqual([
      'step:draft',
      'step:sent',
      'step:seen',
      'step:outcome',
      'step:on_leave',
      'back:outcome',
      'step:returned',
      'step:follow_up',
      'step:closed',
      'back:follow_up'
    ])
  })

  it('a draft has no step to go back to; contacts are dated and logged', async () => {
    const draft = await createReferral(w, w.students.zhang, fullForm(w.hospitalId))
    expect(await err(w.core, 'referrals.stepBack', { id: draft.id, reason: '误操作' })).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.referrals.draftNoBack' })
    expect(paths(await err(w.core, 'referrals.contact', { id: draft.id, with: 'family', channel: 'phone', date: '2026-11-11', summary: '约定就诊时间' }))).toEqual([
      'date: errors.referrals.dateInFuture'
    ])
    const contacted = await ok(w.core, 'referrals.contact', { id: draft.id, with: 'hospital', channel: 'phone', date: '2026-11-10', summary: '与赵医生约定周三上午就诊' })
    expect(contacted.status).toBe('draft')
    expect(contacted.events.at(-1)).toMatchObject({ kind: 'contact', status: null, contactWith: 'hospital', contactChannel: 'phone', date: '2026-11-10', reason: '与赵医生约定周三上午就诊' })
  })
})
