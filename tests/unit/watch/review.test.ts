import type Database from 'better-sqlite3'
import type { ChannelOutput } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createUser, err, ok, setUpCore, TestClock, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { createOrg } from '../students/fixtures'
import { addStudent, advance, advanceTo, HOUR, planInput, setTier, watchDigest } from './helpers'

type Agenda = ChannelOutput<'watch.review.agenda'>

/**
 * One college's watch list over a month (centre dates, UTC+8):
 * 10-01 A general, B serious, C crisis (C's checklist all done) · 10-20 E general ·
 * 10-26 23:59 G serious · 10-27 00:30 F serious · 10-28 D crisis · 10-29 H general, 10-30 H off.
 * "Now" is 2026-11-02 09:00, the Monday of the meeting.
 */
describe('the watch list, the weekly review and the dashboard', () => {
  let core: TestCore
  let raw: Database.Database
  const id: Record<string, string> = {}
  const name = (studentId: string): string => Object.entries(id).find(([, v]) => v === studentId)?.[0] ?? '?'
  const summary = (agenda: Agenda) => agenda.entries.map((e) => [name(e.student.studentId), e.student.tier, e.reasons])

  beforeAll(async () => {
    core = await setUpCore(new TestClock(Date.parse('2026-10-01T02:00:00.000Z')))
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    const org = await createOrg(core)
    for (const [key, college] of [
      ['A', org.collegeId],
      ['B', org.collegeId],
      ['C', org.collegeId],
      ['D', org.otherCollegeId],
      ['E', org.collegeId],
      ['F', org.otherCollegeId],
      ['G', org.collegeId],
      ['H', org.collegeId]
    ] as const) {
      id[key] = await addStudent(core, { name: `学生${key}`, collegeId: college })
    }
    id.otherCollege = org.otherCollegeId
    await setTier(core, id.A!, 'general')
    await setTier(core, id.B!, 'serious')
    const c = await setTier(core, id.C!, 'crisis')
    for (const item of c.checklist) await ok(core, 'watch.checklist.complete', { itemId: item.id, note: '' })
    await advanceTo(core, '2026-10-20T02:00:00.000Z')
    await setTier(core, id.E!, 'general')
    await advanceTo(core, '2026-10-26T15:59:00.000Z')
    await setTier(core, id.G!, 'serious')
    await advanceTo(core, '2026-10-26T16:30:00.000Z')
    await setTier(core, id.F!, 'serious')
    await advanceTo(core, '2026-10-28T02:00:00.000Z')
    await setTier(core, id.D!, 'crisis')
    await advanceTo(core, '2026-10-29T02:00:00.000Z')
    await setTier(core, id.H!, 'general')
    await advanceTo(core, '2026-10-30T02:00:00.000Z')
    await setTier(core, id.H!, null)
    await ok(core, 'watch.followUp.add', { studentId: id.A!, kind: 'peer_support', date: '2026-10-29', channel: 'in_person', withWhom: '', summary: '朋辈陪伴' })
    await advanceTo(core, '2026-11-02T01:00:00.000Z')
  }, 60_000)

  it('watch.list: everyone on the list, crisis first, with open and overdue counts and the last follow-up', async () => {
    const rows = await ok(core, 'watch.list', {})
    expect(rows.map((r) => [name(r.studentId), r.tier, r.nextReviewDate])).toEqual([
      ['C', 'crisis', '2026-10-08'],
      ['D', 'crisis', '2026-11-04'],
      ['B', 'serious', '2026-10-15'],
      ['G', 'serious', '2026-11-09'],
      ['F', 'serious', '2026-11-10'],
      ['A', 'general', '2026-10-31'],
      ['E', 'general', '2026-11-19']
    ])
    const byName = new Map(rows.map((r) => [name(r.studentId), r]))
    expect(byName.get('A')).toMatchObject({ name: '学生A', collegeName: '心理学院', openItems: 3, overdueItems: 3, lastFollowUpDate: '2026-10-29' })
    expect(byName.get('C')).toMatchObject({ openItems: 0, overdueItems: 0, lastFollowUpDate: null, counsellorName: null })
    // G was set at 10-26 23:59 local: its two 72-hour items are overdue, the 168-hour one not yet.
    expect(byName.get('G')).toMatchObject({ openItems: 3, overdueItems: 2 })
  })

  it('watch.list filters by tier, college and the plan’s counsellor; it is audited with counts and filters only', async () => {
    const counsellor = await createUser(core, { username: 'wangxm', displayName: '王小明', role: 'counsellor' })
    // E's review moves to 11-02 + 30 days: off every agenda below either way.
    await ok(core, 'watch.plan.save', planInput(id.E!, counsellor.id, 30))
    // G's plan named the counsellor and then nobody: the revision in force counts. (11-02 + 7 = its review date already.)
    await ok(core, 'watch.plan.save', planInput(id.G!, counsellor.id, 14))
    await ok(core, 'watch.plan.save', planInput(id.G!, null, 7))
    const seq = lastSeq(raw)
    expect((await ok(core, 'watch.list', { tier: 'serious' })).map((r) => name(r.studentId))).toEqual(['B', 'G', 'F'])
    expect((await ok(core, 'watch.list', { collegeId: id.otherCollege! })).map((r) => name(r.studentId))).toEqual(['D', 'F'])
    const mine = await ok(core, 'watch.list', { counsellorId: counsellor.id })
    expect(mine.map((r) => [name(r.studentId), r.counsellorName])).toEqual([['E', '王小明']])
    expect(auditRows(raw, seq).map((r) => [r.action, JSON.parse(r.summary!) as unknown])).toEqual([
      ['watch.list', { rows: 3, tier: 'serious', collegeId: null, counsellorId: null }],
      ['watch.list', { rows: 2, tier: null, collegeId: id.otherCollege, counsellorId: null }],
      ['watch.list', { rows: 1, tier: null, collegeId: null, counsellorId: counsellor.id }]
    ])
  })

  it('the agenda: reviews due, tier changes of the 7 days up to the date (removals under the tier left), open crisis checklists', async () => {
    const seq = lastSeq(raw)
    const agenda = await ok(core, 'watch.review.agenda', { date: '2026-11-02' })
    expect(summary(agenda)).toEqual([
      ['C', 'crisis', ['review_due']],
      ['D', 'crisis', ['crisis_open', 'tier_changed']],
      ['B', 'serious', ['review_due']],
      // F at 10-27 00:30 is inside the window 10-27…11-02; G at 10-26 23:59 is not.
      ['F', 'serious', ['tier_changed']],
      ['A', 'general', ['review_due']],
      ['H', 'general', ['tier_changed']]
    ])
    expect(agenda.entries.every((e) => e.decision === null && e.decisionNote === '')).toBe(true)
    expect(agenda.entries.find((e) => name(e.student.studentId) === 'H')?.student.nextReviewDate).toBeNull()
    expect(auditRows(raw, seq).map((r) => [r.action, r.summary])).toEqual([['watch.review.agenda', '{"date":"2026-11-02","entries":6}']])
  })

  it('the agenda of another date has that date’s window and due reviews', async () => {
    expect(summary(await ok(core, 'watch.review.agenda', { date: '2026-10-29' }))).toEqual([
      ['C', 'crisis', ['review_due']],
      ['D', 'crisis', ['crisis_open', 'tier_changed']],
      ['B', 'serious', ['review_due']],
      ['G', 'serious', ['tier_changed']],
      ['F', 'serious', ['tier_changed']],
      ['H', 'general', ['tier_changed']]
    ])
    expect(summary(await ok(core, 'watch.review.agenda', { date: '2026-09-01' }))).toEqual([['D', 'crisis', ['crisis_open']]])
  })

  it('the dashboard: reviews due today, overdue items (moving with the clock), the crisis list; audited with counts', async () => {
    const seq = lastSeq(raw)
    const first = await ok(core, 'watch.dashboard', {})
    expect(first.dueReviews.map((r) => name(r.studentId))).toEqual(['C', 'B', 'A'])
    expect(first.crisis.map((r) => name(r.studentId))).toEqual(['C', 'D'])
    const overdue = (d: typeof first): Record<string, number> => {
      const counts: Record<string, number> = {}
      for (const o of d.overdueItems) counts[name(o.student.studentId)] = (counts[name(o.student.studentId)] ?? 0) + 1
      return counts
    }
    expect(overdue(first)).toEqual({ A: 3, B: 3, D: 3, E: 3, F: 2, G: 2 })
    expect(first.overdueItems.every((o) => o.item.doneAt === null && o.item.dueAt < core.clock.now().toISOString())).toBe(true)
    expect(auditRows(raw, seq).map((r) => [r.action, r.entity_id, r.summary])).toEqual([
      ['watch.dashboard.view', null, '{"crisis":2,"dueReviews":3,"overdueItems":16}']
    ])

    // 11-02 16:00 UTC: G's 168-hour item (due 15:59) is overdue now, F's (due 16:30) not yet.
    await advanceTo(core, '2026-11-02T16:00:00.000Z')
    const d = first.overdueItems.find((o) => name(o.student.studentId) === 'D')!
    await ok(core, 'watch.checklist.complete', { itemId: d.item.id, note: '' })
    expect(overdue(await ok(core, 'watch.dashboard', {}))).toEqual({ A: 3, B: 3, D: 2, E: 3, F: 2, G: 3 })
  })

  it('decisions: recorded per meeting and student, revisable, every decision reschedules, none changes a tier', async () => {
    let agenda = await ok(core, 'watch.review.decide', { date: '2026-11-02', studentId: id.A!, decision: 'keep', note: '继续观察两周' })
    const a = agenda.entries.find((e) => name(e.student.studentId) === 'A')!
    // Still on this meeting's agenda although "keep" moved the next review past the date.
    expect(a).toMatchObject({ decision: 'keep', decisionNote: '继续观察两周', reasons: ['review_due'] })
    expect(a.student.nextReviewDate).toBe('2026-12-02')

    agenda = await ok(core, 'watch.review.decide', { date: '2026-11-02', studentId: id.A!, decision: 'refer', note: '建议转介' })
    expect(agenda.entries.find((e) => name(e.student.studentId) === 'A')).toMatchObject({ decision: 'refer', decisionNote: '建议转介' })
    expect(raw.prepare('SELECT count(*) AS n FROM review_decisions WHERE student_id = ?').get(id.A)).toEqual({ n: 1 })

    await ok(core, 'watch.review.decide', { date: '2026-11-02', studentId: id.B!, decision: 'remove', note: '' })
    const b = await ok(core, 'watch.get', { studentId: id.B! })
    expect(b.tier).toBe('serious')
    // Reviewed at the meeting: the next review is a serious tier's cadence after it.
    expect(b.nextReviewDate).toBe('2026-11-16')

    const before = watchDigest(raw)
    expect(await err(core, 'watch.review.decide', { date: '2026-11-02', studentId: id.E!, decision: 'keep', note: '' })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.watch.notOnAgenda'
    })
    expect(watchDigest(raw)).toEqual(before)

    const rows = auditRows(raw).filter((r) => r.action === 'watch.review.decide')
    expect(rows.map((r) => [name(r.entity_id!), JSON.parse(r.summary!) as unknown])).toEqual([
      ['A', { date: '2026-11-02', decision: 'keep' }],
      ['A', { date: '2026-11-02', decision: 'refer' }],
      ['B', { date: '2026-11-02', decision: 'remove' }]
    ])
    expect(JSON.stringify(auditRows(raw))).not.toContain('继续观察')

    const timeline = await ok(core, 'students.timeline', { id: id.A! })
    expect(timeline.find((e) => e.kind === 'watch.review')).toMatchObject({
      titleKey: 'timeline.watch.reviewDecision',
      params: { decision: 'refer', date: '2026-11-02' },
      detail: '建议转介'
    })
  })

  it('a decision is taken for the meeting’s date: the next week’s agenda starts without it', async () => {
    await advance(core, 6 * 24 * HOUR)
    const next = await ok(core, 'watch.review.agenda', { date: '2026-11-09' })
    expect(next.entries.every((e) => e.decision === null)).toBe(true)
    expect(next.entries.map((e) => name(e.student.studentId))).not.toContain('A')
  })
})
