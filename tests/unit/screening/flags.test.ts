import { randomUUID } from 'node:crypto'
import type { FlagRowDto } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, loginAdmin, loginAs } from '../appointments/helpers'
import { auditRows, lastSeq, tableDigests } from '../helpers/db'
import { err, ok, type TestUser } from '../helpers/core'
import { csvBase64 } from '../students/roster'
import { tierInput } from '../watch/helpers'
import { commitInput, gad, phq, row, setUpRoundWorld, type RoundWorld } from './roundWorld'

const NOTE = '访谈确认：近两周情绪低落，入睡困难，已约定每周咨询'

/**
 * 李四 hits PHQ-9 item 9 (severity 4), 赵六 scores 21 on PHQ-9 (4), 王小明 16 on GAD-7 (3) and
 * 张三 12 on PHQ-9 (2): the interview list is 李四, 赵六, 王小明, 张三.
 */
describe('second-stage interviews', () => {
  let w: RoundWorld
  const flagOf = (studentId: string): { id: string; status: string; appointment_id: string | null; outcome_at: string | null; severity: number } =>
    w.raw.prepare('SELECT id, status, appointment_id, outcome_at, severity FROM screening_flags WHERE student_id = ?').get(studentId) as never
  const names = (rows: FlagRowDto[]): string[] => rows.map((r) => r.name)
  const as = async (user?: TestUser): Promise<void> => {
    await ok(w.core, 'auth.lock', { reason: 'button' })
    if (user) await loginAs(w.core, user)
    else await loginAdmin(w.core)
  }
  const book = (studentId: string, start = at('2026-11-03', '10:00')) =>
    ok(w.core, 'screening.interview.book', { flagId: flagOf(studentId).id, counsellorId: w.counsellor.id, roomId: w.rooms.one, start })
  const record = (studentId: string, input: { outcome: 'confirmed' | 'false_alarm' | 'refused'; tier?: 'general' | 'serious' | 'crisis' | null; note?: string }) =>
    w.core.call('screening.interview.record', { flagId: flagOf(studentId).id, note: '', tier: null, riskFactors: ['academic_pressure'], ...input })

  beforeAll(async () => {
    w = await setUpRoundWorld()
    await ok(
      w.core,
      'screening.import.commit',
      commitInput(w.roundId, [
        row(w.nos.zhang, '2026-10-21', phq(12), gad(3)),
        row(w.nos.li, '2026-10-21', phq(6, 1), gad(2)),
        row(w.nos.wang, '2026-10-21', phq(4), gad(16)),
        row(w.nos.zhao, '2026-10-21', phq(21), gad(0))
      ])
    )
  })

  it('lists key-item hits first, then severity, then score, with each flagged result; the listing is audited', async () => {
    const seq = lastSeq(w.raw)
    const { rows: list, total } = await ok(w.core, 'screening.flags.list', { roundId: w.roundId })
    expect(total).toBe(4)
    expect(names(list)).toEqual(['李四', '赵六', '王小明', '张三'])
    expect(list[0]).toEqual({
      id: flagOf(w.students.li).id,
      roundId: w.roundId,
      studentId: w.students.li,
      studentNo: w.nos.li,
      name: '李四',
      collegeName: '心理学院',
      className: null,
      severity: 4,
      keyHit: true,
      results: [{ resultId: expect.any(String), instrumentKey: 'phq9', level: null, total: 6, keyHits: [9] }],
      status: 'pending',
      appointment: null,
      outcomeAt: null,
      outcomeByName: null,
      outcomeNote: '',
      tier: null
    })
    expect(list.map((r) => r.results.map((x) => `${x.instrumentKey}:${x.level}:${x.total}`))).toEqual([['phq9:null:6'], ['phq9:severe:21'], ['gad7:severe:16'], ['phq9:moderate:12']])
    expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id, JSON.parse(r.summary!)])).toEqual([['screening.flags.list', w.roundId, { count: 4, keyHits: 1, offset: 0, total: 4 }]])

    // A page at a time, in the same order, with the total the filters match.
    const page = await ok(w.core, 'screening.flags.list', { roundId: w.roundId, offset: 1, limit: 2 })
    expect([names(page.rows), page.total]).toEqual([['赵六', '王小明'], 4])

    const otherCollege = (w.raw.prepare('SELECT college_id FROM students WHERE id = ?').get(w.students.zhao) as { college_id: string }).college_id
    expect(names((await ok(w.core, 'screening.flags.list', { roundId: w.roundId, collegeId: otherCollege })).rows)).toEqual(['赵六'])
    // Nothing shown, nothing to write down.
    const quiet = lastSeq(w.raw)
    expect(await ok(w.core, 'screening.flags.list', { roundId: w.roundId, status: 'booked' })).toEqual({ rows: [], total: 0 })
    expect(lastSeq(w.raw)).toBe(quiet)
  })

  it('shows a part-time counsellor only the flags of their station students, and refuses them the others', async () => {
    await as(w.partTime)
    expect(names((await ok(w.core, 'screening.flags.list', { roundId: w.roundId })).rows)).toEqual(['李四', '王小明', '张三'])
    expect((await ok(w.core, 'screening.rounds.list', {}))[0]).toMatchObject({ screened: 4, flagged: 4, awaitingOutcome: 3 })
    const before = tableDigests(w.raw)
    expect((await err(w.core, 'screening.interview.record', { flagId: flagOf(w.students.zhao).id, outcome: 'false_alarm', note: '', tier: null })).code).toBe('FORBIDDEN')
    const start = at('2026-11-03', '11:00')
    expect((await err(w.core, 'screening.interview.book', { flagId: flagOf(w.students.zhao).id, counsellorId: w.partTime.id, roomId: w.rooms.two, start })).code).toBe('FORBIDDEN')
    expect(tableDigests(w.raw)).toEqual(before)
    await as(w.assistant)
    expect((await err(w.core, 'screening.flags.list', { roundId: w.roundId })).code).toBe('FORBIDDEN')
    await as(w.counsellor)
    expect((await ok(w.core, 'screening.rounds.list', {}))[0]).toMatchObject({ awaitingOutcome: 4 })
  })

  it('books the interview as an intake appointment, linked to the flag; not twice while it stands', async () => {
    const seq = lastSeq(w.raw)
    const booked = await book(w.students.zhang)
    const appointmentId = flagOf(w.students.zhang).appointment_id!
    expect(booked).toMatchObject({ name: '张三', status: 'booked', appointment: { id: appointmentId, start: at('2026-11-03', '10:00'), counsellorName: '张老师', status: 'booked' } })
    expect(w.raw.prepare('SELECT kind, student_id, counsellor_id, room_id, status FROM appointments WHERE id = ?').get(appointmentId)).toEqual({
      kind: 'intake',
      student_id: w.students.zhang,
      counsellor_id: w.counsellor.id,
      room_id: w.rooms.one,
      status: 'booked'
    })
    expect(auditRows(w.raw, seq).map((r) => r.action)).toEqual(['appointments.book', 'screening.interview.book'])
    const again = await err(w.core, 'screening.interview.book', { flagId: flagOf(w.students.zhang).id, counsellorId: w.counsellor.id, roomId: w.rooms.one, start: at('2026-11-04', '10:00') })
    expect(again).toEqual({ code: 'CONFLICT', messageKey: 'errors.screeningInterview.alreadyBooked' })
    // A cancelled interview may be booked anew.
    await ok(w.core, 'appointments.cancel', { id: appointmentId, reason: 'student', note: '', scope: 'one' })
    const rebooked = await book(w.students.zhang, at('2026-11-04', '10:00'))
    expect(rebooked.appointment).toMatchObject({ start: at('2026-11-04', '10:00'), status: 'booked' })
    expect(rebooked.appointment!.id).not.toBe(appointmentId)
  })

  it('keeps status and appointment when a later file of the round raises the severity', async () => {
    const before = flagOf(w.students.zhang)
    const content = csvBase64([
      ['学号', '心理等级'],
      [w.nos.zhang, '一级']
    ])
    const mapping = { studentNo: 0, takenOn: null, instruments: [{ key: 'levels', level: 1, extras: {} }] }
    await ok(w.core, 'screening.import.commit', { roundId: w.roundId, fileName: '等级.csv', contentBase64: content, instrumentKeys: ['levels'], mapping, jobId: randomUUID(), platformName: '' })
    expect(flagOf(w.students.zhang)).toEqual({ ...before, severity: 3 })
  })

  it('refuses "confirmed" without a tier, and undoes the outcome when the watch list refuses the tier', async () => {
    const before = tableDigests(w.raw)
    const missing = await record(w.students.zhang, { outcome: 'confirmed', tier: null })
    expect(missing).toEqual({ ok: false, error: { code: 'VALIDATION', messageKey: 'errors.validation', issues: [{ path: 'tier', messageKey: 'validation.required' }] } })
    expect(tableDigests(w.raw)).toEqual(before)

    // The watch list's table refuses any row: the outcome, written first, must roll back with it.
    w.raw.exec("CREATE TRIGGER test_refuse_tier BEFORE INSERT ON tier_changes BEGIN SELECT RAISE(ABORT, 'refused'); END")
    try {
      const refused = await record(w.students.zhang, { outcome: 'confirmed', tier: 'serious', note: NOTE })
      expect(refused.ok).toBe(false)
      expect(tableDigests(w.raw)).toEqual(before)
      expect(flagOf(w.students.zhang)).toMatchObject({ status: 'booked', outcome_at: null })
    } finally {
      w.raw.exec('DROP TRIGGER test_refuse_tier')
    }
  })

  it('"confirmed" puts the student on the watch list at the tier in the same call, and is final', async () => {
    const seq = lastSeq(w.raw)
    const result = await record(w.students.zhang, { outcome: 'confirmed', tier: 'serious', note: NOTE })
    const now = w.core.clock.now().toISOString()
    expect(result.ok && result.value).toMatchObject({ status: 'confirmed', outcomeAt: now, outcomeByName: '张老师', outcomeNote: NOTE, tier: 'serious' })
    const audit = auditRows(w.raw, seq)
    expect(await ok(w.core, 'watch.get', { studentId: w.students.zhang })).toMatchObject({ tier: 'serious', since: now })
    expect(w.raw.prepare('SELECT from_tier, to_tier, by_user_id, reason, risk_factors, special_period FROM tier_changes WHERE student_id = ?').all(w.students.zhang)).toEqual([
      { from_tier: null, to_tier: 'serious', by_user_id: w.counsellor.id, reason: NOTE, risk_factors: '["academic_pressure"]', special_period: null }
    ])
    expect(audit.map((r) => [r.action, JSON.parse(r.summary!)])).toEqual([
      ['watch.set_tier', { from: null, to: 'serious', riskFactorCount: 1 }],
      ['screening.interview.record', { studentId: w.students.zhang, outcome: 'confirmed', tier: 'serious', tierChanged: true }]
    ])
    expect(JSON.stringify(audit)).not.toContain('情绪低落')

    expect(await record(w.students.zhang, { outcome: 'refused' })).toEqual({ ok: false, error: { code: 'CONFLICT', messageKey: 'errors.screeningInterview.closed' } })
    expect((await err(w.core, 'screening.interview.book', { flagId: flagOf(w.students.zhang).id, counsellorId: w.counsellor.id, roomId: w.rooms.one, start: at('2026-11-05', '10:00') })).messageKey).toBe(
      'errors.screeningInterview.closed'
    )
  })

  it('keeps a special period in force, and never lowers a student already at a higher tier', async () => {
    await as()
    await ok(w.core, 'watch.setTier', tierInput(w.students.wang, 'general'))
    await ok(w.core, 'watch.setTier', { ...tierInput(w.students.zhao, 'crisis'), specialPeriod: null })
    await as(w.counsellor)
    expect((await record(w.students.wang, { outcome: 'confirmed', tier: 'serious' })).ok).toBe(true)
    expect(w.raw.prepare('SELECT to_tier, reason, special_period FROM tier_changes WHERE student_id = ? ORDER BY at, rowid').all(w.students.wang)).toEqual([
      { to_tier: 'general', reason: tierInput(w.students.wang, 'general').reason, special_period: 'graduation' },
      { to_tier: 'serious', reason: '筛查二次访谈确认 (screening interview confirmed)', special_period: 'graduation' }
    ])
    const changes = (w.raw.prepare('SELECT count(*) AS n FROM tier_changes').get() as { n: number }).n
    const seq = lastSeq(w.raw)
    const same = await record(w.students.zhao, { outcome: 'confirmed', tier: 'serious' })
    // Confirmed at "serious" while in the crisis tier: the crisis tier stays.
    expect(same.ok && same.value).toMatchObject({ status: 'confirmed', tier: 'crisis' })
    expect((w.raw.prepare('SELECT count(*) AS n FROM tier_changes').get() as { n: number }).n).toBe(changes)
    expect(auditRows(w.raw, seq).map((r) => JSON.parse(r.summary!))).toEqual([{ studentId: w.students.zhao, outcome: 'confirmed', tier: 'serious', tierChanged: false }])
  })

  it('lets a refusal be followed by another booking and outcome; a false alarm is final and leaves the list alone', async () => {
    expect(await record(w.students.li, { outcome: 'refused', note: '学生表示暂不需要' })).toMatchObject({ ok: true, value: { status: 'refused', outcomeNote: '学生表示暂不需要' } })
    expect(await book(w.students.li, at('2026-11-05', '14:00'))).toMatchObject({ status: 'booked' })
    expect(await record(w.students.li, { outcome: 'false_alarm' })).toMatchObject({ ok: true, value: { status: 'false_alarm', tier: null } })
    expect(await record(w.students.li, { outcome: 'confirmed', tier: 'crisis' })).toEqual({ ok: false, error: { code: 'CONFLICT', messageKey: 'errors.screeningInterview.closed' } })
    expect(await ok(w.core, 'watch.get', { studentId: w.students.li })).toMatchObject({ tier: null })
    expect((await ok(w.core, 'screening.rounds.list', {}))[0]).toMatchObject({ awaitingOutcome: 0 })
    expect(await err(w.core, 'screening.interview.record', { flagId: randomUUID(), outcome: 'refused', note: '', tier: null })).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.screeningInterview.notFlagged'
    })
  })
})
