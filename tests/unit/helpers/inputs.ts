import { randomUUID } from 'node:crypto'
import type { Channel, ChannelInput } from '@shared/contract'
import type { TemplateDefinition } from '@shared/contract'
import { SHIPPED_CATEGORIES } from '../../../src/main/core/notes/shipped/categories'
import { ADMIN, CENTRE } from './core'

/** IDs of records a valid input may refer to. */
export interface Fixtures {
  userId: string
  collegeId: string
  classId: string
  roomId: string
  studentId: string
}

/** Random IDs: enough for calls refused before the handler runs (validation, access). */
export const randomFixtures = (): Fixtures => ({
  userId: randomUUID(),
  collegeId: randomUUID(),
  classId: randomUUID(),
  roomId: randomUUID(),
  studentId: randomUUID()
})

let createdStudents = 0

/** The student fields of a valid create/update, placed in the fixture college and class. */
const studentFields = (f: Fixtures): ChannelInput<'students.create'> => ({
  studentNo: '2025990001',
  name: '王小明',
  gender: 'male',
  birthDate: '2006-05-06',
  collegeId: f.collegeId,
  classId: f.classId,
  grade: '2025',
  major: '应用心理学',
  dorm: '12号楼-305',
  phone: '138 0000 1111',
  guardianName: '王父',
  guardianRelation: '父亲',
  guardianPhone: '139 0000 2222',
  status: 'enrolled',
  contactNotes: ''
})

/** A centre's own template: a short peer-support record. */
const TEMPLATE: TemplateDefinition = {
  key: 'peer_support',
  name: { 'zh-CN': '朋辈辅导记录', en: 'Peer support record' },
  layout: 'free',
  risk: 'none',
  kinds: ['follow_up'],
  sections: [
    {
      key: 'main',
      title: { 'zh-CN': '记录', en: 'Record' },
      fields: [{ key: 'summary', type: 'textarea', label: { 'zh-CN': '谈话内容', en: 'What was said' }, required: true }]
    }
  ]
}

const HOSPITAL = {
  name: '市精神卫生中心',
  department: '心理门诊',
  address: '示范市健康路 1 号',
  phone: '010-00000000',
  contactName: '赵医生',
  contactPhone: '13900000000',
  active: true
}

const REFERRAL_FORM: ChannelInput<'referrals.create'>['form'] = {
  hospitalId: null,
  urgency: 'urgent',
  riskLevel: 'high',
  riskSummary: '有主动自杀意念和初步计划',
  reason: '抑郁情绪持续两月，伴自杀意念，需精神科评估',
  presentingProblems: '失眠、情绪低落、兴趣减退',
  history: '',
  screening: '',
  medication: '',
  previousTreatment: '',
  requests: ['assessment', 'diagnosis'],
  consent: { by: 'both', date: '2026-11-02', how: 'written', note: '' },
  familyInformed: { who: '母亲', date: '2026-11-02', note: '' },
  escort: '辅导员陪同',
  counsellorName: '张老师',
  counsellorPhone: '13800000001'
}

const ROSTER_CSV = Buffer.from('学号,姓名\r\n2025990002,李四\r\n').toString('base64')

const L = (zh: string, en: string): { 'zh-CN': string; en: string } => ({ 'zh-CN': zh, en })

/** A centre's own instrument: a three-item sleep check, flagged at a total of 6. */
const ACTIVITY: ChannelInput<'activities.create'> = {
  kind: 'event',
  title: '5·25 心理健康日游园会',
  date: '2026-05-25',
  participants: 320,
  channel: null,
  theme: 'day525',
  notes: ''
}

const INSTRUMENT: ChannelInput<'screening.instruments.save'>['definition'] = {
  key: 'sleep_check',
  name: L('睡眠状况自评', 'Sleep self-check'),
  short: '睡眠',
  kind: 'items',
  itemCount: 3,
  answers: { min: 0, max: 3 },
  bands: [
    { min: 0, key: 'normal', label: L('正常', 'Normal') },
    { min: 6, key: 'poor', label: L('睡眠较差', 'Poor sleep') }
  ],
  flags: [{ key: 'poor', label: L('睡眠较差', 'Poor sleep'), severity: 1, all: [{ score: 'total', op: 'gte', value: 6 }] }],
  columnPrefixes: ['sleep']
}

/** A screening platform's export: the fixture student (2025990001) with PHQ-9 answers in columns 2–10. */
const SCREENING_CSV = Buffer.from(
  `学号,姓名,${Array.from({ length: 9 }, (_, i) => `PHQ9_${i + 1}`).join(',')}\r\n2025990001,王小明,1,1,1,0,0,0,0,0,0\r\n`
).toString('base64')
const SCREENING_MAPPING: ChannelInput<'screening.import.commit'>['mapping'] = {
  studentNo: 0,
  takenOn: null,
  instruments: [{ key: 'phq9', items: [2, 3, 4, 5, 6, 7, 8, 9, 10] }]
}

/**
 * A valid input for every channel of the contract. The mapped type makes a new channel a
 * compile error here until it has one, so the loops over CHANNELS never skip it.
 */
export const VALID_INPUT: { [C in Channel]: (f: Fixtures) => ChannelInput<C> } = {
  'app.status': () => ({}),
  'auth.setup': () => ({ centreName: CENTRE, admin: ADMIN }),
  'auth.login': () => ({ username: ADMIN.username, password: ADMIN.password }),
  'auth.logout': () => ({}),
  'auth.lock': () => ({ reason: 'button' }),
  'auth.activity': () => ({}),
  'auth.changePassword': () => ({ currentPassword: ADMIN.password, newPassword: 'a new long password' }),
  'auth.recover': () => ({ username: ADMIN.username, recoveryCode: '00000-00000-00000-00000-00000', newPassword: 'a new long password' }),
  'auth.recoveryCode.get': () => ({}),
  'auth.recoveryCode.confirm': () => ({ groups: ['00000', '11111'] }),
  'users.list': () => ({ includeInactive: true }),
  'users.staff': () => ({}),
  'users.create': () => ({ username: 'wangxm', displayName: '王小明', role: 'counsellor', firstPassword: 'temporary pass 1' }),
  'users.update': (f) => ({ id: f.userId, displayName: '王小明', role: 'assistant' }),
  'users.resetPassword': (f) => ({ id: f.userId, firstPassword: 'temporary pass 2' }),
  'users.deactivate': (f) => ({ id: f.userId }),
  'users.reactivate': (f) => ({ id: f.userId, firstPassword: 'temporary pass 3' }),
  'users.setStations': (f) => ({ id: f.userId, collegeIds: [f.collegeId] }),
  'audit.list': () => ({ page: 1, pageSize: 20 }),
  'audit.actions': () => ({}),
  'audit.verify': () => ({}),
  'settings.centre.get': () => ({}),
  'settings.centre.update': () => ({ name: '示范学院心理中心', address: '图书馆三楼', phone: '010-1234 5678', logo: null }),
  'settings.security.get': () => ({}),
  'settings.security.update': () => ({ idleTimeoutMinutes: 15 }),
  'settings.org.get': () => ({}),
  'settings.college.create': () => ({ name: '心理学院' }),
  'settings.college.update': (f) => ({ id: f.collegeId, name: '心理与教育学院' }),
  'settings.college.delete': (f) => ({ id: f.collegeId }),
  'settings.class.create': (f) => ({ collegeId: f.collegeId, name: '应用心理1班', grade: '2025', advisorName: '李四', advisorPhone: '138 0000 0000' }),
  'settings.class.update': (f) => ({ id: f.classId, name: '应用心理2班', grade: '2025', advisorName: '李四', advisorPhone: '' }),
  'settings.class.delete': (f) => ({ id: f.classId }),
  'settings.rooms.list': () => ({}),
  'settings.room.create': () => ({ name: '咨询室一', kind: 'counselling', location: '二楼', capacity: 2, active: true }),
  'settings.room.update': (f) => ({ id: f.roomId, name: '咨询室一', kind: 'group', location: '二楼', capacity: 8, active: false }),
  'settings.room.delete': (f) => ({ id: f.roomId }),
  'students.search': () => ({ q: '王小明', limit: 20 }),
  'students.list': () => ({ q: '王' }),
  'students.get': (f) => ({ id: f.studentId }),
  'students.timeline': (f) => ({ id: f.studentId }),
  // A new number each call: a loop over roles creates one student per role.
  'students.create': (f) => ({ ...studentFields(f), studentNo: `T${String(++createdStudents).padStart(6, '0')}` }),
  'students.update': (f) => ({ id: f.studentId, ...studentFields(f) }),
  'students.import.check': () => ({ fileName: '名单.csv', contentBase64: ROSTER_CSV }),
  'students.import.commit': () => ({ fileName: '名单.csv', contentBase64: ROSTER_CSV, mapping: { studentNo: 0, name: 1 }, createMissing: false }),
  'watch.list': () => ({ tier: 'crisis' }),
  'watch.get': (f) => ({ studentId: f.studentId }),
  'watch.setTier': (f) => ({
    studentId: f.studentId,
    tier: 'serious',
    reason: '辅导员反映近期情绪低落',
    riskFactors: ['academic_pressure'],
    specialPeriod: null
  }),
  // No fixture names a checklist item: a random one is refused (NOT_FOUND) after validation.
  'watch.checklist.complete': () => ({ itemId: randomUUID(), note: '已电话告知' }),
  'watch.plan.save': (f) => ({
    studentId: f.studentId,
    goals: '恢复规律作息',
    measures: '每周中心咨询一次',
    counsellorId: f.userId,
    advisorName: '李四',
    peerSupporter: '王小明',
    familyContact: '母亲',
    reviewEveryDays: 14
  }),
  'watch.plan.revisions': (f) => ({ studentId: f.studentId }),
  'watch.followUp.add': (f) => ({
    studentId: f.studentId,
    kind: 'family_contact',
    date: '2026-11-01',
    channel: 'phone',
    withWhom: '母亲',
    summary: '与家长沟通近况'
  }),
  'watch.review.agenda': () => ({ date: '2026-11-02' }),
  'watch.review.decide': (f) => ({ date: '2026-11-02', studentId: f.studentId, decision: 'keep', note: '' }),
  'watch.review.pdf': () => ({ date: '2026-11-02', locale: 'zh-CN' }),
  'watch.dashboard': () => ({}),
  'appointments.settings.get': () => ({}),
  'appointments.settings.update': () => ({
    minutes: { intake: 50, counselling: 50, follow_up: 40, crisis: 60, group: 90, open_day: 60, remote: 30 },
    dayStart: '08:00',
    dayEnd: '20:00'
  }),
  'appointments.availability.get': (f) => ({ userId: f.userId }),
  'appointments.availability.set': (f) => ({ userId: f.userId, slots: [{ weekday: 2, start: '09:00', end: '12:00', roomId: f.roomId, site: '主校区' }] }),
  'appointments.exception.add': (f) => ({ userId: f.userId, from: '2026-12-01', to: '2026-12-02', kind: 'training', note: '危机干预培训' }),
  // No fixture names an exception, appointment, participant or waitlist entry: a random one is NOT_FOUND.
  'appointments.exception.delete': () => ({ id: randomUUID() }),
  'appointments.calendar': (f) => ({ from: '2026-11-02', to: '2026-11-08', counsellorIds: [f.userId], includeCancelled: false }),
  'appointments.get': () => ({ id: randomUUID() }),
  // Outside any availability, with the reason that allows it; a second call may clash (CONFLICT).
  'appointments.book': (f) => ({
    kind: 'intake',
    studentId: f.studentId,
    counsellorId: f.userId,
    roomId: f.roomId,
    start: '2026-11-03T02:00:00.000Z',
    durationMinutes: 50,
    repeatWeeks: 1,
    overrideReason: '临时加约'
  }),
  'appointments.move': () => ({ id: randomUUID(), start: '2026-11-03T03:00:00.000Z', durationMinutes: 50, scope: 'one', overrideReason: '' }),
  'appointments.cancel': () => ({ id: randomUUID(), reason: 'student', note: '学生来电改期', scope: 'one' }),
  'appointments.attend': () => ({ id: randomUUID() }),
  'appointments.participant.add': (f) => ({ appointmentId: randomUUID(), studentId: f.studentId, anonymousCount: 0 }),
  'appointments.participant.remove': () => ({ participantId: randomUUID() }),
  'appointments.forStudent': (f) => ({ studentId: f.studentId }),
  'appointments.waitlist.list': () => ({}),
  'appointments.waitlist.add': (f) => ({ studentId: f.studentId, urgency: 'soon', note: '辅导员转介' }),
  'appointments.waitlist.remove': () => ({ id: randomUUID(), reason: 'withdrawn' }),
  'appointments.remindList': () => ({ date: '2026-11-03' }),
  'appointments.dayList.pdf': (f) => ({ date: '2026-11-03', counsellorId: f.userId, locale: 'zh-CN' }),
  'appointments.dashboard': () => ({}),
  'notes.templates.list': () => ({ includeRetired: true }),
  'notes.templates.save': () => ({ definition: TEMPLATE }),
  'notes.templates.retire': () => ({ key: TEMPLATE.key, retired: true }),
  'notes.categories.get': () => ({}),
  'notes.categories.save': () => ({
    categories: [...SHIPPED_CATEGORIES.map((c) => ({ ...c })), { key: 'peer_conflict', 'zh-CN': '宿舍矛盾', en: 'Dorm conflicts', active: true }]
  }),
  'notes.riskRules.get': () => ({}),
  'notes.riskRules.save': () => ({ rules: [{ level: 'high', anyOf: [{ allOf: [{ question: 'selfHarm', in: ['recent'] }] }] }] }),
  'notes.create': (f) => ({ studentId: f.studentId, appointmentId: null, templateKey: 'session_soap' }),
  'notes.saveDraft': () => ({
    id: randomUUID(),
    content: { subjective: '学生自述近两周入睡困难' },
    categories: ['sleep'],
    risk: null,
    level: null,
    lowerReason: null,
    sensitive: false
  }),
  'notes.discardDraft': () => ({ id: randomUUID() }),
  'notes.sign': () => ({ id: randomUUID() }),
  'notes.addendum': () => ({ noteId: randomUUID(), text: '补充：会谈时间更正为下午三点' }),
  'notes.get': () => ({ id: randomUUID() }),
  'notes.forStudent': (f) => ({ studentId: f.studentId }),
  'notes.myDrafts': () => ({}),
  'notes.search': () => ({ q: '睡眠', limit: 30 }),
  'notes.summary.pdf': (f) => ({ studentId: f.studentId, locale: 'zh-CN' }),
  'referrals.hospitals.list': () => ({ includeInactive: true }),
  'referrals.hospitals.save': () => ({ id: null, hospital: HOSPITAL }),
  'referrals.prefill': (f) => ({ studentId: f.studentId }),
  'referrals.create': (f) => ({ studentId: f.studentId, form: REFERRAL_FORM }),
  'referrals.update': () => ({ id: randomUUID(), form: REFERRAL_FORM }),
  'referrals.get': () => ({ id: randomUUID() }),
  'referrals.forStudent': (f) => ({ studentId: f.studentId }),
  'referrals.list': () => ({ open: true }),
  'referrals.advance': () => ({ id: randomUUID(), to: 'sent', date: '2026-11-03', details: { method: '学生由辅导员陪同前往' } }),
  'referrals.stepBack': () => ({ id: randomUUID(), reason: '误记：学生当天未能就诊' }),
  'referrals.contact': () => ({ id: randomUUID(), with: 'family', channel: 'phone', date: '2026-11-03', summary: '与母亲电话沟通就诊安排' }),
  'referrals.letter.pdf': () => ({ id: randomUUID(), locale: 'zh-CN' }),
  'referrals.returnForm.pdf': () => ({ id: randomUUID(), locale: 'zh-CN' }),
  'alerts.list': () => ({ includeResolvedDays: 7 }),
  'alerts.resolve': () => ({ id: randomUUID(), action: '已电话联系辅导员，学生由室友陪同前往中心', moveToCrisis: true }),
  'screening.instruments.list': () => ({}),
  'screening.instruments.save': () => ({ definition: INSTRUMENT }),
  'screening.rounds.list': () => ({}),
  'screening.rounds.create': () => ({ name: '2026 年秋季新生心理普查', date: '2026-10-15' }),
  'screening.platforms.list': () => ({}),
  // No fixture names a round, flag or result: a random one is refused (NOT_FOUND) after validation.
  'screening.import.check': () => ({ roundId: randomUUID(), fileName: '普查导出.csv', contentBase64: SCREENING_CSV, instrumentKeys: ['phq9'] }),
  'screening.import.commit': () => ({
    roundId: randomUUID(),
    fileName: '普查导出.csv',
    contentBase64: SCREENING_CSV,
    instrumentKeys: ['phq9'],
    mapping: SCREENING_MAPPING,
    jobId: randomUUID(),
    platformName: '心理测评平台'
  }),
  'screening.import.progress': () => ({ jobId: randomUUID() }),
  'screening.imports.list': () => ({ roundId: randomUUID() }),
  'screening.flags.list': () => ({ roundId: randomUUID(), status: 'pending' }),
  'screening.interview.book': (f) => ({
    flagId: randomUUID(),
    counsellorId: f.userId,
    roomId: f.roomId,
    start: '2026-11-03T02:00:00.000Z',
    durationMinutes: 50,
    overrideReason: '临时加约'
  }),
  'screening.interview.record': () => ({ flagId: randomUUID(), outcome: 'confirmed', note: '访谈确认情绪低落两周', tier: 'serious', riskFactors: ['academic_pressure'] }),
  'screening.overview': () => ({ roundId: randomUUID() }),
  'screening.overview.export': () => ({ roundId: randomUUID(), format: 'xlsx' }),
  'screening.student.results': (f) => ({ studentId: f.studentId }),
  'screening.result.get': () => ({ id: randomUUID() }),
  // Item 9 answered 0: no crisis alert, so a loop over roles adds one plain result per role.
  'screening.administer': (f) => ({ studentId: f.studentId, instrumentKey: 'phq9', takenOn: '2026-11-01', answers: [1, 1, 1, 1, 1, 0, 0, 0, 0] }),
  'stats.settings.get': () => ({}),
  'stats.settings.update': () => ({ threshold: 5 }),
  'stats.report': () => ({ range: { from: '2026-10-01', to: '2026-10-31' }, locale: 'zh-CN' }),
  'stats.export': () => ({ range: { from: '2026-10-01', to: '2026-10-31' }, locale: 'zh-CN', format: 'csv' }),
  'activities.list': () => ({ from: '2026-10-01', to: '2026-10-31' }),
  'activities.create': () => ACTIVITY,
  'activities.update': () => ({ id: randomUUID(), form: ACTIVITY }),
  'activities.remove': () => ({ id: randomUUID(), reason: '重复记录' }),
  'backup.settings.get': () => ({}),
  'backup.settings.update': () => ({ folder: null, dailyAt: '17:30', keep: 14 }),
  'backup.status': () => ({}),
  'backup.pickFolder': () => ({}),
  'backup.create': () => ({}),
  'backup.list': () => ({ folder: '/nonexistent/xinan-backups' }),
  'backup.verify': () => ({ path: '/nonexistent/xinan-backups/xinan-backup-20261101-173000' }),
  'backup.restore': () => ({ path: '/nonexistent/xinan-backups/xinan-backup-20261101-173000', confirmCreatedAt: '2026-11-01T09:30:00.000Z' }),
  'backup.inspect': () => ({ path: '/nonexistent/xinan-backups/xinan-backup-20261101-173000' }),
  'backup.restoreFresh': () => ({
    path: '/nonexistent/xinan-backups/xinan-backup-20261101-173000',
    confirmCreatedAt: '2026-11-01T09:30:00.000Z',
    secret: { kind: 'recoveryCode', recoveryCode: 'ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2' },
    replaceUnreadable: false
  }),
  'retention.get': () => ({}),
  'retention.update': () => ({ yearsAfterLeaving: 10 }),
  'retention.preview': () => ({}),
  'retention.purge': () => ({ confirmStudents: 1 }),
  'records.student.pdf': (f) => ({ studentId: f.studentId, locale: 'zh-CN' })
}

export const validInput = <C extends Channel>(channel: C, f: Fixtures): ChannelInput<C> => VALID_INPUT[channel](f)

/** A value of another type than `value` (the schema must refuse it). */
export function wrongTyped(value: unknown): unknown {
  if (typeof value === 'string') return 12345
  if (typeof value === 'number') return 'twelve'
  if (typeof value === 'boolean') return 'yes'
  if (Array.isArray(value)) return 'not a list'
  if (value === null) return 42
  return 'not an object'
}
