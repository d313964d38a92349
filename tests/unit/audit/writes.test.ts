import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { CHANNELS, type Channel } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, CENTRE, ok, setUpCore, tempDir, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { randomFixtures, validInput, VALID_INPUT } from '../helpers/inputs'

interface State {
  password: string
  collegeId: string
  classId: string
  roomId: string
  userId: string
  studentId: string
  recoveryCode: string
  confirmGroups: number[]
  itemId: string
  exceptionId: string
  waitlistId: string
  appointmentIds: string[]
  groupId: string
  participantId: string
  noteId: string
  draftId: string
  alertId: string
  hospitalId: string
  referralId: string
  roundId: string
  flagId: string
  resultId: string
  activityId: string
  expiredStudentId: string
  backupDir: string
  backupPath: string
}

/** The test's own connection to the vault's file (set in beforeAll), for what no channel does. */
let openRaw: Database.Database | null = null
const rawDb = (): Database.Database => {
  if (!openRaw) throw new Error('raw connection not open yet')
  return openRaw
}

interface Step {
  channel: Channel
  input: (s: State) => unknown
  /** The action that must be among the rows the call wrote. */
  action: string
  /** The action of the last row written, when it is not `action` (a login after a recovery). */
  last?: string
  /** The entity ID the `action` row must name. */
  entityId?: (s: State, value: unknown) => string
  after?: (s: State, value: unknown) => void
}

const idOf = (value: unknown): string => (value as { id: string }).id
const referralForm = () => VALID_INPUT['referrals.create'](randomFixtures()).form
const idsOf = (value: unknown): string[] => (value as { id: string }[]).map((a) => a.id)
const KIND_MINUTES = { intake: 50, counselling: 50, follow_up: 50, crisis: 60, group: 90, open_day: 60, remote: 30 }
const NEW_ADMIN_PASSWORD = 'the admin changed it 1'
const RECOVERED_PASSWORD = 'the admin recovered it 2'
const STUDENT = {
  name: '王小明',
  gender: 'male',
  birthDate: null,
  collegeId: null,
  classId: null,
  grade: '',
  major: '',
  dorm: '',
  phone: '',
  guardianName: '',
  guardianRelation: '',
  guardianPhone: '',
  status: 'enrolled',
  contactNotes: ''
}
const ROSTER = Buffer.from('学号,姓名\r\n2025990002,李四\r\n').toString('base64')
/** The platform's export for student 2025990001: PHQ-9 total 11 with item 9 answered, so a flag and an alert. */
const SCREENING = {
  fileName: '普查导出.csv',
  contentBase64: Buffer.from(`学号,${Array.from({ length: 9 }, (_, i) => `PHQ9_${i + 1}`).join(',')}\r\n2025990001,3,3,3,1,0,0,0,0,1\r\n`).toString('base64'),
  instrumentKeys: ['phq9'],
  mapping: { studentNo: 0, takenOn: null, instruments: [{ key: 'phq9', items: [1, 2, 3, 4, 5, 6, 7, 8, 9] }] }
}

/**
 * Every channel that changes state, in an order where each has something to act on, with the
 * audit action it must write. auth.setup is checked on its own (it runs before the loop).
 */
const WRITES: Step[] = [
  { channel: 'settings.centre.update', input: () => ({ name: CENTRE, address: '图书馆三楼', phone: '', logo: null }), action: 'settings.centre.update' },
  { channel: 'settings.security.update', input: () => ({ idleTimeoutMinutes: 30 }), action: 'settings.security.update' },
  {
    channel: 'settings.college.create',
    input: () => ({ name: '心理学院' }),
    action: 'settings.college.create',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.collegeId = idOf(v))
  },
  { channel: 'settings.college.update', input: (s) => ({ id: s.collegeId, name: '教育学院' }), action: 'settings.college.update', entityId: (s) => s.collegeId },
  {
    channel: 'settings.class.create',
    input: (s) => ({ collegeId: s.collegeId, name: '1班', grade: '2025', advisorName: '', advisorPhone: '' }),
    action: 'settings.class.create',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.classId = idOf(v))
  },
  {
    channel: 'settings.class.update',
    input: (s) => ({ id: s.classId, name: '2班', grade: '2025', advisorName: '', advisorPhone: '' }),
    action: 'settings.class.update',
    entityId: (s) => s.classId
  },
  { channel: 'settings.class.delete', input: (s) => ({ id: s.classId }), action: 'settings.class.delete', entityId: (s) => s.classId },
  { channel: 'settings.college.delete', input: (s) => ({ id: s.collegeId }), action: 'settings.college.delete', entityId: (s) => s.collegeId },
  {
    channel: 'settings.room.create',
    input: () => ({ name: '咨询室一', kind: 'counselling', location: '', capacity: 1, active: true }),
    action: 'settings.room.create',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.roomId = idOf(v))
  },
  {
    channel: 'settings.room.update',
    input: (s) => ({ id: s.roomId, name: '咨询室二', kind: 'remote', location: '', capacity: 1, active: false }),
    action: 'settings.room.update',
    entityId: (s) => s.roomId
  },
  { channel: 'settings.room.delete', input: (s) => ({ id: s.roomId }), action: 'settings.room.delete', entityId: (s) => s.roomId },
  {
    channel: 'users.create',
    input: () => ({ username: 'wangxm', displayName: '王小明', role: 'counsellor', firstPassword: 'wangxm first pw' }),
    action: 'users.create',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.userId = idOf(v))
  },
  { channel: 'users.update', input: (s) => ({ id: s.userId, displayName: '王小明', role: 'part_time' }), action: 'users.role_changed', entityId: (s) => s.userId },
  { channel: 'users.setStations', input: (s) => ({ id: s.userId, collegeIds: [] }), action: 'users.set_stations', entityId: (s) => s.userId },
  { channel: 'users.resetPassword', input: (s) => ({ id: s.userId, firstPassword: 'wangxm second pw' }), action: 'users.password_reset', entityId: (s) => s.userId },
  { channel: 'users.deactivate', input: (s) => ({ id: s.userId }), action: 'users.deactivate', entityId: (s) => s.userId },
  { channel: 'users.reactivate', input: (s) => ({ id: s.userId, firstPassword: 'wangxm third pw' }), action: 'users.reactivate', entityId: (s) => s.userId },
  {
    channel: 'students.create',
    input: () => ({ ...STUDENT, studentNo: '2025990001' }),
    action: 'students.create',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.studentId = idOf(v))
  },
  { channel: 'students.update', input: (s) => ({ ...STUDENT, studentNo: '2025990001', id: s.studentId, dorm: '3号楼-101' }), action: 'students.update', entityId: (s) => s.studentId },
  // Opening a student's file or timeline changes nothing but is a read of their record: audited.
  { channel: 'students.get', input: (s) => ({ id: s.studentId }), action: 'students.view', entityId: (s) => s.studentId },
  { channel: 'students.timeline', input: (s) => ({ id: s.studentId }), action: 'students.timeline.view', entityId: (s) => s.studentId },
  {
    channel: 'students.import.commit',
    input: () => ({ fileName: '名单.csv', contentBase64: ROSTER, mapping: { studentNo: 0, name: 1 }, createMissing: false }),
    action: 'students.import'
  },
  {
    channel: 'watch.setTier',
    input: (s) => ({ studentId: s.studentId, tier: 'crisis', reason: '深夜流露轻生念头', riskFactors: ['emotional_crisis'], specialPeriod: null }),
    action: 'watch.set_tier',
    entityId: (s) => s.studentId,
    after: (s, v) => (s.itemId = (v as { checklist: { id: string }[] }).checklist[0]!.id)
  },
  { channel: 'watch.checklist.complete', input: (s) => ({ itemId: s.itemId, note: '' }), action: 'watch.checklist.complete', entityId: (s) => s.studentId },
  {
    channel: 'watch.plan.save',
    input: (s) => ({ studentId: s.studentId, goals: '稳定情绪', measures: '每周咨询', counsellorId: null, advisorName: '', peerSupporter: '', familyContact: '', reviewEveryDays: 7 }),
    action: 'watch.plan.save',
    entityId: (s) => s.studentId
  },
  {
    channel: 'watch.followUp.add',
    input: (s) => ({ studentId: s.studentId, kind: 'dorm_visit', date: '2026-11-01', channel: 'in_person', withWhom: '', summary: '宿舍走访' }),
    action: 'watch.follow_up.add',
    entityId: (s) => s.studentId
  },
  {
    channel: 'watch.review.decide',
    input: (s) => ({ date: '2026-11-02', studentId: s.studentId, decision: 'keep', note: '' }),
    action: 'watch.review.decide',
    entityId: (s) => s.studentId
  },
  // Reads of a student's clinical record, or of names with tiers: audited.
  { channel: 'watch.get', input: (s) => ({ studentId: s.studentId }), action: 'watch.view', entityId: (s) => s.studentId },
  { channel: 'watch.plan.revisions', input: (s) => ({ studentId: s.studentId }), action: 'watch.plan.revisions', entityId: (s) => s.studentId },
  { channel: 'watch.dashboard', input: () => ({}), action: 'watch.dashboard.view' },
  // A print of the agenda discloses every student on it.
  { channel: 'watch.review.pdf', input: () => ({ date: '2026-11-02', locale: 'zh-CN' }), action: 'watch.review.print' },
  {
    channel: 'appointments.settings.update',
    input: () => ({ minutes: KIND_MINUTES, dayStart: '08:00', dayEnd: '20:00' }),
    action: 'appointments.settings.update'
  },
  {
    channel: 'appointments.availability.set',
    input: (s) => ({ userId: s.userId, slots: [{ weekday: 1, start: '08:00', end: '17:00', roomId: null, site: '' }] }),
    action: 'appointments.availability.set',
    entityId: (s) => s.userId
  },
  {
    channel: 'appointments.exception.add',
    input: (s) => ({ userId: s.userId, from: '2026-12-01', to: '2026-12-01', kind: 'leave', note: '' }),
    action: 'appointments.exception.add',
    entityId: (s) => s.userId,
    after: (s, v) => (s.exceptionId = idOf(v))
  },
  { channel: 'appointments.exception.delete', input: (s) => ({ id: s.exceptionId }), action: 'appointments.exception.delete', entityId: (s) => s.userId },
  {
    channel: 'appointments.waitlist.add',
    input: (s) => ({ studentId: s.studentId, urgency: 'urgent', note: '' }),
    action: 'appointments.waitlist.add',
    entityId: (s) => s.studentId,
    after: (s, v) => (s.waitlistId = idOf(v))
  },
  {
    channel: 'appointments.book',
    input: (s) => ({
      kind: 'intake',
      studentId: s.studentId,
      counsellorId: s.userId,
      roomId: null,
      start: '2026-11-02T02:00:00.000Z',
      repeatWeeks: 3,
      waitlistId: s.waitlistId
    }),
    action: 'appointments.book',
    entityId: (_s, v) => idsOf(v)[0]!,
    after: (s, v) => (s.appointmentIds = idsOf(v))
  },
  // Opening an appointment or a student's list of them is a read of the student's record.
  { channel: 'appointments.get', input: (s) => ({ id: s.appointmentIds[0] }), action: 'appointments.view', entityId: (s) => s.appointmentIds[0]! },
  { channel: 'appointments.forStudent', input: (s) => ({ studentId: s.studentId }), action: 'appointments.student.view', entityId: (s) => s.studentId },
  {
    channel: 'appointments.move',
    input: (s) => ({ id: s.appointmentIds[0], start: '2026-11-02T03:00:00.000Z', scope: 'following' }),
    action: 'appointments.move',
    entityId: (s) => s.appointmentIds[0]!
  },
  { channel: 'appointments.attend', input: (s) => ({ id: s.appointmentIds[0] }), action: 'appointments.attend', entityId: (s) => s.appointmentIds[0]! },
  // Notes: the admin writes one about the attended appointment, with a risk that raises an alert.
  { channel: 'notes.templates.save', input: () => VALID_INPUT['notes.templates.save'](randomFixtures()), action: 'notes.templates.save' },
  { channel: 'notes.templates.retire', input: () => VALID_INPUT['notes.templates.retire'](randomFixtures()), action: 'notes.templates.retire' },
  { channel: 'notes.categories.save', input: () => VALID_INPUT['notes.categories.save'](randomFixtures()), action: 'notes.categories.save' },
  { channel: 'notes.riskRules.save', input: () => VALID_INPUT['notes.riskRules.save'](randomFixtures()), action: 'notes.riskRules.save' },
  {
    channel: 'notes.create',
    input: (s) => ({ studentId: s.studentId, appointmentId: s.appointmentIds[0], templateKey: 'session_soap' }),
    action: 'notes.create',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.noteId = idOf(v))
  },
  {
    channel: 'notes.saveDraft',
    input: (s) => ({
      id: s.noteId,
      content: { subjective: '自述近两周失眠', objective: '情绪低落', assessment: '睡眠问题', plan: '一周后复诊' },
      categories: ['sleep'],
      risk: {
        suicidalIdeation: 'none',
        plan: false,
        intent: false,
        means: false,
        pastAttempts: 'none',
        selfHarm: 'recent',
        harmToOthers: 'none',
        protectiveFactors: []
      },
      level: null,
      lowerReason: null,
      sensitive: false
    }),
    action: 'notes.draft.save',
    entityId: (s) => s.noteId
  },
  { channel: 'notes.myDrafts', input: () => ({}), action: 'notes.myDrafts' },
  {
    channel: 'notes.create',
    input: (s) => ({ studentId: s.studentId, appointmentId: null, templateKey: 'remote' }),
    action: 'notes.create',
    after: (s, v) => (s.draftId = idOf(v))
  },
  { channel: 'notes.discardDraft', input: (s) => ({ id: s.draftId }), action: 'notes.draft.discard', entityId: (s) => s.draftId },
  { channel: 'notes.sign', input: (s) => ({ id: s.noteId }), action: 'notes.sign', last: 'alerts.raise', entityId: (s) => s.noteId },
  { channel: 'notes.addendum', input: (s) => ({ noteId: s.noteId, text: '补充：已联系辅导员' }), action: 'notes.addendum', entityId: (s) => s.noteId },
  { channel: 'notes.get', input: (s) => ({ id: s.noteId }), action: 'notes.view', entityId: (s) => s.noteId },
  { channel: 'notes.forStudent', input: (s) => ({ studentId: s.studentId }), action: 'notes.list.view', entityId: (s) => s.studentId },
  { channel: 'notes.search', input: () => ({ q: '失眠', limit: 30 }), action: 'notes.search' },
  {
    channel: 'notes.summary.pdf',
    input: (s) => ({ studentId: s.studentId, locale: 'zh-CN' }),
    action: 'notes.summary.print',
    entityId: (s) => s.studentId
  },
  { channel: 'alerts.list', input: () => ({ includeResolvedDays: 0 }), action: 'alerts.list', after: (s, v) => (s.alertId = idsOf(v)[0]!) },
  {
    channel: 'alerts.resolve',
    input: (s) => ({ id: s.alertId, action: '已电话联系辅导员，学生由室友陪同前往中心', moveToCrisis: true }),
    action: 'alerts.resolve',
    entityId: (s) => s.alertId
  },
  // Referrals: the student is in the crisis tier now, and the form records that the family was told.
  {
    channel: 'referrals.hospitals.save',
    input: () => VALID_INPUT['referrals.hospitals.save'](randomFixtures()),
    action: 'referrals.hospitals.save',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.hospitalId = idOf(v))
  },
  {
    channel: 'referrals.hospitals.save',
    input: (s) => ({ id: s.hospitalId, hospital: { ...VALID_INPUT['referrals.hospitals.save'](randomFixtures()).hospital, department: '精神科' } }),
    action: 'referrals.hospitals.save',
    entityId: (s) => s.hospitalId
  },
  // The prefill reads the student's notes and risk assessment.
  { channel: 'referrals.prefill', input: (s) => ({ studentId: s.studentId }), action: 'referrals.prefill', entityId: (s) => s.studentId },
  {
    channel: 'referrals.create',
    input: (s) => ({ studentId: s.studentId, form: { ...referralForm(), hospitalId: s.hospitalId } }),
    action: 'referrals.create',
    entityId: (_s, v) => idOf(v),
    after: (s, v) => (s.referralId = idOf(v))
  },
  {
    channel: 'referrals.update',
    input: (s) => ({ id: s.referralId, form: { ...referralForm(), hospitalId: s.hospitalId, urgency: 'emergency' } }),
    action: 'referrals.update',
    entityId: (s) => s.referralId
  },
  { channel: 'referrals.get', input: (s) => ({ id: s.referralId }), action: 'referrals.view', entityId: (s) => s.referralId },
  { channel: 'referrals.forStudent', input: (s) => ({ studentId: s.studentId }), action: 'referrals.student.view', entityId: (s) => s.studentId },
  { channel: 'referrals.list', input: () => ({ open: true }), action: 'referrals.list' },
  { channel: 'referrals.letter.pdf', input: (s) => ({ id: s.referralId, locale: 'zh-CN' }), action: 'referrals.letter.print', entityId: (s) => s.referralId },
  {
    channel: 'referrals.contact',
    input: (s) => ({ id: s.referralId, with: 'family', channel: 'phone', date: '2026-11-02', summary: '与母亲电话沟通就诊安排' }),
    action: 'referrals.contact',
    entityId: (s) => s.referralId
  },
  ...(['sent', 'seen', 'outcome'] as const).map(
    (to): Step => ({
      channel: 'referrals.advance',
      input: (s) => ({ id: s.referralId, to, date: '2026-11-02', details: to === 'outcome' ? { diagnosis: '抑郁发作' } : {} }),
      action: 'referrals.advance',
      entityId: (s) => s.referralId
    })
  ),
  { channel: 'referrals.returnForm.pdf', input: (s) => ({ id: s.referralId, locale: 'zh-CN' }), action: 'referrals.returnForm.print', entityId: (s) => s.referralId },
  { channel: 'referrals.stepBack', input: (s) => ({ id: s.referralId, reason: '误记：诊断尚未出具' }), action: 'referrals.stepBack', entityId: (s) => s.referralId },
  { channel: 'screening.rounds.create', input: () => ({ name: '2026 年秋季心理普查', date: '2026-10-15' }), action: 'screening.rounds.create', after: (s, v) => (s.roundId = idOf(v)) },
  {
    channel: 'screening.import.commit',
    input: (s) => ({ ...SCREENING, roundId: s.roundId, jobId: randomUUID(), platformName: '示范测评平台' }),
    action: 'screening.import'
  },
  {
    channel: 'screening.flags.list',
    input: (s) => ({ roundId: s.roundId }),
    action: 'screening.flags.list',
    entityId: (s) => s.roundId,
    after: (s, v) => (s.flagId = (v as { rows: { id: string }[] }).rows[0]!.id)
  },
  {
    channel: 'screening.interview.book',
    input: (s) => ({ flagId: s.flagId, counsellorId: s.userId, roomId: null, start: '2026-11-05T02:00:00.000Z', overrideReason: '筛查访谈' }),
    action: 'screening.interview.book',
    entityId: (s) => s.flagId
  },
  {
    channel: 'screening.interview.record',
    input: (s) => ({ flagId: s.flagId, outcome: 'confirmed', note: '访谈确认', tier: 'serious', riskFactors: [] }),
    action: 'screening.interview.record',
    entityId: (s) => s.flagId
  },
  { channel: 'screening.overview.export', input: (s) => ({ roundId: s.roundId, format: 'csv' }), action: 'screening.overview.export', entityId: (s) => s.roundId },
  { channel: 'screening.instruments.save', input: () => VALID_INPUT['screening.instruments.save'](randomFixtures()), action: 'screening.instruments.save' },
  {
    channel: 'screening.administer',
    input: (s) => ({ studentId: s.studentId, instrumentKey: 'gad7', takenOn: '2026-10-20', answers: [1, 1, 1, 0, 0, 0, 0] }),
    action: 'screening.administer',
    after: (s, v) => (s.resultId = idOf(v))
  },
  { channel: 'screening.student.results', input: (s) => ({ studentId: s.studentId }), action: 'screening.results.read', entityId: (s) => s.studentId },
  { channel: 'screening.result.get', input: (s) => ({ id: s.resultId }), action: 'screening.result.read', entityId: (s) => s.resultId },
  { channel: 'stats.settings.update', input: () => ({ threshold: 6 }), action: 'stats.settings.update' },
  { channel: 'stats.export', input: () => VALID_INPUT['stats.export'](randomFixtures()), action: 'stats.export' },
  { channel: 'activities.create', input: () => VALID_INPUT['activities.create'](randomFixtures()), action: 'activities.create', after: (s, v) => (s.activityId = idOf(v)) },
  {
    channel: 'activities.update',
    input: (s) => ({ id: s.activityId, form: VALID_INPUT['activities.create'](randomFixtures()) }),
    action: 'activities.update',
    entityId: (s) => s.activityId
  },
  { channel: 'activities.remove', input: (s) => ({ id: s.activityId, reason: '重复记录' }), action: 'activities.remove', entityId: (s) => s.activityId },
  { channel: 'backup.settings.update', input: (s) => ({ folder: s.backupDir, dailyAt: '17:30', keep: 3 }), action: 'backup.settings.update' },
  {
    channel: 'backup.create',
    input: () => ({}),
    action: 'backup.create',
    entityId: (_s, v) => (v as { backup: { name: string } }).backup.name,
    after: (s, v) => (s.backupPath = (v as { backup: { path: string } }).backup.path)
  },
  { channel: 'retention.update', input: () => ({ yearsAfterLeaving: 5 }), action: 'retention.update' },
  // A student who graduated in 2001 (set in the file directly: the app records leaving as of today).
  {
    channel: 'students.create',
    input: () => ({ ...STUDENT, name: '赵一', studentNo: '1997990001' }),
    action: 'students.create',
    after: (s, v) => {
      s.expiredStudentId = idOf(v)
      rawDb().prepare("UPDATE students SET status = 'graduated', left_on = '2001-07-01' WHERE id = ?").run(s.expiredStudentId)
    }
  },
  // The audit row holds counts only.
  { channel: 'retention.purge', input: () => ({ confirmStudents: 1 }), action: 'retention.purge' },
  { channel: 'records.student.pdf', input: (s) => ({ studentId: s.studentId, locale: 'zh-CN' }), action: 'records.student.print', entityId: (s) => s.studentId },
  {
    channel: 'appointments.cancel',
    input: (s) => ({ id: s.appointmentIds[1], reason: 'student', note: '', scope: 'following' }),
    action: 'appointments.cancel',
    entityId: (s) => s.appointmentIds[1]!
  },
  {
    channel: 'appointments.book',
    input: (s) => ({ kind: 'group', studentId: null, counsellorId: s.userId, roomId: null, start: '2026-11-04T06:00:00.000Z', capacity: 8, overrideReason: '团体辅导' }),
    action: 'appointments.book',
    after: (s, v) => (s.groupId = idsOf(v)[0]!)
  },
  {
    channel: 'appointments.participant.add',
    input: (s) => ({ appointmentId: s.groupId, studentId: s.studentId, anonymousCount: 0 }),
    action: 'appointments.participant.add',
    entityId: (s) => s.groupId,
    after: (s, v) => (s.participantId = (v as { participants: { id: string }[] }).participants[0]!.id)
  },
  {
    channel: 'appointments.participant.remove',
    input: (s) => ({ participantId: s.participantId }),
    action: 'appointments.participant.remove',
    entityId: (s) => s.groupId
  },
  {
    channel: 'appointments.waitlist.add',
    input: (s) => ({ studentId: s.studentId, urgency: 'routine', note: '' }),
    action: 'appointments.waitlist.add',
    after: (s, v) => (s.waitlistId = idOf(v))
  },
  {
    channel: 'appointments.waitlist.remove',
    input: (s) => ({ id: s.waitlistId, reason: 'withdrawn' }),
    action: 'appointments.waitlist.remove',
    entityId: (s) => s.studentId
  },
  { channel: 'appointments.dashboard', input: () => ({}), action: 'appointments.dashboard.view' },
  // A day list discloses every student booked that day.
  {
    channel: 'appointments.dayList.pdf',
    input: (s) => ({ date: '2026-11-02', counsellorId: s.userId, locale: 'zh-CN' }),
    action: 'appointments.dayList.print',
    entityId: (s) => s.userId
  },
  {
    channel: 'auth.recoveryCode.confirm',
    input: (s) => ({ groups: s.confirmGroups.map((g) => s.recoveryCode.split('-')[g - 1]) }),
    action: 'auth.recovery_code_confirmed'
  },
  {
    channel: 'auth.changePassword',
    input: (s) => ({ currentPassword: s.password, newPassword: NEW_ADMIN_PASSWORD }),
    action: 'auth.password_changed',
    after: (s) => (s.password = NEW_ADMIN_PASSWORD)
  },
  { channel: 'auth.lock', input: () => ({ reason: 'button' }), action: 'auth.lock' },
  { channel: 'auth.login', input: (s) => ({ username: ADMIN.username, password: s.password }), action: 'auth.login' },
  { channel: 'auth.logout', input: () => ({}), action: 'auth.logout' },
  {
    channel: 'auth.recover',
    input: (s) => ({ username: ADMIN.username, recoveryCode: s.recoveryCode, newPassword: RECOVERED_PASSWORD }),
    action: 'auth.recovered',
    last: 'auth.login',
    after: (s) => (s.password = RECOVERED_PASSWORD)
  }
]

/** Channels that change nothing; the ones marked audited still log that someone looked. */
const READS: Partial<Record<Channel, 'audited' | 'silent'>> = {
  'app.status': 'silent',
  'auth.activity': 'silent',
  'auth.recoveryCode.get': 'audited',
  'users.list': 'silent',
  'audit.list': 'audited',
  'audit.actions': 'silent',
  'audit.verify': 'audited',
  'settings.centre.get': 'silent',
  'settings.security.get': 'silent',
  'settings.org.get': 'silent',
  'settings.rooms.list': 'silent',
  // Roster data, no record opened; the check writes nothing.
  'students.search': 'silent',
  'students.list': 'silent',
  'students.import.check': 'silent',
  'watch.list': 'audited',
  'watch.review.agenda': 'audited',
  // Colleagues' names and roles, for pickers.
  'users.staff': 'silent',
  // Appointments: settings, hours and the calendar open no student record; the waitlist and the
  // reminder list show names and phone numbers.
  'appointments.settings.get': 'silent',
  'appointments.availability.get': 'silent',
  'appointments.calendar': 'silent',
  'appointments.waitlist.list': 'audited',
  'appointments.remindList': 'audited',
  // Templates, categories and rules are the centre's forms, not records.
  'notes.templates.list': 'silent',
  'notes.categories.get': 'silent',
  'notes.riskRules.get': 'silent',
  // The hospital directory is the centre's address book.
  'referrals.hospitals.list': 'silent',
  // Instruments and platform layouts are the centre's forms; the rounds list holds counts only;
  // progress is counts of rows.
  'screening.instruments.list': 'silent',
  'screening.rounds.list': 'silent',
  'screening.platforms.list': 'silent',
  'screening.import.progress': 'silent',
  // The threshold is a setting; the report holds anonymised counts but is audited as a disclosure
  // (range and threshold); the activity log is the centre's own work.
  'stats.settings.get': 'silent',
  'stats.report': 'audited',
  'activities.list': 'silent',
  // Backup settings and status, the folder dialog, the retention policy and the purge preview
  // (counts only) open no record.
  'backup.settings.get': 'silent',
  'backup.status': 'silent',
  'backup.pickFolder': 'silent',
  'retention.get': 'silent',
  'retention.preview': 'silent'
}

/**
 * Channels that replace the vault (the audit row is written into the restored database at the
 * next unlock) or answer only on the first screen: their audit is tested in
 * tests/unit/backup/channels.test.ts, on vaults of their own.
 */
const ELSEWHERE: Channel[] = ['backup.restore', 'backup.restoreFresh', 'backup.inspect']

/**
 * Reads of a round (they need one to exist, so they run after the writes): the check reads a file
 * and matches numbers, the imports list names files, the heat map holds counts. None opens a record.
 */
const ROUND_READS: { channel: Channel; input: (s: State) => unknown }[] = [
  { channel: 'screening.import.check', input: (s) => ({ ...SCREENING, roundId: s.roundId }) },
  { channel: 'screening.imports.list', input: (s) => ({ roundId: s.roundId }) },
  { channel: 'screening.overview', input: (s) => ({ roundId: s.roundId }) },
  // Listing and verifying backups read the folder and the backup's own file, never a record.
  { channel: 'backup.list', input: (s) => ({ folder: s.backupDir }) },
  { channel: 'backup.verify', input: (s) => ({ path: s.backupPath }) }
]

describe('every write is audited', () => {
  let core: TestCore
  let raw: Database.Database
  const state: State = {
    password: ADMIN.password,
    collegeId: '',
    classId: '',
    roomId: '',
    userId: '',
    studentId: '',
    recoveryCode: '',
    confirmGroups: [],
    itemId: '',
    exceptionId: '',
    waitlistId: '',
    appointmentIds: [],
    groupId: '',
    participantId: '',
    noteId: '',
    draftId: '',
    alertId: '',
    hospitalId: '',
    referralId: '',
    roundId: '',
    flagId: '',
    resultId: '',
    activityId: '',
    expiredStudentId: '',
    backupDir: '',
    backupPath: ''
  }

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    openRaw = raw
    state.backupDir = tempDir()
  })

  it('every channel of the contract is listed here as a write or a read', () => {
    // A write may be listed twice (a second booking, a second waitlist entry).
    const listed = [...new Set([...WRITES.map((s) => s.channel), 'auth.setup', ...Object.keys(READS), ...ROUND_READS.map((r) => r.channel), ...ELSEWHERE])].sort()
    expect(listed).toEqual([...CHANNELS].sort())
  })

  it('auth.setup writes vault.setup and the first admin’s users.create, then the login', () => {
    const rows = auditRows(raw)
    expect(rows.map((r) => r.action)).toEqual(['vault.setup', 'users.create', 'auth.login'])
    expect(rows[1]!.summary).toBe('{"role":"admin"}')
  })

  for (const [channel, kind] of Object.entries(READS) as [Channel, 'audited' | 'silent'][]) {
    it(`${channel} (a read) writes ${kind === 'audited' ? 'exactly one row naming it' : 'nothing'}`, async () => {
      const before = lastSeq(raw)
      const result = await core.call(channel, validInput(channel, randomFixtures()))
      expect(result.ok).toBe(true)
      // The code shown here is confirmed and then used for auth.recover below.
      if (channel === 'auth.recoveryCode.get' && result.ok) Object.assign(state, pickCode(result.value))
      const rows = auditRows(raw, before)
      if (kind === 'silent') expect(rows).toEqual([])
      else expect(rows.map((r) => r.action)).toEqual([channel === 'auth.recoveryCode.get' ? 'auth.recovery_code_shown' : channel])
    })
  }

  for (const step of WRITES) {
    it(`${step.channel} writes an audit row (${step.action})`, async () => {
      const before = lastSeq(raw)
      const result = await core.call(step.channel, step.input(state))
      if (!result.ok) throw new Error(`${step.channel} failed: ${JSON.stringify(result.error)}`)
      const rows = auditRows(raw, before)
      expect(rows.length).toBeGreaterThanOrEqual(1)
      const row = rows.find((r) => r.action === step.action)
      expect(row, `rows written: ${rows.map((r) => r.action).join(', ')}`).toBeDefined()
      expect(rows.at(-1)!.action).toBe(step.last ?? step.action)
      if (step.entityId) expect(row!.entity_id).toBe(step.entityId(state, result.value))
      step.after?.(state, result.value)
    })
  }

  for (const read of ROUND_READS) {
    it(`${read.channel} (a read of a round) writes nothing`, async () => {
      const before = lastSeq(raw)
      const result = await core.call(read.channel, read.input(state))
      if (!result.ok) throw new Error(`${read.channel} failed: ${JSON.stringify(result.error)}`)
      expect(auditRows(raw, before)).toEqual([])
    })
  }

  it('a write that fails writes no audit row (the act and its row are one transaction)', async () => {
    const before = lastSeq(raw)
    expect((await core.call('settings.college.update', { id: randomUUID(), name: '无此学院' })).ok).toBe(false)
    await ok(core, 'settings.college.create', { name: '重名学院' })
    const afterCreate = lastSeq(raw)
    expect(afterCreate).toBe(before + 1)
    expect((await core.call('settings.college.create', { name: '重名学院' })).ok).toBe(false)
    expect(lastSeq(raw)).toBe(afterCreate)
  })
})

function pickCode(value: unknown): Partial<State> {
  const v = value as { code: string; confirmGroups: number[] }
  return { recoveryCode: v.code, confirmGroups: v.confirmGroups }
}
