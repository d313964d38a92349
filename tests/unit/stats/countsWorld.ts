import type Database from 'better-sqlite3'
import type { ChannelInput } from '@shared/contract'
import { at } from '../appointments/helpers'
import { ADMIN, ok, setUpCore, type TestCore } from '../helpers/core'
import { openDb, unwrapDek } from '../helpers/db'
import { fullForm, HOSPITAL } from '../referrals/referralWorld'
import { commitInput, gad, phq, row } from '../screening/roundWorld'
import { createOrg } from '../students/fixtures'
import { addStudent, advanceTo, planInput, setTier } from '../watch/helpers'

/**
 * A hand-made centre for the statistics' counts, built through the core's channels on a clock
 * that walks from Monday 2026-11-02 09:00 (before the range) through the report's range
 * RANGE = 2026-11-03..2026-11-04 to Thursday 2026-11-05 00:00 (after it), so that everything the
 * core timestamps with "now" falls before, inside or after the range on purpose. What each act
 * adds to the report is spelled out next to the expected values in counts.test.ts.
 */
export const RANGE = { from: '2026-11-03', to: '2026-11-04' }

export interface CountsWorld {
  core: TestCore
  raw: Database.Database
  adminId: string
  colleges: { psych: string; lang: string }
  /** 张三 psych ♂ 2025; 李四 psych ♀ 2025; 王小明 lang ♂ 2024; 赵六 no college ♀ no grade; 孙七 psych other 2024 (on leave); 周八 lang ♀ 2024. */
  s: { zhang: string; li: string; wang: string; zhao: string; sun: string; zhou: string }
  nos: Record<keyof CountsWorld['s'], string>
  rounds: { r1: string; r2: string; r3: string }
}

export const ROUND_NAMES = { r1: '2026年秋季新生心理普查', r2: '2026年秋季补测', r3: '2026年十月抽测' }

type World = CountsWorld
type BookInput = ChannelInput<'appointments.book'>

/** Books as the admin (the counsellor of every session here), without a room, outside any availability. */
async function book(w: World, kind: BookInput['kind'], studentId: string | null, date: string, time: string, minutes = 30, capacity?: number): Promise<string> {
  const input: BookInput = { kind, studentId, counsellorId: w.adminId, roomId: null, start: at(date, time), durationMinutes: minutes, overrideReason: '补录', repeatWeeks: 1 }
  const [appointment] = await ok(w.core, 'appointments.book', capacity === undefined ? input : { ...input, capacity })
  return appointment!.id
}

const join = (w: World, appointmentId: string, studentId: string | null, anonymousCount = 0) =>
  ok(w.core, 'appointments.participant.add', { appointmentId, studentId, anonymousCount })

async function note(w: World, studentId: string, categories: string[], sign = true): Promise<string> {
  const created = await ok(w.core, 'notes.create', { studentId, appointmentId: null, templateKey: 'session_soap' })
  const content = { subjective: '近两周入睡困难。', objective: '情绪低落。', assessment: '考试压力。', plan: '放松训练。' }
  await ok(w.core, 'notes.saveDraft', { id: created.id, content, categories, risk: null, level: null, lowerReason: null, sensitive: false })
  if (sign) await ok(w.core, 'notes.sign', { id: created.id })
  return created.id
}

const plan = (w: World, studentId: string) => ok(w.core, 'watch.plan.save', planInput(studentId, w.adminId, 14))

async function importRound(w: World, roundId: string, rows: string[][]): Promise<void> {
  await ok(w.core, 'screening.import.commit', commitInput(roundId, rows))
}

async function resolveAlert(w: World, studentId: string): Promise<void> {
  const alert = w.raw.prepare('SELECT id FROM crisis_alerts WHERE student_id = ? AND resolved_at IS NULL').get(studentId) as { id: string }
  await ok(w.core, 'alerts.resolve', { id: alert.id, action: '已约谈并通知辅导员', moveToCrisis: false })
}

const followUp = (w: World, studentId: string, kind: ChannelInput<'watch.followUp.add'>['kind'], date: string) =>
  ok(w.core, 'watch.followUp.add', { studentId, kind, date, channel: 'in_person', withWhom: '', summary: '谈话，情绪平稳' })

const decide = (w: World, date: string, studentId: string, decision: ChannelInput<'watch.review.decide'>['decision'] = 'keep') =>
  ok(w.core, 'watch.review.decide', { date, studentId, decision, note: '' })

async function setUpBase(): Promise<World> {
  const core = await setUpCore()
  const raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  const adminId = (await ok(core, 'app.status', {})).session!.user.id
  const org = await createOrg(core)
  const psych = org.collegeId
  const lang = org.otherCollegeId
  const s = {
    zhang: await addStudent(core, { name: '张三', collegeId: psych, gender: 'male', grade: '2025' }),
    li: await addStudent(core, { name: '李四', collegeId: psych, gender: 'female', grade: '2025' }),
    wang: await addStudent(core, { name: '王小明', collegeId: lang, gender: 'male', grade: '2024' }),
    zhao: await addStudent(core, { name: '赵六', collegeId: null, gender: 'female', grade: '' }),
    sun: await addStudent(core, { name: '孙七', collegeId: psych, gender: 'other', grade: '2024', status: 'on_leave' }),
    zhou: await addStudent(core, { name: '周八', collegeId: lang, gender: 'female', grade: '2024' })
  }
  const noOf = (id: string): string => (raw.prepare('SELECT student_no FROM students WHERE id = ?').get(id) as { student_no: string }).student_no
  const nos = Object.fromEntries(Object.entries(s).map(([key, id]) => [key, noOf(id)])) as World['nos']
  const round = async (name: string, date: string) => (await ok(core, 'screening.rounds.create', { name, date })).id
  const rounds = { r1: await round(ROUND_NAMES.r1, '2026-11-03'), r2: await round(ROUND_NAMES.r2, '2026-11-04'), r3: await round(ROUND_NAMES.r3, '2026-10-20') }
  return { core, raw, adminId, colleges: { psych, lang }, s, nos, rounds }
}

/** Appointments around the range; returns those to be marked attended once their day has come. */
async function bookSessions(w: World): Promise<{ attend: string[]; noShow: string[]; cancelStudent: string[]; cancelCentre: string[] }> {
  const { s } = w
  const groupIn = await book(w, 'group', null, '2026-11-03', '15:00', 60, 10)
  await join(w, groupIn, s.li)
  await join(w, groupIn, s.wang)
  await join(w, groupIn, s.sun)
  await join(w, groupIn, null, 2)
  const groupCancelled = await book(w, 'group', null, '2026-11-04', '16:00', 60, 10)
  await join(w, groupCancelled, s.zhang)
  const openDay = await book(w, 'open_day', null, '2026-11-04', '13:00', 120, 50)
  await join(w, openDay, s.zhou)
  await join(w, openDay, null, 7)
  await join(w, openDay, null, 3)
  const openDayBooked = await book(w, 'open_day', null, '2026-11-03', '12:00', 60, 50)
  await join(w, openDayBooked, null, 5)
  const openDayAfter = await book(w, 'open_day', null, '2026-11-05', '13:00', 120, 50)
  await join(w, openDayAfter, null, 4)
  await book(w, 'follow_up', s.zhao, '2026-11-04', '10:00') // stays booked
  return {
    attend: [
      await book(w, 'crisis', s.li, '2026-11-02', '23:40', 15), // the evening before the range
      await book(w, 'counselling', s.li, '2026-11-03', '00:00'), // the range's first minute
      await book(w, 'intake', s.zhang, '2026-11-03', '10:00'),
      groupIn,
      await book(w, 'remote', s.zhao, '2026-11-04', '11:00'),
      openDay,
      await book(w, 'counselling', s.zhang, '2026-11-04', '23:30'), // the range's last half hour
      await book(w, 'counselling', s.wang, '2026-11-05', '00:00', 10), // the first minute after it
      await book(w, 'counselling', s.zhang, '2026-11-05', '00:10'),
      openDayAfter
    ],
    noShow: [await book(w, 'remote', s.wang, '2026-11-03', '14:00'), await book(w, 'remote', s.wang, '2026-11-05', '09:00')],
    cancelStudent: [await book(w, 'follow_up', s.wang, '2026-11-04', '09:00')],
    cancelCentre: [groupCancelled]
  }
}

type ActivityForm = ChannelInput<'activities.create'>

/** Logged on 2026-11-05 (an activity cannot be dated ahead of the day it is logged). */
async function logActivities(w: World): Promise<void> {
  const log = (kind: ActivityForm['kind'], date: string, participants: number | null, extra: Partial<ActivityForm> = {}) =>
    ok(w.core, 'activities.create', { kind, title: `${kind} ${date}`, date, participants, channel: null, theme: null, notes: '', ...extra })
  await log('training', '2026-11-03', 30)
  await log('lecture', '2026-11-04', 120)
  await log('publicity', '2026-11-03', null, { channel: 'wechat' })
  await log('event', '2026-11-04', 200, { theme: 'day525' })
  await log('event', '2026-11-03', null, { theme: 'day1010' })
  await log('event', '2026-11-04', 10, { theme: 'other' })
  const twice = await log('training', '2026-11-03', 99)
  await ok(w.core, 'activities.remove', { id: twice.id, reason: '重复录入' })
  await log('training', '2026-11-05', 40)
  await log('lecture', '2026-11-02', 50)
}

export async function setUpCountsWorld(): Promise<CountsWorld> {
  const w = await setUpBase()
  const { s, nos, rounds } = w
  const sessions = await bookSessions(w)

  // Monday 2026-11-02, before the range.
  await setTier(w.core, s.zhang, 'general')
  await setTier(w.core, s.li, 'serious')
  await plan(w, s.zhang)
  await decide(w, '2026-11-02', s.zhang)
  await importRound(w, rounds.r3, [row(nos.sun, '', phq(6, 1), gad(0))])
  await resolveAlert(w, s.sun)
  const drafts = await draftReferrals(w)
  await advanceTo(w.core, at('2026-11-02', '23:55'))
  await note(w, s.zhao, ['family'])

  // Tuesday 2026-11-03 00:00, the range's first instant.
  await advanceTo(w.core, at('2026-11-03', '00:00'))
  await note(w, s.zhang, ['sleep', 'mood'])
  await note(w, s.li, ['sleep'])
  await note(w, s.wang, ['academic'], false)
  await setTier(w.core, s.zhang, 'serious')
  await setTier(w.core, s.wang, 'general')
  await setTier(w.core, s.li, 'general')
  await setTier(w.core, s.zhao, 'crisis')
  await plan(w, s.zhang)
  await importRound(w, rounds.r1, [
    row(nos.zhang, '', phq(6, 1), gad(0)),
    row(nos.li, '', phq(2), gad(1)),
    row(nos.wang, '', phq(12), gad(3)),
    row(nos.zhao, '', phq(3, 1), gad(0)),
    row(nos.zhou, '', phq(2), gad(2))
  ])
  await resolveAlert(w, s.zhang)

  // Wednesday 2026-11-04 23:50, the range's last minutes.
  await advanceTo(w.core, at('2026-11-04', '23:50'))
  await note(w, s.zhang, ['sleep'])
  const lateNote = await note(w, s.sun, ['crisis'], false)
  await setTier(w.core, s.zhao, null)
  await setTier(w.core, s.sun, 'general')
  // Two changes at one instant (the test clock stands still): the one recorded last holds.
  await setTier(w.core, s.li, 'serious')
  await setTier(w.core, s.li, 'general')
  await plan(w, s.zhang)
  await importRound(w, rounds.r2, [row(nos.zhang, '', phq(2), gad(0)), row(nos.li, '', phq(15, 1), gad(4))])
  await resolveAlert(w, s.zhao)
  await decide(w, '2026-11-04', s.wang, 'raise')
  await decide(w, '2026-11-04', s.wang, 'keep') // revised: still one decision
  await decide(w, '2026-11-04', s.zhang)

  // Thursday 2026-11-05 00:00, the first instant after the range.
  await advanceTo(w.core, at('2026-11-05', '00:00'))
  await ok(w.core, 'notes.sign', { id: lateNote }) // written in the range, signed after it
  await note(w, s.zhao, ['family'])
  await setTier(w.core, s.sun, 'crisis')
  await plan(w, s.zhang)
  await setTier(w.core, s.zhang, null)
  await decide(w, '2026-11-05', s.sun)
  await resolveAlert(w, s.li)
  for (const id of sessions.attend) await ok(w.core, 'appointments.attend', { id })
  for (const id of sessions.noShow) await ok(w.core, 'appointments.cancel', { id, reason: 'no_show', note: '', scope: 'one' })
  for (const id of sessions.cancelStudent) await ok(w.core, 'appointments.cancel', { id, reason: 'student', note: '', scope: 'one' })
  for (const id of sessions.cancelCentre) await ok(w.core, 'appointments.cancel', { id, reason: 'centre', note: '', scope: 'one' })
  for (const [studentId, kind, date] of [
    [s.zhang, 'peer_support', '2026-11-03'],
    [s.li, 'peer_support', '2026-11-04'],
    [s.zhang, 'family_contact', '2026-11-04'],
    [s.wang, 'dorm_visit', '2026-11-02'],
    [s.wang, 'advisor_talk', '2026-11-05'],
    [s.zhao, 'advisor_talk', '2026-11-03'],
    [s.zhang, 'review', '2026-11-03']
  ] as const) {
    await followUp(w, studentId, kind, date)
  }
  await stepReferrals(w, drafts)
  await logActivities(w)
  return w
}

type Referrals = Record<'zhang' | 'li' | 'wang' | 'zhao', string>

/** Drafts made before the range: a step is dated no earlier than the state before it. */
async function draftReferrals(w: World): Promise<Referrals> {
  const hospitalId = (await ok(w.core, 'referrals.hospitals.save', { id: null, hospital: HOSPITAL })).id
  const create = async (studentId: string) => (await ok(w.core, 'referrals.create', { studentId, form: fullForm(hospitalId) })).id
  return { zhang: await create(w.s.zhang), li: await create(w.s.li), wang: await create(w.s.wang), zhao: await create(w.s.zhao) }
}

/** 张三's reaches seen and returned in the range (sent the day before); 李四's is sent and seen, stepped back and seen again; 王小明's is sent; 赵六's is sent after. */
async function stepReferrals(w: World, r: Referrals): Promise<void> {
  const step = (id: string, to: ChannelInput<'referrals.advance'>['to'], date: string, details: Record<string, string> = {}) =>
    ok(w.core, 'referrals.advance', { id, to, date, details })
  await step(r.zhang, 'sent', '2026-11-02')
  await step(r.zhang, 'seen', '2026-11-03')
  await step(r.zhang, 'outcome', '2026-11-03', { diagnosis: '抑郁发作' })
  await step(r.zhang, 'returned', '2026-11-04')
  await step(r.li, 'sent', '2026-11-03')
  await step(r.li, 'seen', '2026-11-04')
  await ok(w.core, 'referrals.stepBack', { id: r.li, reason: '误点' })
  await step(r.li, 'seen', '2026-11-04')
  await step(r.wang, 'sent', '2026-11-04')
  await step(r.zhao, 'sent', '2026-11-05')
}
