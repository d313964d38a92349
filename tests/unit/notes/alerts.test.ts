import type { AlertDto, RiskAnswers } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditRows, lastSeq, tableDigests } from '../helpers/db'
import { loginAs } from '../appointments/helpers'
import { tierInput } from '../watch/helpers'
import { as, err, HIGH_RISK, NO_RISK, ok, paths, setUpNoteWorld, writeSigned, type NoteWorld } from './noteWorld'

/** Active ideation with a plan, intent and means (imminent under the shipped rules). */
const IMMINENT_RISK: RiskAnswers = { ...HIGH_RISK, intent: true, means: true }
/** Passive ideation alone (moderate). */
const MODERATE_RISK: RiskAnswers = { ...NO_RISK, suicidalIdeation: 'passive' }

const DAY = 86_400_000

/**
 * 张老师 signs notes at several levels: high for 张三 and 王小明 (in the part-time station),
 * imminent for 赵六 (outside it), moderate and low for 李四. 王小明 is already on the watch list
 * (serious), 赵六 too (serious, in the job-hunting season).
 */
describe('crisis alerts from notes', () => {
  let w: NoteWorld
  const notes = { zhang: '', zhao: '', wang: '', liModerate: '', liLow: '' }
  /** The alert raised by a note. */
  const alertOf = (noteId: string): { id: string; level: string; resolved_at: string | null; moved_to_crisis: number } =>
    w.raw.prepare('SELECT id, level, resolved_at, moved_to_crisis FROM crisis_alerts WHERE source_id = ?').get(noteId) as never
  const tierChanges = (studentId: string): { from_tier: string | null; to_tier: string | null; by_user_id: string; reason: string; risk_factors: string; special_period: string | null }[] =>
    w.raw.prepare('SELECT from_tier, to_tier, by_user_id, reason, risk_factors, special_period FROM tier_changes WHERE student_id = ? ORDER BY at, rowid').all(studentId) as never
  const names = (alerts: AlertDto[]): string[] => alerts.map((a) => `${a.studentName}:${a.level}:${a.resolvedAt === null ? 'open' : 'resolved'}`)

  beforeAll(async () => {
    w = await setUpNoteWorld()
    await ok(w.core, 'watch.setTier', tierInput(w.students.wang, 'serious'))
    await ok(w.core, 'watch.setTier', { ...tierInput(w.students.zhao, 'serious'), specialPeriod: 'job_season' })
    await as(w, w.counsellor)
    notes.zhang = (await writeSigned(w, w.students.zhang, { risk: HIGH_RISK, categories: ['crisis', 'academic'] })).id
    w.core.clock.advance(60_000)
    notes.zhao = (await writeSigned(w, w.students.zhao, { risk: IMMINENT_RISK, categories: ['crisis'] })).id
    w.core.clock.advance(60_000)
    notes.wang = (await writeSigned(w, w.students.wang, { risk: HIGH_RISK, categories: ['mood'] })).id
    notes.liModerate = (await writeSigned(w, w.students.li, { risk: MODERATE_RISK })).id
    notes.liLow = (await writeSigned(w, w.students.li, { risk: NO_RISK })).id
  })

  it('signing raises exactly one alert for a high or imminent level, none for moderate or low', () => {
    const rows = w.raw.prepare('SELECT student_id, source, source_id, level, raised_by, resolved_at FROM crisis_alerts ORDER BY raised_at, rowid').all()
    expect(rows).toEqual([
      { student_id: w.students.zhang, source: 'note', source_id: notes.zhang, level: 'high', raised_by: w.counsellor.id, resolved_at: null },
      { student_id: w.students.zhao, source: 'note', source_id: notes.zhao, level: 'imminent', raised_by: w.counsellor.id, resolved_at: null },
      { student_id: w.students.wang, source: 'note', source_id: notes.wang, level: 'high', raised_by: w.counsellor.id, resolved_at: null }
    ])
  })

  it('lists the open alerts for every clinical user, the most urgent first, and audits the listing', async () => {
    for (const user of [w.colleague, undefined]) {
      await as(w, user)
      const seq = lastSeq(w.raw)
      const list = await ok(w.core, 'alerts.list', { includeResolvedDays: 0 })
      expect(names(list)).toEqual(['赵六:imminent:open', '张三:high:open', '王小明:high:open'])
      expect(list[1]).toMatchObject({ source: 'note', sourceId: notes.zhang, raisedByName: '张老师', tier: null, resolvedByName: null, action: null })
      expect(list[2]!.tier).toBe('serious')
      expect(auditRows(w.raw, seq).map((r) => [r.action, JSON.parse(r.summary!)])).toEqual([['alerts.list', { open: 3, resolved: 0 }]])
    }
  })

  it('lists for a part-time counsellor only the alerts of their station students, and refuses them the others', async () => {
    await as(w, w.partTime)
    expect(names(await ok(w.core, 'alerts.list', { includeResolvedDays: 30 }))).toEqual(['张三:high:open', '王小明:high:open'])
    const before = tableDigests(w.raw)
    expect(await err(w.core, 'alerts.resolve', { id: alertOf(notes.zhao).id, action: '已处理', moveToCrisis: true })).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden'
    })
    expect({ ...tableDigests(w.raw), audit_log: null }).toEqual({ ...before, audit_log: null })
    expect(alertOf(notes.zhao).resolved_at).toBeNull()
  })

  it('refuses the front desk both channels, with an access.denied row and nothing else', async () => {
    await as(w, w.assistant)
    for (const [channel, input] of [
      ['alerts.list', { includeResolvedDays: 0 }],
      ['alerts.resolve', { id: alertOf(notes.zhang).id, action: '已处理', moveToCrisis: false }]
    ] as const) {
      const seq = lastSeq(w.raw)
      expect(await err(w.core, channel, input), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
      expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id])).toEqual([['access.denied', channel]])
    }
    expect(alertOf(notes.zhang).resolved_at).toBeNull()
  })

  it('refuses a blank action (VALIDATION) and an unknown alert (NOT_FOUND), writing nothing', async () => {
    await as(w, w.colleague)
    const before = tableDigests(w.raw)
    const blank = await err(w.core, 'alerts.resolve', { id: alertOf(notes.zhang).id, action: '   ', moveToCrisis: true })
    expect(blank.code).toBe('VALIDATION')
    expect(paths(blank)).toEqual(['action: validation.required'])
    expect((await err(w.core, 'alerts.resolve', { id: '00000000-0000-4000-8000-00000000dead', action: '已处理', moveToCrisis: true })).code).toBe('NOT_FOUND')
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('resolving with moveToCrisis records who, when and what, and puts the student in the crisis tier', async () => {
    const action = '已电话联系辅导员，学生由室友陪同前往中心，已通知家长'
    const seq = lastSeq(w.raw)
    const resolved = await ok(w.core, 'alerts.resolve', { id: alertOf(notes.zhang).id, action, moveToCrisis: true })
    const now = w.core.clock.now().toISOString()
    expect(resolved).toMatchObject({ studentName: '张三', level: 'high', resolvedAt: now, resolvedByName: '王老师', action, tier: 'crisis' })
    expect(alertOf(notes.zhang)).toMatchObject({ resolved_at: now, moved_to_crisis: 1 })
    // The tier change and the resolution, one transaction; the action is clinical text and stays out of the log.
    expect(auditRows(w.raw, seq).map((r) => [r.action, JSON.parse(r.summary!)])).toEqual([
      ['watch.set_tier', { from: null, to: 'crisis', riskFactorCount: 2 }],
      ['alerts.resolve', { studentId: w.students.zhang, movedToCrisis: true }]
    ])

    const watch = await ok(w.core, 'watch.get', { studentId: w.students.zhang })
    expect(watch).toMatchObject({ tier: 'crisis', since: now })
    expect(watch.checklist.length).toBeGreaterThan(0)
    // The history row: from off the list to crisis, by the resolver, the action as the reason,
    // the note's 学业 category as academic pressure.
    expect(tierChanges(w.students.zhang)).toEqual([
      { from_tier: null, to_tier: 'crisis', by_user_id: w.colleague.id, reason: action, risk_factors: '["emotional_crisis","academic_pressure"]', special_period: null }
    ])
  })

  it('resolving twice is CONFLICT and writes nothing', async () => {
    await as(w, undefined)
    const before = tableDigests(w.raw)
    const seq = lastSeq(w.raw)
    expect(await err(w.core, 'alerts.resolve', { id: alertOf(notes.zhang).id, action: '再次处理', moveToCrisis: true })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.alerts.resolved'
    })
    expect(lastSeq(w.raw)).toBe(seq)
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('without moveToCrisis the tier stays as it was', async () => {
    const changes = tierChanges(w.students.wang)
    // A minute apart, so that the resolved list below has one order.
    w.core.clock.advance(60_000)
    const resolved = await ok(w.core, 'alerts.resolve', { id: alertOf(notes.wang).id, action: '评估后风险可控，约定每周复诊', moveToCrisis: false })
    expect(resolved).toMatchObject({ resolvedByName: '王主任', tier: 'serious' })
    expect(alertOf(notes.wang).moved_to_crisis).toBe(0)
    expect((await ok(w.core, 'watch.get', { studentId: w.students.wang })).tier).toBe('serious')
    expect(tierChanges(w.students.wang)).toEqual(changes)
  })

  it('moving to crisis keeps a special period in force, and a student already in crisis is not moved again', async () => {
    w.core.clock.advance(60_000)
    await ok(w.core, 'alerts.resolve', { id: alertOf(notes.zhao).id, action: '已送医院急诊评估', moveToCrisis: true })
    expect(tierChanges(w.students.zhao).map((c) => [c.from_tier, c.to_tier, c.special_period])).toEqual([
      [null, 'serious', 'job_season'],
      ['serious', 'crisis', 'job_season']
    ])

    // A second high note for 张三, already in crisis.
    await as(w, w.counsellor)
    const second = (await writeSigned(w, w.students.zhang, { risk: HIGH_RISK, categories: ['crisis'] })).id
    const changes = tierChanges(w.students.zhang)
    w.core.clock.advance(60_000)
    const resolved = await ok(w.core, 'alerts.resolve', { id: alertOf(second).id, action: '已在危机干预中，继续跟进', moveToCrisis: true })
    expect(resolved.tier).toBe('crisis')
    expect(alertOf(second).moved_to_crisis).toBe(0)
    expect(tierChanges(w.students.zhang)).toEqual(changes)
  })

  it('shows resolved alerts for the days asked, latest first after the open ones; an empty list is not audited', async () => {
    await as(w, w.colleague)
    expect(names(await ok(w.core, 'alerts.list', { includeResolvedDays: 0 }))).toEqual([])
    const recent = await ok(w.core, 'alerts.list', { includeResolvedDays: 1 })
    expect(names(recent)).toEqual(['张三:high:resolved', '赵六:imminent:resolved', '王小明:high:resolved', '张三:high:resolved'])
    expect(recent.map((a) => a.action)).toEqual(['已在危机干预中，继续跟进', '已送医院急诊评估', '评估后风险可控，约定每周复诊', '已电话联系辅导员，学生由室友陪同前往中心，已通知家长'])

    // Eight days on (the session idles out: log in again).
    w.core.clock.advance(8 * DAY)
    expect((await err(w.core, 'alerts.list', { includeResolvedDays: 7 })).code).toBe('LOCKED')
    await loginAs(w.core, w.colleague)
    const seq = lastSeq(w.raw)
    expect(await ok(w.core, 'alerts.list', { includeResolvedDays: 7 })).toEqual([])
    expect(auditRows(w.raw, seq)).toEqual([])
    expect(names(await ok(w.core, 'alerts.list', { includeResolvedDays: 9 }))).toHaveLength(4)
  })
})
