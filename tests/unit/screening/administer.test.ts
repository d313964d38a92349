import type { ChannelInput } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { loginAdmin, loginAs, setUpWorld, type World } from '../appointments/helpers'
import { err, ok } from '../helpers/core'
import { auditRows, lastSeq, tableDigests } from '../helpers/db'

type AdministerInput = ChannelInput<'screening.administer'>

/** PHQ-9 answers: total 5 (mild), item 9 = 0. */
const MILD = [1, 1, 1, 1, 1, 0, 0, 0, 0]
/** PHQ-9 answers: total 12 (moderate, flagged), item 9 = 1 (the crisis key item). */
const ITEM_9 = [2, 2, 2, 2, 1, 1, 1, 0, 1]

/**
 * 张老师 (counsellor) gives PHQ-9 and GAD-7 to 张三 at intake; 李老师 (part-time, station 心理学院)
 * may do so for 张三 but not for 赵六 (外国语学院); the front desk may do none of it. The clock
 * stands at Monday 2026-11-02, 09:00 centre time.
 */
describe('screening.administer, student.results and result.get', () => {
  let w: World
  const ids = { mild: '', alerted: '', gadOld: '', phqOldest: '' }
  const input = (overrides: Partial<AdministerInput> = {}): AdministerInput => ({
    studentId: w.students.zhang,
    instrumentKey: 'phq9',
    takenOn: '2026-11-02',
    answers: MILD,
    ...overrides
  })
  const resultRow = (id: string): Record<string, unknown> => w.raw.prepare('SELECT * FROM screening_results WHERE id = ?').get(id) as Record<string, unknown>

  beforeAll(async () => {
    w = await setUpWorld()
    // The shipped instruments are in place before any "nothing written" comparison.
    await ok(w.core, 'screening.instruments.list', {})
    await loginAs(w.core, w.counsellor)
  })

  it('stores and scores a PHQ-9 with the current version, and audits it without the answers', async () => {
    w.core.clock.advance(60_000)
    const seq = lastSeq(w.raw)
    const result = await ok(w.core, 'screening.administer', input())
    ids.mild = result.id
    expect(result).toEqual({
      id: result.id,
      studentId: w.students.zhang,
      instrumentKey: 'phq9',
      instrumentVersion: 1,
      takenOn: '2026-11-02',
      source: 'app',
      roundId: null,
      roundName: null,
      score: { total: 5, positive: null, factors: {}, band: 'mild', level: null, severity: 0, flagged: false, keyHits: [], alert: false }
    })
    expect(resultRow(result.id)).toMatchObject({
      student_id: w.students.zhang,
      source: 'app',
      round_id: null,
      import_id: null,
      answers: JSON.stringify(MILD),
      total: 5,
      band: 'mild',
      severity: 0,
      flagged: 0,
      alert: 0,
      created_by: w.counsellor.id
    })
    const rows = auditRows(w.raw, seq)
    expect(rows.map((r) => [r.user_id, r.action, r.entity, r.entity_id])).toEqual([[w.counsellor.id, 'screening.administer', 'screening_result', result.id]])
    const summary = JSON.parse(rows[0]!.summary!) as Record<string, unknown>
    expect(summary).toEqual({ studentId: w.students.zhang, instrumentKey: 'phq9', version: 1, severity: 0, alert: false })
    expect(Object.values(summary).some(Array.isArray)).toBe(false)
    // No crisis alert for item 9 = 0.
    expect(w.raw.prepare('SELECT count(*) AS n FROM crisis_alerts').get()).toEqual({ n: 0 })
  })

  it('raises one crisis alert for item 9 > 0, on every counsellor’s dashboard with source "screening"', async () => {
    w.core.clock.advance(60_000)
    const result = await ok(w.core, 'screening.administer', input({ answers: ITEM_9 }))
    ids.alerted = result.id
    expect(result.score).toEqual({ total: 12, positive: null, factors: {}, band: 'moderate', level: 'moderate', severity: 4, flagged: true, keyHits: [9], alert: true })
    expect(w.raw.prepare('SELECT student_id, source, source_id, level, raised_by FROM crisis_alerts').all()).toEqual([
      { student_id: w.students.zhang, source: 'screening', source_id: result.id, level: 'high', raised_by: w.counsellor.id }
    ])
    const summaries = auditRows(w.raw, lastSeq(w.raw) - 2).map((r) => [r.action, JSON.parse(r.summary!)])
    expect(summaries).toEqual([
      ['screening.administer', { studentId: w.students.zhang, instrumentKey: 'phq9', version: 1, severity: 4, alert: true }],
      ['alerts.raise', { studentId: w.students.zhang, source: 'screening', sourceId: result.id, level: 'high' }]
    ])
    await loginAdmin(w.core)
    const alerts = await ok(w.core, 'alerts.list', { includeResolvedDays: 0 })
    expect(alerts.map((a) => [a.studentName, a.source, a.sourceId, a.level, a.raisedByName])).toEqual([['张三', 'screening', result.id, 'high', '张老师']])
    await loginAs(w.core, w.counsellor)
  })

  it.each<[string, Partial<AdministerInput>, { path: string; messageKey: string; params?: Record<string, number> }[]]>([
    ['eight answers', { answers: MILD.slice(0, 8) }, [{ path: 'answers', messageKey: 'errors.screening.answerCount', params: { count: 9 } }]],
    ['ten answers', { answers: [...MILD, 0] }, [{ path: 'answers', messageKey: 'errors.screening.answerCount', params: { count: 9 } }]],
    [
      'answers above 3',
      { answers: [0, 4, 0, 0, 0, 0, 0, 0, 5] },
      [
        { path: 'answers.1', messageKey: 'errors.screening.answerOutOfRange', params: { item: 2, min: 0, max: 3 } },
        { path: 'answers.8', messageKey: 'errors.screening.answerOutOfRange', params: { item: 9, min: 0, max: 3 } }
      ]
    ],
    ['tomorrow', { takenOn: '2026-11-03' }, [{ path: 'takenOn', messageKey: 'errors.screening.dateInFuture' }]],
    ['a day that does not exist', { takenOn: '2026-02-30' }, [{ path: 'takenOn', messageKey: 'validation.date' }]],
    ['SCL-90 (imported only)', { instrumentKey: 'scl90', answers: Array<number>(90).fill(1) }, [{ path: 'instrumentKey', messageKey: 'errors.screening.notAdministrable' }]],
    ['UPI (imported only)', { instrumentKey: 'upi', answers: Array<number>(60).fill(0) }, [{ path: 'instrumentKey', messageKey: 'errors.screening.notAdministrable' }]],
    ['levels', { instrumentKey: 'levels', answers: [1] }, [{ path: 'instrumentKey', messageKey: 'errors.screening.notAdministrable' }]],
    ['an unknown instrument', { instrumentKey: 'k10', answers: Array<number>(10).fill(1) }, [{ path: 'instrumentKey', messageKey: 'errors.screening.unknownInstrument' }]]
  ])('refuses %s with field issues, and writes nothing', async (_case, overrides, issues) => {
    const before = tableDigests(w.raw)
    expect(await err(w.core, 'screening.administer', input(overrides))).toEqual({ code: 'VALIDATION', messageKey: 'errors.validation', issues })
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('accepts a GAD-7 and a past date; the trend lists every result oldest first, with scores only', async () => {
    ids.gadOld = (await ok(w.core, 'screening.administer', input({ instrumentKey: 'gad7', takenOn: '2026-10-20', answers: [2, 2, 2, 2, 2, 2, 2] }))).id
    ids.phqOldest = (await ok(w.core, 'screening.administer', input({ takenOn: '2026-09-01', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] }))).id
    const seq = lastSeq(w.raw)
    const results = await ok(w.core, 'screening.student.results', { studentId: w.students.zhang })
    expect(results.map((r) => [r.id, r.instrumentKey, r.takenOn, r.score.total, r.score.band])).toEqual([
      [ids.phqOldest, 'phq9', '2026-09-01', 0, 'minimal'],
      [ids.gadOld, 'gad7', '2026-10-20', 14, 'moderate'],
      [ids.mild, 'phq9', '2026-11-02', 5, 'mild'],
      [ids.alerted, 'phq9', '2026-11-02', 12, 'moderate']
    ])
    expect(results.every((r) => !('answers' in r))).toBe(true)
    expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      ['screening.results.read', 'student', w.students.zhang, { count: 4 }]
    ])
  })

  it('a student without results: an empty list, nothing audited', async () => {
    const before = tableDigests(w.raw)
    expect(await ok(w.core, 'screening.student.results', { studentId: w.students.li })).toEqual([])
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('result.get returns the answers and writes an audit row naming the result', async () => {
    const seq = lastSeq(w.raw)
    const got = await ok(w.core, 'screening.result.get', { id: ids.alerted })
    expect(got.answers).toEqual(ITEM_9)
    expect(got.extras).toEqual({})
    expect(got.levelValue).toBeNull()
    expect(got.result).toMatchObject({ id: ids.alerted, instrumentKey: 'phq9', score: { total: 12, keyHits: [9], alert: true } })
    expect(auditRows(w.raw, seq).map((r) => [r.user_id, r.action, r.entity, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      [w.counsellor.id, 'screening.result.read', 'screening_result', ids.alerted, { studentId: w.students.zhang, instrumentKey: 'phq9' }]
    ])
    const missing = await err(w.core, 'screening.result.get', { id: '00000000-0000-4000-8000-000000000000' })
    expect(missing.code).toBe('NOT_FOUND')
  })

  it('the part-time counsellor works with their station’s students and is refused the others, nothing written', async () => {
    await loginAs(w.core, w.partTime)
    w.core.clock.advance(60_000)
    const own = await ok(w.core, 'screening.administer', input({ instrumentKey: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0] }))
    expect(own.score.total).toBe(0)
    expect((await ok(w.core, 'screening.student.results', { studentId: w.students.zhang })).length).toBe(5)

    await loginAdmin(w.core)
    const zhao = await ok(w.core, 'screening.administer', input({ studentId: w.students.zhao }))
    await loginAs(w.core, w.partTime)
    const before = tableDigests(w.raw)
    const forbidden = { code: 'FORBIDDEN', messageKey: 'errors.forbidden' }
    expect(await err(w.core, 'screening.administer', input({ studentId: w.students.zhao }))).toEqual(forbidden)
    expect(await err(w.core, 'screening.student.results', { studentId: w.students.zhao })).toEqual(forbidden)
    expect(await err(w.core, 'screening.result.get', { id: zhao.id })).toEqual(forbidden)
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('the front desk may call none of it: one access.denied row each and nothing else', async () => {
    await loginAs(w.core, w.assistant)
    for (const [channel, payload] of [
      ['screening.administer', input()],
      ['screening.student.results', { studentId: w.students.zhang }],
      ['screening.result.get', { id: ids.mild }]
    ] as const) {
      const before = tableDigests(w.raw)
      const seq = lastSeq(w.raw)
      expect(await err(w.core, channel, payload), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
      expect({ ...tableDigests(w.raw), audit_log: null }).toEqual({ ...before, audit_log: null })
      expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id])).toEqual([['access.denied', channel]])
    }
  })

  it('the student timeline shows each result by instrument and date, flagged or not, without scores; the front desk sees none', async () => {
    await loginAs(w.core, w.counsellor)
    const timeline = await ok(w.core, 'students.timeline', { id: w.students.zhang })
    const screening = timeline.filter((e) => e.kind === 'screening.result')
    expect(screening.map((e) => [e.titleKey, e.params.instrument, e.params.date, e.params.band ?? null, e.params.level ?? null, e.byName])).toEqual([
      // Newest first: given today (at the moment recorded), then earlier days (at their start).
      ['timeline.screening.result', 'GAD-7', '2026-11-02', 'minimal', null, '李老师'],
      ['timeline.screening.resultFlagged', 'PHQ-9', '2026-11-02', 'moderate', 'moderate', '张老师'],
      ['timeline.screening.result', 'PHQ-9', '2026-11-02', 'mild', null, '张老师'],
      ['timeline.screening.resultFlagged', 'GAD-7', '2026-10-20', 'moderate', 'moderate', '张老师'],
      ['timeline.screening.result', 'PHQ-9', '2026-09-01', 'minimal', null, '张老师']
    ])
    expect(screening.at(-1)!.at).toBe('2026-08-31T16:00:00.000Z')
    for (const entry of screening) {
      expect(entry.detail).toBeNull()
      expect(Object.keys(entry.params).sort()).toEqual(['band', 'date', 'instrument', 'instrumentKey', 'version', ...(entry.params.level ? ['level'] : [])].sort())
    }
    await loginAs(w.core, w.assistant)
    const front = await ok(w.core, 'students.timeline', { id: w.students.zhang })
    expect(front.filter((e) => e.kind.startsWith('screening'))).toEqual([])
  })

  it('the timeline shows an imported result on the round’s date and the interview outcome with its note', async () => {
    await loginAs(w.core, w.counsellor)
    const { student_no: studentNo } = w.raw.prepare('SELECT student_no FROM students WHERE id = ?').get(w.students.li) as { student_no: string }
    const round = await ok(w.core, 'screening.rounds.create', { name: '2026 年秋季新生心理普查', date: '2026-10-15' })
    // 李四's PHQ-9: total 12 (moderate, flagged), item 9 = 0.
    const csv = `学号,${Array.from({ length: 9 }, (_, i) => `PHQ9_${i + 1}`).join(',')}\r\n${studentNo},2,2,2,2,1,1,1,1,0\r\n`
    const mapping = { studentNo: 0, takenOn: null, instruments: [{ key: 'phq9', items: [1, 2, 3, 4, 5, 6, 7, 8, 9] }] }
    const file = { roundId: round.id, fileName: '普查.csv', contentBase64: Buffer.from(csv).toString('base64'), instrumentKeys: ['phq9'] }
    expect(await ok(w.core, 'screening.import.commit', { ...file, mapping, jobId: '11111111-1111-4111-8111-111111111111', platformName: '' })).toMatchObject({ imported: 1, flagged: 1 })
    const [flag] = (await ok(w.core, 'screening.flags.list', { roundId: round.id })).rows
    w.core.clock.advance(60_000)
    await ok(w.core, 'screening.interview.record', { flagId: flag!.id, outcome: 'false_alarm', note: '访谈后排除：近期考试压力', tier: null, riskFactors: [] })

    const timeline = (await ok(w.core, 'students.timeline', { id: w.students.li })).filter((e) => e.kind.startsWith('screening'))
    expect(timeline).toEqual([
      {
        at: w.core.clock.now().toISOString(),
        kind: 'screening.interview',
        titleKey: 'timeline.screening.interview.false_alarm',
        params: { round: '2026 年秋季新生心理普查' },
        detail: '访谈后排除：近期考试压力',
        byName: '张老师'
      },
      {
        at: '2026-10-14T16:00:00.000Z',
        kind: 'screening.result',
        titleKey: 'timeline.screening.resultFlagged',
        params: { instrument: 'PHQ-9', instrumentKey: 'phq9', version: 1, date: '2026-10-15', band: 'moderate', level: 'moderate', round: '2026 年秋季新生心理普查' },
        detail: null,
        byName: null
      }
    ])
    await loginAs(w.core, w.assistant)
    expect((await ok(w.core, 'students.timeline', { id: w.students.li })).filter((e) => e.kind.startsWith('screening'))).toEqual([])
  })
})
