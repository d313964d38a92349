import { translate } from '@shared/i18n'
import { beforeAll, describe, expect, it } from 'vitest'
import { err, ok } from '../helpers/core'
import { HIGH_RISK, soapDraft, writeSigned, type NoteWorld } from '../notes/noteWorld'
import { as, createReferral, fullForm, setUpReferralWorld, type ReferralWorld } from './referralWorld'

const INTAKE = {
  referral_source: 'advisor',
  presenting_problem: '近两月情绪低落，夜间难以入睡',
  onset: '期中考试失利后开始',
  mood_affect: '情绪低落，哭泣',
  assessment: '抑郁情绪明显，伴自杀意念',
  plan: '建议精神科评估'
}
const SENSITIVE_TEXT = '来访者谈及家庭隐私与童年创伤'

/** Signs an intake note with a high risk, as the logged-in counsellor. */
async function signIntake(w: NoteWorld, studentId: string): Promise<void> {
  const note = await ok(w.core, 'notes.create', { studentId, appointmentId: null, templateKey: 'intake' })
  await ok(w.core, 'notes.saveDraft', { id: note.id, content: INTAKE, categories: ['mood'], risk: HIGH_RISK, level: null, lowerReason: null, sensitive: false })
  await ok(w.core, 'notes.sign', { id: note.id })
}

/** A minute between notes, so that "oldest first" and "newest" mean something. */
const minuteLater = (w: NoteWorld): void => w.core.clock.advance(60_000)

describe('the prefill, access and what the record shows', () => {
  let w: ReferralWorld

  beforeAll(async () => {
    w = await setUpReferralWorld()
    await as(w, w.counsellor)
    await writeSigned(w, w.students.zhang)
    minuteLater(w)
    await signIntake(w, w.students.zhang)
    minuteLater(w)
    // A colleague's sensitive note, with a higher level than the intake: 张老师 may not read it.
    await as(w, w.colleague)
    await writeSigned(w, w.students.zhang, { sensitive: true, content: { ...soapDraft('').content, subjective: SENSITIVE_TEXT }, risk: HIGH_RISK, level: 'imminent' })
    await as(w, w.counsellor)
  }, 90_000)

  it('prefills the history oldest first, the latest risk in words, the intake’s problem and the caller’s name', async () => {
    const prefill = await ok(w.core, 'referrals.prefill', { studentId: w.students.zhang })
    const lines = prefill.history.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(`2026-11-02 · 个体咨询记录（SOAP）：${Object.values(soapDraft('').content).join('；')}`)
    expect(lines[1]).toMatch(/^2026-11-02 · 初始访谈：近两月情绪低落，夜间难以入睡；期中考试失利后开始；/)
    expect(prefill.history).not.toContain(SENSITIVE_TEXT)
    expect(prefill).toMatchObject({ tier: null, urgency: null, riskLevel: 'high', presentingProblems: '近两月情绪低落，夜间难以入睡\n期中考试失利后开始', counsellorName: '张老师' })
    expect(prefill.riskSummary).toBe(
      '自杀意念：主动；自杀计划：是；实施意图：否；可获得的手段：否；既往自杀尝试：无；自伤行为：无；伤害他人的风险：无；保护性因素：无（2026-11-02 评估）'
    )
  })

  it('names the newest result of each screening instrument in words, never the answers', async () => {
    expect((await ok(w.core, 'referrals.prefill', { studentId: w.students.zhang })).screening).toBe('')
    await ok(w.core, 'screening.administer', { studentId: w.students.zhang, instrumentKey: 'phq9', takenOn: '2026-10-08', answers: [3, 3, 3, 3, 3, 3, 3, 3, 0] })
    await ok(w.core, 'screening.administer', { studentId: w.students.zhang, instrumentKey: 'phq9', takenOn: '2026-11-01', answers: [2, 2, 2, 2, 1, 1, 1, 1, 1] })
    await ok(w.core, 'screening.administer', { studentId: w.students.zhang, instrumentKey: 'gad7', takenOn: '2026-10-08', answers: [1, 1, 1, 0, 0, 0, 0] })
    const prefill = await ok(w.core, 'referrals.prefill', { studentId: w.students.zhang })
    expect(prefill.screening).toBe(['2026-11-01 PHQ-9：总分 13；中度；中度抑郁症状；关键条目：第 9 题；筛查阳性', '2026-10-08 GAD-7：总分 3；无或极轻微；未达筛查标准'].join('\n'))
  })

  it('the author of the sensitive note reads it, and its level is the latest', async () => {
    await as(w, w.colleague)
    const prefill = await ok(w.core, 'referrals.prefill', { studentId: w.students.zhang })
    expect(prefill.history.split('\n')).toHaveLength(3)
    expect(prefill.history).toContain(SENSITIVE_TEXT)
    expect(prefill).toMatchObject({ riskLevel: 'imminent', counsellorName: '王老师' })
    await as(w, w.counsellor)
  })

  it('a part-time counsellor works on their stations’ students only; the front desk on none', async () => {
    await as(w)
    const outside = await createReferral(w, w.students.zhao, fullForm(w.hospitalId))
    const inside = await createReferral(w, w.students.li, fullForm(w.hospitalId))
    await as(w, w.partTime)
    expect(await err(w.core, 'referrals.prefill', { studentId: w.students.zhao })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await err(w.core, 'referrals.create', { studentId: w.students.zhao, form: fullForm(w.hospitalId) })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await err(w.core, 'referrals.get', { id: outside.id })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await err(w.core, 'referrals.contact', { id: outside.id, with: 'family', channel: 'phone', date: '2026-11-02', summary: '电话' })).toMatchObject({
      code: 'FORBIDDEN'
    })
    expect((await ok(w.core, 'referrals.list', { open: true })).map((r) => r.id)).toEqual([inside.id])
    const own = await createReferral(w, w.students.wang, fullForm(w.hospitalId, { counsellorName: '李老师' }))
    expect(own.counsellorName).toBe('李老师')

    await as(w, w.assistant)
    for (const call of [
      () => err(w.core, 'referrals.list', { open: true }),
      () => err(w.core, 'referrals.get', { id: inside.id }),
      () => err(w.core, 'referrals.forStudent', { studentId: w.students.li })
    ]) {
      expect(await call()).toMatchObject({ code: 'FORBIDDEN' })
    }
    expect((await ok(w.core, 'students.timeline', { id: w.students.li })).filter((e) => e.kind === 'referral')).toEqual([])
    await as(w)
  })

  it('the student’s timeline shows each step and contact, without clinical text', async () => {
    minuteLater(w)
    const referral = await createReferral(w, w.students.li, fullForm(w.hospitalId))
    minuteLater(w)
    await ok(w.core, 'referrals.contact', { id: referral.id, with: 'family', channel: 'phone', date: '2026-11-02', summary: '与母亲电话沟通就诊安排' })
    minuteLater(w)
    await ok(w.core, 'referrals.advance', { id: referral.id, to: 'sent', date: '2026-11-02', details: { method: '辅导员陪同前往' } })
    minuteLater(w)
    await ok(w.core, 'referrals.stepBack', { id: referral.id, reason: '误记：学生当天未能就诊' })
    const entries = (await ok(w.core, 'students.timeline', { id: w.students.li })).filter((e) => e.kind === 'referral')
    const mine = entries.slice(0, 4).reverse()
    expect(mine.map((e) => e.titleKey)).toEqual([
      'timeline.referrals.step.draft',
      'timeline.referrals.contact.family',
      'timeline.referrals.step.sent',
      'timeline.referrals.back.draft'
    ])
    for (const entry of entries) {
      expect(entry.detail).toBeNull()
      expect(translate('zh-CN', entry.titleKey, entry.params)).not.toMatch(/\{\{|undefined/)
      expect(translate('en', entry.titleKey, entry.params)).toBeDefined()
    }
    expect(JSON.stringify(entries)).not.toMatch(/母亲|辅导员|误记|精神卫生/)
  })

  it('audit rows of referrals name ids and kinds, never the form’s text, a name or a hospital', () => {
    const rows = w.raw.prepare("SELECT action, entity, entity_id, summary FROM audit_log WHERE action LIKE 'referrals.%'").all() as { action: string; summary: string }[]
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set(['referrals.hospitals.save', 'referrals.prefill', 'referrals.create', 'referrals.list', 'referrals.contact', 'referrals.advance', 'referrals.stepBack'])
    )
    const text = JSON.stringify(rows)
    for (const clinical of ['抑郁', '母亲', '辅导员', '误记', '张三', '李四', '张老师', '精神卫生', '13800000001', SENSITIVE_TEXT]) expect(text).not.toContain(clinical)
  })
})
