import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, err, ok } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { LETTERHEAD } from '../reports/pdfText'
import { HOSPITAL, letterWorld, readBack, referralFor, squash, type LetterWorld } from './letterWorld'

/** The letter (转介函) and the return-to-school form (复学评估表), rendered for real and read back with pdftotext. */
describe('the referral letter', () => {
  let world: LetterWorld
  let raw: Database.Database
  let referralId: string
  let studentId: string

  beforeAll(async () => {
    world = await letterWorld()
    raw = openDb(world.core.dataDir, await unwrapDek(world.core.dataDir, ADMIN.username, ADMIN.password))
    ;({ referralId, studentId } = await referralFor(world, '王堃'))
  }, 60_000)

  it('prints every field of the form, the hospital and the student in Chinese, and audits the print', async () => {
    const before = lastSeq(raw)
    const { text, fileName, pdf, info } = await readBack(world.core, 'referrals.letter.pdf', referralId)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(fileName).toBe('referral-letter-2026-11-02.pdf')
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m)
    const flat = squash(text)
    const expected = [
      // Letterhead and title.
      LETTERHEAD.name,
      LETTERHEAD.address,
      LETTERHEAD.phone,
      '转介函',
      // To: the hospital, its department and green-channel contact.
      HOSPITAL.name,
      HOSPITAL.department,
      HOSPITAL.address,
      HOSPITAL.phone,
      HOSPITAL.contactName,
      HOSPITAL.contactPhone,
      // The student's identity.
      '王堃',
      '性别：女',
      '2006-05-06',
      '心理学院/应用心理1班',
      '学号',
      // Urgency, prominent, and every part of the form.
      '紧急程度：紧急',
      '抑郁情绪持续两月，伴自杀意念，需精神科评估',
      '失眠、情绪低落、兴趣减退、食欲下降',
      '2026年9月起在中心咨询6次，情绪起伏明显',
      '风险等级：高',
      '有主动自杀意念和初步计划，无既往自杀尝试',
      'SCL-90总分236，抑郁因子3.8',
      '未服用精神科药物',
      '高中时曾在当地医院心理门诊就诊一次',
      '精神科评估、明确诊断、住院治疗',
      '同意人：学生本人及监护人',
      '同意日期：2026-11-01',
      '同意方式：书面',
      '学生本人签署知情同意书',
      '告知对象：母亲李某',
      '母亲将于次日到校',
      '辅导员与室友陪同前往',
      '转介咨询师',
      '张老师',
      '13800000001',
      // Confidentiality, signatures, stamp, date.
      '保密声明',
      '转介咨询师（签名）',
      '中心负责人（签名）',
      '（中心盖章）',
      '2026年11月02日',
      // The return slip.
      '沿此虚线剪下',
      '回执',
      '接诊日期',
      '接诊医师',
      '初步诊断',
      '处理意见及建议',
      '医院（盖章）',
      `请寄回或交回：${LETTERHEAD.name}`
    ]
    for (const value of expected) expect(flat, value).toContain(squash(value))

    const rows = auditRows(raw, before)
    expect(rows.map((r) => r.action)).toEqual(['referrals.letter.print'])
    expect(rows[0]!.entity_id).toBe(referralId)
    // Ids and kinds, never a name or clinical text.
    expect(JSON.parse(rows[0]!.summary!)).toEqual({ studentId, status: 'draft', urgency: 'urgent' })
  })

  it('prints in English', async () => {
    const { text } = await readBack(world.core, 'referrals.letter.pdf', referralId, 'en')
    for (const value of ['Referral letter', 'Urgency: Urgent', 'Return slip', 'Preliminary diagnosis', '王堃', HOSPITAL.name]) expect(text).toContain(value)
  })

  it('flows a long history over three or more pages, the header on each, the return slip whole at the end', async () => {
    const paragraph = '学生自述近两月入睡困难，凌晨三四点易醒，白天注意力难以集中，对原本喜欢的篮球失去兴趣。'
    const history = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n').slice(0, 8000)
    const long = await referralFor(world, '李四', { history, presentingProblems: paragraph.repeat(20) })
    const { pages } = await readBack(world.core, 'referrals.letter.pdf', long.referralId)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    pages.forEach((page, i) => {
      const flat = squash(page)
      expect(flat, `page ${i + 1}`).toContain(LETTERHEAD.name)
      expect(flat, `page ${i + 1}`).toContain('转介函李四')
      expect(flat, `page ${i + 1}`).toContain('机密CONFIDENTIAL')
      expect(flat, `page ${i + 1}`).toContain(`第${i + 1}页/共${pages.length}页`)
    })
    // The slip is on the last page only, after the letter's signatures: cut off, it is whole.
    const slipPages = pages.map((page, i) => (squash(page).includes('初步诊断') ? i : -1)).filter((i) => i >= 0)
    expect(slipPages).toEqual([pages.length - 1])
    const last = squash(pages.at(-1)!)
    for (const part of ['沿此虚线剪下', '回执', '接诊日期', '接诊医师', '处理意见及建议', '医院（盖章）', '请寄回或交回']) expect(last).toContain(part)
    expect(last.indexOf('沿此虚线剪下')).toBeGreaterThan(last.indexOf('中心负责人（签名）'))
  })

  it('refuses a letter that lacks what a hospital needs, naming each missing field, and prints nothing', async () => {
    const bare = await referralFor(world, '赵六', { hospitalId: null, reason: '  ', requests: [], consent: { by: null, date: null, how: null, note: '' } })
    const before = lastSeq(raw)
    const error = await err(world.core, 'referrals.letter.pdf', { id: bare.referralId, locale: 'zh-CN' })
    expect(error.code).toBe('VALIDATION')
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['form.consent.by', 'form.hospitalId', 'form.reason', 'form.requests'])
    expect(auditRows(raw, before)).toEqual([])
  })

  it('answers NOT_FOUND for a referral that does not exist', async () => {
    expect((await err(world.core, 'referrals.letter.pdf', { id: '00000000-0000-4000-8000-000000000000', locale: 'zh-CN' })).code).toBe('NOT_FOUND')
  })
})

describe('the return-to-school form', () => {
  let world: LetterWorld
  let raw: Database.Database
  let referralId: string

  beforeAll(async () => {
    world = await letterWorld()
    raw = openDb(world.core.dataDir, await unwrapDek(world.core.dataDir, ADMIN.username, ADMIN.password))
    ;({ referralId } = await referralFor(world, '王堃'))
  }, 60_000)

  it('is refused before the hospital outcome is recorded', async () => {
    const error = await err(world.core, 'referrals.returnForm.pdf', { id: referralId, locale: 'zh-CN' })
    expect(error).toEqual({ code: 'CONFLICT', messageKey: 'errors.referrals.returnFormTooEarly' })
  })

  it('prints the referral, the outcome, the leave and the return documents, with the assessment to fill in', async () => {
    const step = (to: 'sent' | 'seen' | 'outcome' | 'on_leave' | 'returned', details: Record<string, string>) =>
      ok(world.core, 'referrals.advance', { id: referralId, to, date: '2026-11-02', details })
    await step('sent', { method: '辅导员陪同前往' })
    await step('seen', { doctor: '钱医生' })
    await step('outcome', { diagnosis: '中度抑郁发作', treatment: '舍曲林，每日一次', advice: '建议休学治疗三个月' })
    await step('on_leave', { certificate: '医院诊断证明已收', until: '2027-02-28' })
    await step('returned', { certificate: '医院复学证明：病情稳定，可以复学', parentApplication: '父母已递交复学申请', returnAssessment: '中心评估：情绪稳定' })
    const before = lastSeq(raw)
    const { text, fileName } = await readBack(world.core, 'referrals.returnForm.pdf', referralId)
    expect(fileName).toBe('return-to-school-2026-11-02.pdf')
    const flat = squash(text)
    const expected = [
      LETTERHEAD.name,
      '复学评估表',
      '王堃',
      '性别：女',
      '2006-05-06',
      '心理学院/应用心理1班',
      `转介医院：${HOSPITAL.name}${HOSPITAL.department}`,
      '转介日期：2026-11-02',
      '就诊日期：2026-11-02',
      '接诊医师：钱医生',
      '诊断：中度抑郁发作',
      '治疗情况：舍曲林，每日一次',
      '医院建议：建议休学治疗三个月',
      '休学证明：医院诊断证明已收',
      '休学至：2027-02-28',
      '医院复学诊断证明：医院复学证明：病情稳定，可以复学',
      '家长复学申请：父母已递交复学申请',
      '复学评估意见：中心评估：情绪稳定',
      '目前心理状况',
      '目前风险等级',
      '同意复学',
      '暂缓复学',
      '复学后跟进计划',
      '评估咨询师（签名）',
      '中心负责人（签名、盖章）',
      '学院意见（签名、盖章）',
      '学生及家长（签名）'
    ]
    for (const value of expected) expect(flat, value).toContain(squash(value))
    const rows = auditRows(raw, before)
    expect(rows.map((r) => r.action)).toEqual(['referrals.returnForm.print'])
    expect(JSON.parse(rows[0]!.summary!)).toMatchObject({ status: 'returned' })
  })
})
