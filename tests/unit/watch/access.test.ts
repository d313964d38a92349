import type Database from 'better-sqlite3'
import { CHANNELS, type Channel, type ChannelInput } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createUser, err, loginAdmin, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { createOrg, loginAs } from '../students/fixtures'
import { addStudent, planInput, setTier, tierInput, watchDigest } from './helpers'

const WATCH_CHANNELS = CHANNELS.filter((c) => c.startsWith('watch.'))

/**
 * A part-time counsellor works on the students of their college stations only; the front desk
 * never sees the watch list. Students: `mine` (the station's college) and `theirs` (another).
 */
describe('who may see and change the watch list', () => {
  let core: TestCore
  let raw: Database.Database
  let partTime: TestUser
  let assistant: TestUser
  let mine: string
  let theirs: string
  let theirItem: string

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    const org = await createOrg(core)
    mine = await addStudent(core, { name: '王小明', collegeId: org.collegeId })
    theirs = await addStudent(core, { name: '李四', collegeId: org.otherCollegeId })
    await setTier(core, mine, 'crisis')
    theirItem = (await setTier(core, theirs, 'crisis')).checklist[0]!.id
    partTime = await createUser(core, { username: 'jianzhi', displayName: '兼职老师', role: 'part_time' })
    assistant = await createUser(core, { username: 'qiantai', displayName: '前台', role: 'assistant' })
    await ok(core, 'users.setStations', { id: partTime.id, collegeIds: [org.collegeId] })
  })

  /** A valid input of every watch channel, aimed at `studentId`. */
  const inputs = (studentId: string, itemId: string): { [C in Channel]?: ChannelInput<C> } => ({
    'watch.list': {},
    'watch.get': { studentId },
    'watch.setTier': tierInput(studentId, 'serious'),
    'watch.checklist.complete': { itemId, note: '' },
    'watch.plan.save': planInput(studentId, null, 7),
    'watch.plan.revisions': { studentId },
    'watch.followUp.add': { studentId, kind: 'dorm_visit', date: '2026-11-01', channel: 'in_person', withWhom: '', summary: '宿舍走访' },
    'watch.review.agenda': { date: '2026-11-02' },
    'watch.review.decide': { date: '2026-11-02', studentId, decision: 'keep', note: '' },
    'watch.review.pdf': { date: '2026-11-02', locale: 'zh-CN' },
    'watch.dashboard': {}
  })

  it('the inputs above cover every watch channel', () => {
    expect(Object.keys(inputs(mine, theirItem)).sort()).toEqual([...WATCH_CHANNELS].sort())
  })

  it('part_time: the station’s students only; another college’s student is FORBIDDEN and nothing is written', async () => {
    await loginAs(core, partTime)
    expect((await ok(core, 'watch.list', {})).map((r) => r.studentId)).toEqual([mine])
    const dashboard = await ok(core, 'watch.dashboard', {})
    expect(dashboard.crisis.map((r) => r.studentId)).toEqual([mine])
    expect(dashboard.overdueItems.every((o) => o.student.studentId === mine)).toBe(true)
    expect((await ok(core, 'watch.get', { studentId: mine })).tier).toBe('crisis')

    const perRecord = ['watch.get', 'watch.setTier', 'watch.checklist.complete', 'watch.plan.save', 'watch.plan.revisions', 'watch.followUp.add'] as const
    const theirInputs = inputs(theirs, theirItem)
    for (const channel of perRecord) {
      const before = watchDigest(raw)
      expect(await err(core, channel, theirInputs[channel]), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
      expect(watchDigest(raw), channel).toEqual(before)
    }
    // The weekly review is the centre's own meeting.
    for (const channel of ['watch.review.agenda', 'watch.review.decide', 'watch.review.pdf'] as const) {
      expect(await err(core, channel, inputs(mine, theirItem)[channel]), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
    }
    // Their own station's student: full clinical work.
    expect((await ok(core, 'watch.setTier', tierInput(mine, 'serious'))).tier).toBe('serious')
    await ok(core, 'watch.followUp.add', inputs(mine, theirItem)['watch.followUp.add']!)
  })

  it('assistant: FORBIDDEN on every watch channel, with the access.denied row and nothing else', async () => {
    await loginAs(core, assistant)
    const valid = inputs(mine, theirItem)
    for (const channel of WATCH_CHANNELS) {
      const before = watchDigest(raw)
      const seq = lastSeq(raw)
      expect(await err(core, channel, valid[channel]), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
      expect({ ...watchDigest(raw), audit_log: '' }, channel).toEqual({ ...before, audit_log: '' })
      expect(auditRows(raw, seq).map((r) => r.action)).toEqual(['access.denied'])
    }
  })

  it('assistant: the student file’s timeline has no watch entries', async () => {
    const timeline = await ok(core, 'students.timeline', { id: mine })
    expect(timeline.filter((e) => e.kind.startsWith('watch.'))).toEqual([])
    await loginAdmin(core)
    expect((await ok(core, 'students.timeline', { id: mine })).filter((e) => e.kind.startsWith('watch.')).length).toBe(3)
  })
})
