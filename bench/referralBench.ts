import type { Core } from '../src/main/core/core'
import { callOrThrow } from '../src/main/tools/coreCall'
import { summarize, type Sample } from './stats'

/** Issue 6: the referral letter PDF, the first render after the core starts and then warm. */
export const REFERRAL_TARGETS = { coldMs: 1500, warmMs: 400 } as const
export const REFERRAL_WARM_ROUNDS = 10

export interface ReferralLetterTimes {
  /** The first letter after the core started: the PDF engine (a browser) starts within it. */
  coldMs: number
  /** The next renders of the same letter (median of REFERRAL_WARM_ROUNDS). */
  warm: Sample
  pages: number
  targets: typeof REFERRAL_TARGETS
  verdict: { cold: 'PASS' | 'OVER'; warm: 'PASS' | 'OVER' }
}

/** A letter of the size counsellors write: about two pages, every field filled. */
const HISTORY = Array.from(
  { length: 30 },
  (_, i) => `${i + 1}. 第 ${i + 1} 次咨询：学生自述入睡困难，凌晨易醒，白天注意力难以集中，对原本喜欢的活动失去兴趣；与室友关系紧张。`
).join('\n')

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/**
 * Renders one referral letter through the core, cold and warm. Call it on a core whose PDF
 * engine has not rendered yet (right after login, before any other PDF), or "cold" measures a
 * warm browser. Writes one hospital, one student and one draft referral, all synthetic, as the
 * logged-in admin.
 */
export async function measureReferralLetter(core: Core, log: (line: string) => void = () => {}): Promise<ReferralLetterTimes> {
  const name = '示范市精神卫生中心'
  // A second run on the same data dir uses the hospital the first one wrote.
  const hospital =
    (await callOrThrow(core, 'referrals.hospitals.list', { includeInactive: true })).find((h) => h.name === name) ??
    (await callOrThrow(core, 'referrals.hospitals.save', {
      id: null,
      hospital: { name, department: '心理科门诊', address: '示范市健康路 1 号', phone: '010-87654321', contactName: '赵医生', contactPhone: '139 0000 7777', active: true }
    }))
  const student = await callOrThrow(core, 'students.create', {
    studentNo: `BENCH-${Date.now().toString(36).toUpperCase()}`,
    name: '王堃',
    gender: 'female',
    birthDate: '2006-05-06',
    collegeId: null,
    classId: null,
    grade: '2025',
    major: '应用心理学',
    dorm: '',
    phone: '',
    guardianName: '',
    guardianRelation: '',
    guardianPhone: '',
    status: 'enrolled',
    contactNotes: ''
  })
  const referral = await callOrThrow(core, 'referrals.create', {
    studentId: student.id,
    form: {
      hospitalId: hospital.id,
      urgency: 'urgent',
      riskLevel: 'high',
      riskSummary: '有主动自杀意念和初步计划，无既往自杀尝试',
      reason: '抑郁情绪持续两月，伴自杀意念，需精神科评估',
      presentingProblems: '失眠、情绪低落、兴趣减退、食欲下降',
      history: HISTORY,
      screening: 'SCL-90 总分 236，抑郁因子 3.8',
      medication: '未服用精神科药物',
      previousTreatment: '无',
      requests: ['assessment', 'diagnosis'],
      consent: { by: 'both', date: null, how: 'written', note: '' },
      familyInformed: { who: '母亲', date: null, note: '' },
      escort: '辅导员陪同前往',
      counsellorName: '张老师',
      counsellorPhone: '138 0000 0001'
    }
  })
  const print = () => callOrThrow(core, 'referrals.letter.pdf', { id: referral.id, locale: 'zh-CN' })
  log('  referral letter: cold render …')
  const coldMs = await timed(print)
  const warmSamples: number[] = []
  let pages = 0
  for (let i = 0; i < REFERRAL_WARM_ROUNDS; i++) {
    const start = performance.now()
    const result = await print()
    warmSamples.push(performance.now() - start)
    // Page objects of the PDF: enough to say how long a letter was measured.
    pages = Buffer.from(result.pdfBase64, 'base64').toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
  }
  const warm = summarize(warmSamples)
  return {
    coldMs: Math.round(coldMs),
    warm,
    pages,
    targets: REFERRAL_TARGETS,
    verdict: { cold: coldMs <= REFERRAL_TARGETS.coldMs ? 'PASS' : 'OVER', warm: warm.median <= REFERRAL_TARGETS.warmMs ? 'PASS' : 'OVER' }
  }
}

/** One line for the report. */
export const formatReferralLetter = (r: ReferralLetterTimes): string =>
  `Referral letter PDF (${r.pages} pages): cold ${r.coldMs} ms (target ≤ ${r.targets.coldMs}, ${r.verdict.cold}), ` +
  `warm median ${r.warm.median} ms of ${r.warm.samples.length} (min ${r.warm.min}, max ${r.warm.max}; target ≤ ${r.targets.warmMs}, ${r.verdict.warm})`
