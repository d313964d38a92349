import type { ChannelInput, ReferralForm } from '@shared/contract'
import { ok, setUpCore, type TestCore } from '../helpers/core'
import { inspectPdf, LETTERHEAD } from '../reports/pdfText'
import { createOrg, type Org } from '../students/fixtures'
import { addStudent } from '../watch/helpers'

/** A hospital of the directory, every field filled (each must print on the letter). */
export const HOSPITAL: ChannelInput<'referrals.hospitals.save'>['hospital'] = {
  name: '示范市精神卫生中心',
  department: '心理科门诊',
  address: '示范市健康路 1 号',
  phone: '010-87654321',
  contactName: '赵医生',
  contactPhone: '139 0000 7777',
  active: true
}

/** A referral form with every field filled with a distinct value, so each can be found in the PDF. */
export const fullForm = (hospitalId: string | null): ReferralForm => ({
  hospitalId,
  urgency: 'urgent',
  riskLevel: 'high',
  riskSummary: '有主动自杀意念和初步计划，无既往自杀尝试',
  reason: '抑郁情绪持续两月，伴自杀意念，需精神科评估',
  presentingProblems: '失眠、情绪低落、兴趣减退、食欲下降',
  history: '2026 年 9 月起在中心咨询 6 次，情绪起伏明显',
  screening: 'SCL-90 总分 236，抑郁因子 3.8',
  medication: '未服用精神科药物',
  previousTreatment: '高中时曾在当地医院心理门诊就诊一次',
  requests: ['assessment', 'diagnosis', 'admission'],
  consent: { by: 'both', date: '2026-11-01', how: 'written', note: '学生本人签署知情同意书' },
  familyInformed: { who: '母亲 李某', date: '2026-11-01', note: '母亲将于次日到校' },
  escort: '辅导员与室友陪同前往',
  counsellorName: '张老师',
  counsellorPhone: '138 0000 0001'
})

export interface LetterWorld {
  core: TestCore
  org: Org
  hospitalId: string
}

/** A vault with the centre's letterhead, two colleges and a hospital of the directory. */
export async function letterWorld(): Promise<LetterWorld> {
  const core = await setUpCore()
  await ok(core, 'settings.centre.update', { name: LETTERHEAD.name, address: LETTERHEAD.address, phone: LETTERHEAD.phone, logo: LETTERHEAD.logo })
  const org = await createOrg(core)
  const hospital = await ok(core, 'referrals.hospitals.save', { id: null, hospital: HOSPITAL })
  return { core, org, hospitalId: hospital.id }
}

/** A student of 心理学院 / 应用心理1班 with a referral; returns the referral's id. */
export async function referralFor(world: LetterWorld, name: string, form: Partial<ReferralForm> = {}): Promise<{ studentId: string; referralId: string }> {
  const studentId = await addStudent(world.core, { name, collegeId: world.org.collegeId, classId: world.org.classId, gender: 'female', birthDate: '2006-05-06' })
  const referral = await ok(world.core, 'referrals.create', { studentId, form: { ...fullForm(world.hospitalId), ...form } })
  return { studentId, referralId: referral.id }
}

/** The PDF of a referral document, read back: its text page by page, and `pdffonts`. */
export async function readBack(core: TestCore, channel: 'referrals.letter.pdf' | 'referrals.returnForm.pdf', id: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const result = await ok(core, channel, { id, locale })
  const pdf = Buffer.from(result.pdfBase64, 'base64')
  const seen = inspectPdf(pdf)
  // pdftotext ends each page with a form feed; the last one is followed by nothing.
  const pages = seen.text.split('\f').slice(0, -1)
  return { ...seen, pages, fileName: result.fileName, pdf }
}

/** Text with the layout's spacing taken out, so a value broken over a line still matches. */
export const squash = (text: string): string => text.replaceAll(/[\s\u3000]+/g, '')
