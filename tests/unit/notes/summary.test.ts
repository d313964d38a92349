import { beforeAll, describe, expect, it } from 'vitest'
import { auditRows, lastSeq } from '../helpers/db'
import { inspectPdf } from '../reports/pdfText'
import { as, err, HIGH_RISK, ok, setUpNoteWorld, soapDraft, writeDraft, writeSigned, type NoteWorld } from './noteWorld'

const OWN = {
  subjective: '来访者自述宿舍关系紧张，近一周夜间难以入睡。',
  plan: '每周咨询一次，布置情绪日记。',
  addendum: '补充：来访者母亲来电，已约定下周家庭会谈。',
  lowerReason: '已与家人同住，药物由母亲保管'
}
const SECRET = '王老师记录的家庭隐私细节'
const DRAFT = '尚未签署的草稿内容不应打印'

/** pdftotext lays text out in columns and wraps it: compare without any whitespace. */
const flat = (text: string): string => text.replace(/\s+/g, '')

/**
 * 张老师 prints 张三's case summary: their own signed note (a high risk lowered to moderate with
 * a reason, and an addendum), 王老师's sensitive note (restricted for 张老师) and their own
 * unsigned draft (never printed).
 */
describe('the case summary PDF', () => {
  let w: NoteWorld
  let studentNo = ''

  beforeAll(async () => {
    w = await setUpNoteWorld()
    studentNo = (await ok(w.core, 'students.get', { id: w.students.zhang })).student.studentNo
    await as(w, w.counsellor)
    const own = await writeSigned(w, w.students.zhang, {
      content: { ...soapDraft('').content, subjective: OWN.subjective, plan: OWN.plan },
      categories: ['sleep', 'relationships'],
      risk: HIGH_RISK,
      level: 'moderate',
      lowerReason: OWN.lowerReason
    })
    w.core.clock.advance(300_000)
    await ok(w.core, 'notes.addendum', { noteId: own.id, text: OWN.addendum })
    await writeDraft(w, w.students.zhang, null, { content: { ...soapDraft('').content, subjective: DRAFT } })
    await as(w, w.colleague)
    w.core.clock.advance(300_000)
    await writeSigned(w, w.students.zhang, { sensitive: true, content: { ...soapDraft('').content, subjective: SECRET } })
    await as(w, w.counsellor)
  })

  it('prints the signed notes in Chinese, others’ sensitive ones as restricted, drafts not at all; audited with counts only', async () => {
    const seq = lastSeq(w.raw)
    const result = await ok(w.core, 'notes.summary.pdf', { studentId: w.students.zhang, locale: 'zh-CN' })
    // The name says nothing about whom it concerns (a downloads folder is not confidential).
    expect(result.fileName).toBe('case-summary-2026-11-02.pdf')
    for (const part of ['张三', studentNo, w.students.zhang]) expect(result.fileName).not.toContain(part)

    const pdf = Buffer.from(result.pdfBase64, 'base64')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = flat(inspectPdf(pdf).text)
    for (const expected of [
      '个案记录摘要',
      '张三',
      studentNo,
      '已签署记录：2',
      // The first note: its template, author, level (lowered, with the rules' level and the reason), categories and fields.
      '1.个体咨询记录（SOAP）（2026-11-02）',
      '记录人：张老师',
      '风险等级：中',
      '问题类别：睡眠、人际关系',
      'S主观资料',
      OWN.subjective,
      OWN.plan,
      '自杀意念主动',
      '自杀计划是',
      '规则计算等级高',
      `调低等级的理由${OWN.lowerReason}`,
      '补充记录',
      OWN.addendum,
      // The second: that it exists, by whom, and no more.
      '2.个体咨询记录（SOAP）',
      '记录人：王老师',
      '敏感记录：是',
      '受限：这是他人的敏感记录'
    ]) {
      expect(text, expected).toContain(flat(expected))
    }
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(DRAFT)
    // Notes in the order they were signed.
    expect(text.indexOf('记录人：张老师')).toBeLessThan(text.indexOf('记录人：王老师'))

    const rows = auditRows(w.raw, seq)
    expect(rows.map((r) => [r.action, r.entity, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      ['notes.summary.print', 'student', w.students.zhang, { notes: 2, restricted: 1 }]
    ])
  }, 120_000)

  it('is refused to the front desk, and to a part-time counsellor for a student outside their stations', async () => {
    for (const [user, studentId] of [
      [w.assistant, w.students.zhang],
      [w.partTime, w.students.zhao]
    ] as const) {
      await as(w, user)
      const seq = lastSeq(w.raw)
      expect(await err(w.core, 'notes.summary.pdf', { studentId, locale: 'zh-CN' }), user.username).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
      expect(auditRows(w.raw, seq).map((r) => r.action)).not.toContain('notes.summary.print')
    }
  })
})
