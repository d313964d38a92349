import { at, bookOne } from '../appointments/helpers'
import { ok } from '../helpers/core'
import { attendedAppointment, HIGH_RISK, soapDraft, writeDraft, writeSigned } from '../notes/noteWorld'
import { advanceTo, createReferral, fullForm, setUpReferralWorld, type ReferralWorld } from '../referrals/referralWorld'
import { commitInput, gad, phq, row } from '../screening/roundWorld'
import { planInput, tierInput } from '../watch/helpers'
import { as } from '../notes/noteWorld'

/**
 * A distinctive value of each kind of record about 张三, as the PDF must show it. Short enough
 * that a table cell never wraps it (pdftotext would print a wrapped cell's halves apart).
 */
export const SEEN = {
  guardian: '张建国',
  guardianPhone: '139 1234 5678',
  /** Typed markup must print as text. */
  contactNotes: '<b>仅工作日联系</b>',
  dorm: '7号楼-512',
  tierReason: '辅导员反映近两周情绪低落',
  checklistNote: '已电话告知母亲',
  planV1: '恢复规律作息',
  planV2: '第二版：参加团体辅导',
  followUp: '母亲来电沟通',
  decision: '维持危机等级',
  cancelNote: '学生临时有课',
  waitlistClosed: '希望周三下午',
  waitlistOpen: '辅导员转介',
  signedNote: '教授放松训练',
  draftNote: '草稿：讨论睡眠日记',
  sensitiveNote: '敏感：家庭变故细节',
  addendum: '补充：已与家长面谈',
  alertAction: '已联系家长陪同就医',
  referralReason: '抑郁情绪持续两月需评估',
  referralMethod: '辅导员陪同送诊',
  referralContact: '与母亲电话沟通',
  /** PHQ-9 item 9's text: shipped with the instrument, printed beside its answer. */
  phqItem9: '有不如死掉或用某种方式伤害自己的念头',
  interviewNote: '访谈确认情绪低落'
} as const

/** Another student's records: none of this may appear in 张三's print. */
export const UNSEEN = { name: '李四', followUp: '李四专属随访', note: '李四的会谈内容' } as const

export interface RecordWorld extends ReferralWorld {
  roundId: string
}

const inClass = (w: ReferralWorld): { collegeId: string; classId: string; studentNo: string } => {
  const klass = w.raw.prepare("SELECT id, college_id AS collegeId FROM classes WHERE name = '应用心理1班'").get() as { id: string; collegeId: string }
  const { student_no: studentNo } = w.raw.prepare('SELECT student_no FROM students WHERE id = ?').get(w.students.zhang) as { student_no: string }
  return { collegeId: klass.collegeId, classId: klass.id, studentNo }
}

/** 张三's profile, watch history, appointments and waiting list (the admin acts). */
async function watchAndDesk(w: ReferralWorld): Promise<void> {
  const zhang = w.students.zhang
  const place = inClass(w)
  await ok(w.core, 'students.update', {
    id: zhang,
    studentNo: place.studentNo,
    name: '张三',
    gender: 'male',
    birthDate: '2006-05-06',
    collegeId: place.collegeId,
    classId: place.classId,
    grade: '2025',
    major: '应用心理学',
    dorm: SEEN.dorm,
    phone: '138 0000 0001',
    guardianName: SEEN.guardian,
    guardianRelation: '父亲',
    guardianPhone: SEEN.guardianPhone,
    status: 'enrolled',
    contactNotes: SEEN.contactNotes
  })
  await ok(w.core, 'watch.setTier', tierInput(zhang, 'serious', SEEN.tierReason))
  const item = w.raw.prepare("SELECT id FROM checklist_items WHERE student_id = ? AND item = 'parents_informed'").get(zhang) as { id: string }
  await ok(w.core, 'watch.checklist.complete', { itemId: item.id, note: SEEN.checklistNote })
  await ok(w.core, 'watch.plan.save', { ...planInput(zhang, w.counsellor.id, 14), goals: SEEN.planV1 })
  await ok(w.core, 'watch.plan.save', { ...planInput(zhang, w.counsellor.id, 7), goals: SEEN.planV2 })
  await ok(w.core, 'watch.followUp.add', { studentId: zhang, kind: 'family_contact', date: '2026-11-01', channel: 'phone', withWhom: '母亲', summary: SEEN.followUp })
  await ok(w.core, 'watch.followUp.add', { studentId: w.students.li, kind: 'dorm_visit', date: '2026-11-01', channel: 'in_person', withWhom: '', summary: UNSEEN.followUp })
  await ok(w.core, 'watch.review.decide', { date: '2026-11-02', studentId: zhang, decision: 'keep', note: SEEN.decision })

  await attendedAppointment(w, zhang)
  const later = await bookOne(w, { kind: 'counselling', start: at('2026-11-04', '10:00') })
  await ok(w.core, 'appointments.cancel', { id: later.id, reason: 'student', note: SEEN.cancelNote, scope: 'one' })
  const group = await bookOne(w, { kind: 'group', studentId: null, roomId: w.rooms.group, capacity: 8, start: at('2026-11-05', '14:00') })
  await ok(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: zhang, anonymousCount: 0 })
  await ok(w.core, 'appointments.participant.add', { appointmentId: group.id, studentId: w.students.li, anonymousCount: 0 })

  const waiting = await ok(w.core, 'appointments.waitlist.add', { studentId: zhang, urgency: 'urgent', note: SEEN.waitlistClosed })
  await ok(w.core, 'appointments.waitlist.remove', { id: waiting.id, reason: 'withdrawn' })
  await ok(w.core, 'appointments.waitlist.add', { studentId: zhang, urgency: 'soon', note: SEEN.waitlistOpen })
}

/** Notes (signed, draft, another counsellor's sensitive one, an addendum) and the crisis alert. */
async function notesAndAlert(w: ReferralWorld): Promise<void> {
  const zhang = w.students.zhang
  const content = soapDraft('').content
  await as(w, w.counsellor)
  const high = await writeSigned(w, zhang, { risk: HIGH_RISK, categories: ['crisis', 'sleep'] })
  await writeDraft(w, zhang, null, { content: { ...content, plan: SEEN.draftNote } })
  await writeSigned(w, w.students.li, { content: { ...content, subjective: UNSEEN.note } })
  await as(w, w.colleague)
  await writeSigned(w, zhang, { sensitive: true, content: { ...content, subjective: SEEN.sensitiveNote } })
  await as(w)
  await ok(w.core, 'notes.addendum', { noteId: high.id, text: SEEN.addendum })
  const alert = w.raw.prepare('SELECT id FROM crisis_alerts WHERE source_id = ?').get(high.id) as { id: string }
  await ok(w.core, 'alerts.resolve', { id: alert.id, action: SEEN.alertAction, moveToCrisis: true })
}

/** A referral sent to the hospital with a family contact; a screening round with an interview. */
async function referralAndScreening(w: ReferralWorld): Promise<string> {
  const zhang = w.students.zhang
  const referral = await createReferral(w, zhang, fullForm(w.hospitalId, { reason: SEEN.referralReason }))
  await advanceTo(w, referral.id, 'sent', '2026-11-02', { method: SEEN.referralMethod })
  await ok(w.core, 'referrals.contact', { id: referral.id, with: 'family', channel: 'phone', date: '2026-11-02', summary: SEEN.referralContact })

  const round = await ok(w.core, 'screening.rounds.create', { name: '2026年秋季新生心理普查', date: '2026-10-20' })
  const { studentNo } = inClass(w)
  await ok(w.core, 'screening.import.commit', commitInput(round.id, [row(studentNo, '2026-10-21', phq(15, 2), gad(3))]))
  await ok(w.core, 'screening.administer', { studentId: zhang, instrumentKey: 'gad7', takenOn: '2026-11-01', answers: [1, 2, 1, 0, 0, 1, 2] })
  const flag = w.raw.prepare('SELECT id FROM screening_flags WHERE student_id = ?').get(zhang) as { id: string }
  await ok(w.core, 'screening.interview.book', { flagId: flag.id, counsellorId: w.counsellor.id, roomId: w.rooms.one, start: at('2026-11-03', '15:00') })
  await ok(w.core, 'screening.interview.record', { flagId: flag.id, outcome: 'confirmed', note: SEEN.interviewNote, tier: 'serious', riskFactors: [] })
  return round.id
}

/**
 * The referrals test centre (张老师, 王老师, part-time 李老师, 前台小王; 张三 李四 王小明 赵六) with
 * something about 张三 in every table that holds a student, and a little about 李四. The admin is
 * logged in when it is returned.
 */
export async function setUpRecordWorld(): Promise<RecordWorld> {
  const w = await setUpReferralWorld()
  await watchAndDesk(w)
  await notesAndAlert(w)
  const roundId = await referralAndScreening(w)
  return { ...w, roundId }
}
