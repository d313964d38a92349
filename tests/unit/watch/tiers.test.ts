import type Database from 'better-sqlite3'
import { translate } from '@shared/i18n'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createUser, err, ok, setUpCore, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { addStudent, advance, DAY, HOUR, planInput, REASON, setTier, tierInput, watchDigest } from './helpers'

const at = (core: TestCore, plusMs = 0): string => new Date(core.clock.now().getTime() + plusMs).toISOString()

describe('tiers, checklists, plans and follow-ups', () => {
  let core: TestCore
  let raw: Database.Database
  let adminId: string
  let studentId: string
  let neverWatchedId: string

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    adminId = (await ok(core, 'app.status', {})).session!.user.id
    studentId = await addStudent(core, { name: '张三' })
    neverWatchedId = await addStudent(core, { name: '李四' })
  })

  it('a student never watched: no tier, no checklist, no plan', async () => {
    expect(await ok(core, 'watch.get', { studentId: neverWatchedId })).toEqual({
      studentId: neverWatchedId,
      tier: null,
      since: null,
      riskFactors: [],
      specialPeriod: null,
      nextReviewDate: null,
      checklist: [],
      plan: null
    })
  })

  it('putting a student on the list records the change and creates the tier’s checklist with due times', async () => {
    const watch = await setTier(core, studentId, 'general')
    expect(watch).toMatchObject({
      tier: 'general',
      since: at(core),
      riskFactors: ['academic_pressure', 'family_change'],
      specialPeriod: 'graduation',
      // 2026-11-02 (centre date) + 30 days, the general tier's default cadence.
      nextReviewDate: '2026-12-02',
      plan: null
    })
    expect(watch.checklist.map((c) => [c.item, c.tier, c.dueAt, c.doneAt, c.superseded])).toEqual([
      ['advisor_informed', 'general', at(core, 72 * HOUR), null, false],
      ['parents_informed', 'general', at(core, 168 * HOUR), null, false],
      ['peer_support_assigned', 'general', at(core, 168 * HOUR), null, false]
    ])
    const change = raw.prepare('SELECT * FROM tier_changes WHERE student_id = ?').get(studentId) as Record<string, unknown>
    expect(change).toMatchObject({ from_tier: null, to_tier: 'general', by_user_id: adminId, reason: REASON, special_period: 'graduation' })
    expect(JSON.parse(change.risk_factors as string)).toEqual(['academic_pressure', 'family_change'])
  })

  it('the same tier again is a CONFLICT that changes nothing', async () => {
    const before = watchDigest(raw)
    expect(await err(core, 'watch.setTier', tierInput(studentId, 'general'))).toEqual({ code: 'CONFLICT', messageKey: 'errors.watch.sameTier' })
    expect(watchDigest(raw)).toEqual(before)
  })

  it('ticking a checklist item records who and when; a done item cannot be ticked twice', async () => {
    const [first] = (await ok(core, 'watch.get', { studentId })).checklist
    await advance(core, HOUR)
    const watch = await ok(core, 'watch.checklist.complete', { itemId: first!.id, note: '已电话告知李老师' })
    expect(watch.checklist[0]).toMatchObject({ item: 'advisor_informed', doneAt: at(core), doneByName: ADMIN.displayName, note: '已电话告知李老师' })
    expect(await err(core, 'watch.checklist.complete', { itemId: first!.id, note: '' })).toEqual({ code: 'CONFLICT', messageKey: 'errors.watch.itemDone' })
    const row = auditRows(raw).findLast((r) => r.action === 'watch.checklist.complete')!
    expect(row.entity_id).toBe(studentId)
    expect(JSON.parse(row.summary!)).toEqual({ item: 'advisor_informed', itemId: first!.id })
  })

  it('changing the tier supersedes what was open, keeps what was done, and creates the new checklist', async () => {
    const old = (await ok(core, 'watch.get', { studentId })).checklist
    await advance(core, HOUR)
    const watch = await setTier(core, studentId, 'crisis', '深夜发消息流露轻生念头')
    expect(watch).toMatchObject({ tier: 'crisis', since: at(core), nextReviewDate: '2026-11-09' })
    expect(watch.checklist.map((c) => [c.item, c.dueAt, c.superseded])).toEqual([
      ['parents_informed_now', at(core, 2 * HOUR), false],
      ['watch_24h', at(core, HOUR), false],
      ['green_channel_offered', at(core, 24 * HOUR), false]
    ])
    const rows = raw.prepare('SELECT item, done_at, superseded_at FROM checklist_items WHERE tier = ? ORDER BY item').all('general')
    expect(rows).toEqual([
      { item: 'advisor_informed', done_at: old[0]!.doneAt, superseded_at: null },
      { item: 'parents_informed', done_at: null, superseded_at: at(core) },
      { item: 'peer_support_assigned', done_at: null, superseded_at: at(core) }
    ])
    expect(await err(core, 'watch.checklist.complete', { itemId: old[1]!.id, note: '' })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.watch.itemSuperseded'
    })
  })

  it('plan revisions are kept: n saves, n rows, newest in force, its cadence sets the next review', async () => {
    const counsellor = await createUser(core, { username: 'wangxm', displayName: '王小明', role: 'counsellor' })
    await advance(core, HOUR)
    await ok(core, 'watch.plan.save', planInput(studentId, null, 7))
    await advance(core, HOUR)
    await ok(core, 'watch.plan.save', planInput(studentId, adminId, 5))
    await advance(core, HOUR)
    const watch = await ok(core, 'watch.plan.save', { ...planInput(studentId, counsellor.id, 10), goals: '第三版目标' })
    expect(watch.plan).toMatchObject({ revision: 3, goals: '第三版目标', counsellorName: '王小明', reviewEveryDays: 10, createdByName: ADMIN.displayName })
    expect(watch.nextReviewDate).toBe('2026-11-12')

    const revisions = await ok(core, 'watch.plan.revisions', { studentId })
    expect(revisions.map((p) => [p.revision, p.counsellorName, p.reviewEveryDays])).toEqual([
      [3, '王小明', 10],
      [2, ADMIN.displayName, 5],
      [1, null, 7]
    ])
    expect(raw.prepare('SELECT count(*) AS n FROM plan_revisions WHERE student_id = ?').get(studentId)).toEqual({ n: 3 })
    expect(auditRows(raw).filter((r) => r.action === 'watch.plan.save').map((r) => JSON.parse(r.summary!) as unknown)).toEqual([
      { revision: 1 },
      { revision: 2 },
      { revision: 3 }
    ])
  })

  it('the plan names an active counsellor, part-time counsellor or admin, never the front desk or someone unknown', async () => {
    const assistant = await createUser(core, { username: 'qiantai', displayName: '前台', role: 'assistant' })
    const gone = await createUser(core, { username: 'zhaoliu', displayName: '赵六', role: 'counsellor' })
    await ok(core, 'users.deactivate', { id: gone.id })
    const before = watchDigest(raw)
    for (const id of [assistant.id, gone.id, '00000000-0000-4000-8000-000000000000']) {
      expect(await err(core, 'watch.plan.save', planInput(studentId, id, 7))).toEqual({
        code: 'VALIDATION',
        messageKey: 'errors.validation',
        issues: [{ path: 'counsellorId', messageKey: 'errors.watch.notCounsellor' }]
      })
    }
    expect(watchDigest(raw)).toEqual(before)
  })

  it('a tier change follows the plan’s cadence rather than the tier’s default', async () => {
    await advance(core, HOUR)
    const watch = await setTier(core, studentId, 'serious', '危机缓解，转为严重')
    expect(watch.nextReviewDate).toBe('2026-11-12')
    expect(watch.checklist.map((c) => c.item)).toEqual(['centre_counselling', 'parents_informed', 'station_watch'])
  })

  it('follow-ups: today or earlier; a future or impossible date is refused; the student need not be on the list', async () => {
    const followUp = (date: string, id = studentId) => ({
      studentId: id,
      kind: 'family_contact' as const,
      date,
      channel: 'phone' as const,
      withWhom: '母亲',
      summary: '与母亲沟通近况，家长同意周末接回家'
    })
    await advance(core, HOUR)
    const before = watchDigest(raw)
    expect(await err(core, 'watch.followUp.add', followUp('2026-11-03'))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'date', messageKey: 'errors.watch.dateInFuture' }]
    })
    expect(await err(core, 'watch.followUp.add', followUp('2026-02-30'))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'date', messageKey: 'validation.date' }]
    })
    expect(watchDigest(raw)).toEqual(before)
    // 2026-11-02 is "today" at the centre even while it is still 11-01 somewhere west of UTC+8.
    const { id } = await ok(core, 'watch.followUp.add', followUp('2026-11-02'))
    await ok(core, 'watch.followUp.add', followUp('2026-10-30', neverWatchedId))
    const row = auditRows(raw).findLast((r) => r.action === 'watch.follow_up.add')!
    expect(JSON.parse(row.summary!)).toMatchObject({ kind: 'family_contact', channel: 'phone' })
    expect(raw.prepare('SELECT by_user_id FROM follow_ups WHERE id = ?').get(id)).toEqual({ by_user_id: adminId })
  })

  it('taking a student off the list supersedes open items and clears the next review; removing again is a CONFLICT', async () => {
    await advance(core, DAY)
    const watch = await setTier(core, studentId, null, '经评估状态稳定，移出名单')
    expect(watch).toMatchObject({ tier: null, since: at(core), nextReviewDate: null, checklist: [] })
    expect(watch.plan?.revision).toBe(3)
    expect(raw.prepare('SELECT count(*) AS n FROM checklist_items WHERE student_id = ? AND done_at IS NULL AND superseded_at IS NULL').get(studentId)).toEqual({
      n: 0
    })
    expect(await err(core, 'watch.setTier', tierInput(studentId, null))).toEqual({ code: 'CONFLICT', messageKey: 'errors.watch.notOnList' })
    expect(await err(core, 'watch.setTier', tierInput(neverWatchedId, null))).toEqual({ code: 'CONFLICT', messageKey: 'errors.watch.notOnList' })
    expect(JSON.parse(auditRows(raw).findLast((r) => r.action === 'watch.set_tier')!.summary!)).toEqual({
      from: 'serious',
      to: null,
      riskFactorCount: 2
    })
  })

  it('audit rows name the student and the kind of act, never the reasons, notes or summaries', () => {
    const rows = auditRows(raw)
    const text = JSON.stringify(rows)
    for (const secret of [REASON, '深夜发消息', '已电话告知', '与母亲沟通', '恢复规律作息', '每周中心咨询', '母亲', '张三']) {
      expect(text).not.toContain(secret)
    }
    expect(rows.filter((r) => r.action === 'watch.set_tier').map((r) => r.entity_id)).toEqual([studentId, studentId, studentId, studentId])
  })

  it('watch.get is an audited read', async () => {
    const seq = lastSeq(raw)
    await ok(core, 'watch.get', { studentId })
    expect(auditRows(raw, seq).map((r) => [r.action, r.entity, r.entity_id])).toEqual([['watch.view', 'student', studentId]])
  })

  it('the timeline shows every tier change, ticked item, plan revision and follow-up, with titles in both languages', async () => {
    const entries = await ok(core, 'students.timeline', { id: studentId })
    const watchEntries = entries.filter((e) => e.kind.startsWith('watch.'))
    expect(watchEntries.map((e) => [e.kind, e.titleKey, e.params])).toEqual([
      ['watch.tier', 'timeline.watch.tierRemoved', { from: 'serious' }],
      ['watch.followUp', 'timeline.watch.followUp', { kind: 'family_contact', channel: 'phone', date: '2026-11-02' }],
      ['watch.tier', 'timeline.watch.tierChanged', { from: 'crisis', to: 'serious' }],
      ['watch.plan', 'timeline.watch.planSaved', { revision: 3 }],
      ['watch.plan', 'timeline.watch.planSaved', { revision: 2 }],
      ['watch.plan', 'timeline.watch.planSaved', { revision: 1 }],
      ['watch.tier', 'timeline.watch.tierChanged', { from: 'general', to: 'crisis' }],
      ['watch.checklist', 'timeline.watch.checklistDone', { item: 'advisor_informed', tier: 'general' }],
      ['watch.tier', 'timeline.watch.tierSet', { to: 'general' }]
    ])
    expect(watchEntries.find((e) => e.titleKey === 'timeline.watch.tierSet')).toMatchObject({ detail: REASON, byName: ADMIN.displayName })
    expect(watchEntries.find((e) => e.kind === 'watch.followUp')?.detail).toBe('与母亲沟通近况，家长同意周末接回家')
    for (const entry of watchEntries) {
      expect(translate('zh-CN', entry.titleKey, entry.params), entry.titleKey).toBeDefined()
      expect(translate('en', entry.titleKey, entry.params), entry.titleKey).toBeDefined()
    }
  })
})
