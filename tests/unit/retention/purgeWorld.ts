import { ok } from '../helpers/core'
import { attendedAppointment, HIGH_RISK, soapDraft, writeDraft, type NoteWorld } from '../notes/noteWorld'
import { bookOne, at } from '../appointments/helpers'
import { fullForm, setUpReferralWorld, type ReferralWorld } from '../referrals/referralWorld'
import { studentInput } from '../students/fixtures'

/**
 * Texts typed into one student's record, everywhere the app keeps something about a student.
 * Uncommon characters (琉璃 翡翠 玳瑁 …) so that no template, category or other record holds any
 * three of them in a row: a purge that left a trace would show up as bytes, in a row or a
 * search index's terms.
 */
export interface RecordTexts {
  name: string
  pinyin: string
  studentNo: string
  phone: string
  guardian: string
  dorm: string
  tierReason: string
  planGoals: string
  followUp: string
  waitlistNote: string
  note: string
  addendum: string
  riskNote: string
  referralReason: string
  referralContact: string
}

export const PURGED: RecordTexts = {
  name: '司马琉璃',
  pinyin: 'simaliuli',
  studentNo: '2019096631',
  phone: '137 2468 1357',
  guardian: '司马翡翠',
  dorm: '玳瑁楼-909',
  tierReason: '霁月难逢彩云易散之忧',
  planGoals: '琥珀色黄昏里独自徘徊的时间减少',
  followUp: '与舍友因玛瑙手链起争执后和好',
  waitlistNote: '希望约在翡翠湖畔的周三下午',
  note: '梦见翡翠湖面结冰碎裂，醒后心悸',
  addendum: '补记：提及珊瑚色信封里的草稿',
  riskNote: '玳瑁眼镜摔碎后彻夜未眠',
  referralReason: '琉璃瓦下反复出现幻听',
  referralContact: '琥珀医生电话告知已收治'
}

export const KEPT: RecordTexts = {
  name: '欧阳青松',
  pinyin: 'ouyangqingsong',
  studentNo: '2025097742',
  phone: '136 9753 8642',
  guardian: '欧阳翠柏',
  dorm: '松柏楼-101',
  tierReason: '骐骥一跃不能十步之虑',
  planGoals: '麒麟山晨跑每周三次',
  followUp: '朋辈辅导员在鹦鹉洲边陪伴散步',
  waitlistNote: '希望约在鸳鸯楼的周四上午',
  note: '梦见骆驼穿过沙漠，醒后平静',
  addendum: '补记：提及蜻蜓标本的作业',
  riskNote: '蝴蝶结发夹丢失后哭泣整晚',
  referralReason: '蟋蟀声中反复出现耳鸣',
  referralContact: '蜘蛛医生电话告知门诊随访'
}

export const textsOf = (r: RecordTexts): string[] => Object.values(r)

export interface PurgeWorld extends ReferralWorld {
  purged: string
  kept: string
  /** 张三: no record of their own here, only a seat in the group session with both. */
  bystander: string
}

/** Everything the app keeps about a student, typed through the channels as a counsellor would. */
async function fillRecord(w: NoteWorld, studentId: string, texts: RecordTexts, groupId: string): Promise<void> {
  await ok(w.core, 'watch.setTier', { studentId, tier: 'crisis', reason: texts.tierReason, riskFactors: ['academic_pressure'], specialPeriod: null })
  await ok(w.core, 'watch.plan.save', {
    studentId,
    goals: texts.planGoals,
    measures: '每周咨询一次',
    counsellorId: w.counsellor.id,
    advisorName: '',
    peerSupporter: '',
    familyContact: '',
    reviewEveryDays: 14
  })
  await ok(w.core, 'watch.followUp.add', { studentId, kind: 'peer_support', date: '2026-11-01', channel: 'in_person', withWhom: '', summary: texts.followUp })
  await ok(w.core, 'appointments.waitlist.add', { studentId, urgency: 'soon', note: texts.waitlistNote })
  await ok(w.core, 'appointments.participant.add', { appointmentId: groupId, studentId, anonymousCount: 0 })
  await ok(w.core, 'screening.administer', { studentId, instrumentKey: 'phq9', takenOn: '2026-11-01', answers: [2, 2, 2, 2, 1, 1, 1, 0, 1] })

  const appointmentId = await attendedAppointment(w, studentId)
  const note = await writeDraft(w, studentId, appointmentId, { content: { ...soapDraft('').content, subjective: texts.note } })
  await ok(w.core, 'notes.sign', { id: note.id })
  await ok(w.core, 'notes.addendum', { noteId: note.id, text: texts.addendum })
  const risky = await writeDraft(w, studentId, null, {
    content: { ...soapDraft('').content, subjective: texts.riskNote },
    risk: HIGH_RISK,
    level: 'high'
  })
  await ok(w.core, 'notes.sign', { id: risky.id })

  const referral = await ok(w.core, 'referrals.create', { studentId, form: fullForm((w as ReferralWorld).hospitalId, { reason: texts.referralReason }) })
  await ok(w.core, 'referrals.advance', { id: referral.id, to: 'sent', date: '2026-11-02', details: { method: '辅导员陪同' } })
  await ok(w.core, 'referrals.contact', { id: referral.id, with: 'hospital', channel: 'phone', date: '2026-11-02', summary: texts.referralContact })
}

/**
 * The referral test centre plus two students with a full record each: `purged` graduates today
 * (2026-11-02), `kept` stays enrolled. Their records are written interleaved (the kept student's
 * rows sit on both sides of the purged one's rowids), and both sit in one group session with
 * 张三. The admin is logged in when it is returned.
 */
export async function setUpPurgeWorld(): Promise<PurgeWorld> {
  const w = await setUpReferralWorld()
  const fields = (t: RecordTexts) => studentInput({ name: t.name, studentNo: t.studentNo, phone: t.phone, guardianName: t.guardian, dorm: t.dorm })
  const kept = (await ok(w.core, 'students.create', fields(KEPT))).id
  const purged = (await ok(w.core, 'students.create', fields(PURGED))).id
  const group = await bookOne(w, { kind: 'group', studentId: null, roomId: w.rooms.group, capacity: 8, start: at('2026-11-06', '14:00') })
  await ok(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.zhang, anonymousCount: 0 })
  await fillRecord(w, purged, PURGED, group.id)
  await fillRecord(w, kept, KEPT, group.id)
  await ok(w.core, 'students.update', { id: purged, ...fields(PURGED), status: 'graduated' })
  return { ...w, purged, kept, bystander: w.students.zhang }
}
