import { randomUUID } from 'node:crypto'
import type { ChannelOutput } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { SCREENING_MAPPING, screeningExportCsv } from '../../../src/main/tools/synthetic/screeningExport'
import { auditRows, lastSeq, tableDigests } from '../helpers/db'
import { err, ok, setUpCore } from '../helpers/core'
import { loginAs } from '../appointments/helpers'
import { bigRoster, csvBase64 } from '../students/roster'
import { checkInput, commitInput, gad, HEADERS, MAPPING, phq, row, screeningCounts, setUpRoundWorld, type RoundWorld } from './roundWorld'

const UNKNOWN = '2099000001'

/** The field paths and keys of a refused call, with the row and column the renderer shows. */
const described = (issues: { path: string; messageKey: string; params?: Record<string, string | number> }[] = []): string[] =>
  issues.map((i) => `${i.path} ${i.messageKey} ${String(i.params?.column ?? '')}`.trim())

describe('screening import from a UTF-8 CSV', () => {
  let w: RoundWorld
  let rows: string[][]

  beforeAll(async () => {
    w = await setUpRoundWorld()
    // The shipped instruments are written on first use; a check must then write nothing at all.
    await ok(w.core, 'screening.instruments.list', {})
    rows = [row(w.nos.zhang, '2026-10-21', phq(12), gad(3)), row(w.nos.li, '2026/10/21 09:30', phq(6, 1), gad(2)), row(UNKNOWN, '2026-10-21', phq(0), gad(0))]
  })

  it('guesses the mapping from the headers, scores a preview and lists the unmatched row, writing nothing', async () => {
    const before = tableDigests(w.raw)
    const check = await ok(w.core, 'screening.import.check', checkInput(w.roundId, rows))
    expect(check).toMatchObject({ format: 'csv', encoding: 'utf-8', headers: HEADERS, mapping: MAPPING, rowCount: 3, matched: 2, issues: [], moreIssues: 0 })
    expect(check.preview).toEqual([
      {
        row: 2,
        studentNo: w.nos.zhang,
        name: '张三',
        scores: [
          { instrumentKey: 'phq9', total: 12, level: 'moderate', flagged: true },
          { instrumentKey: 'gad7', total: 3, level: null, flagged: false }
        ]
      },
      {
        row: 3,
        studentNo: w.nos.li,
        name: '李四',
        // Item 9 alone flags: no rule matched a total of 6, the key item did.
        scores: [
          { instrumentKey: 'phq9', total: 6, level: null, flagged: true },
          { instrumentKey: 'gad7', total: 2, level: null, flagged: false }
        ]
      }
    ])
    expect(check).toMatchObject({ unmatched: [{ row: 4, studentNo: UNKNOWN }], moreUnmatched: 0, alreadyInRound: 0, flagged: 2, alerts: 1, duplicateOf: null })
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('commits in one transaction: results with their scores, one alert for item 9, flags, one audit row of counts', async () => {
    const seq = lastSeq(w.raw)
    const input = commitInput(w.roundId, rows)
    const result = await ok(w.core, 'screening.import.commit', input)
    expect(result).toMatchObject({ alreadyImported: false, imported: 2, skipped: 1, flagged: 2, alerts: 1 })

    const stored = w.raw
      .prepare(
        `SELECT s.name, r.instrument_key, r.instrument_version, r.source, r.round_id, r.import_id, r.taken_on, r.answers, r.total, r.band, r.level, r.severity, r.flagged, r.key_hits, r.alert
         FROM screening_results r JOIN students s ON s.id = r.student_id ORDER BY s.student_no, r.instrument_key DESC`
      )
      .all()
    const common = { instrument_version: 1, source: 'import', round_id: w.roundId, import_id: result.importId, taken_on: '2026-10-21' }
    expect(stored).toEqual([
      { name: '张三', instrument_key: 'phq9', ...common, answers: JSON.stringify(phq(12)), total: 12, band: 'moderate', level: 'moderate', severity: 2, flagged: 1, key_hits: '[]', alert: 0 },
      { name: '张三', instrument_key: 'gad7', ...common, answers: JSON.stringify(gad(3)), total: 3, band: 'minimal', level: null, severity: 0, flagged: 0, key_hits: '[]', alert: 0 },
      { name: '李四', instrument_key: 'phq9', ...common, answers: JSON.stringify(phq(6, 1)), total: 6, band: 'mild', level: null, severity: 4, flagged: 1, key_hits: '[9]', alert: 1 },
      { name: '李四', instrument_key: 'gad7', ...common, answers: JSON.stringify(gad(2)), total: 2, band: 'minimal', level: null, severity: 0, flagged: 0, key_hits: '[]', alert: 0 }
    ])
    const liPhq = w.raw.prepare("SELECT id FROM screening_results WHERE student_id = ? AND instrument_key = 'phq9'").get(w.students.li) as { id: string }
    expect(w.raw.prepare('SELECT student_id, source, source_id, level, raised_by, resolved_at FROM crisis_alerts').all()).toEqual([
      { student_id: w.students.li, source: 'screening', source_id: liPhq.id, level: 'high', raised_by: null, resolved_at: null }
    ])
    expect(w.raw.prepare('SELECT student_id, severity, key_hit, rank, status FROM screening_flags ORDER BY severity DESC').all()).toEqual([
      { student_id: w.students.li, severity: 4, key_hit: 1, rank: 6 / 27, status: 'pending' },
      { student_id: w.students.zhang, severity: 2, key_hit: 0, rank: 12 / 27, status: 'pending' }
    ])
    expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      ['alerts.raise', expect.any(String), { studentId: w.students.li, source: 'screening', sourceId: liPhq.id, level: 'high' }],
      ['screening.import', result.importId, { roundId: w.roundId, platformId: null, rows: 3, imported: 2, skipped: 1, results: 4, flagged: 2, alerts: 1 }]
    ])
    expect(await ok(w.core, 'screening.import.progress', { jobId: input.jobId })).toEqual({ phase: 'done', done: 3, total: 3 })
    expect(await ok(w.core, 'screening.imports.list', { roundId: w.roundId })).toEqual([
      { id: result.importId, fileName: '心理普查导出.csv', rows: 3, imported: 2, skipped: 1, importedAt: w.core.clock.now().toISOString(), importedByName: '王主任' }
    ])
  })

  it('does nothing when the same file comes again, and the check says when it came', async () => {
    const first = (w.raw.prepare('SELECT id, imported_at FROM screening_imports').get() as { id: string; imported_at: string })
    const before = tableDigests(w.raw)
    const again = await ok(w.core, 'screening.import.commit', commitInput(w.roundId, rows))
    expect(again).toEqual({ importId: first.id, alreadyImported: true, imported: 0, skipped: 0, flagged: 0, alerts: 0 })
    expect(tableDigests(w.raw)).toEqual(before)
    const check = await ok(w.core, 'screening.import.check', checkInput(w.roundId, rows))
    expect(check.duplicateOf).toEqual({ importId: first.id, roundName: '2026年秋季新生心理普查', importedAt: first.imported_at })
  })

  it('skips results already in the round with the same answers, and refuses different ones', async () => {
    // Another file (a different date column) with the same answers: the rows are skipped, not doubled.
    const same = [row(w.nos.zhang, '2026-10-22', phq(12), gad(3)), row(w.nos.li, '2026-10-22', phq(6, 1), gad(2))]
    expect(await ok(w.core, 'screening.import.check', checkInput(w.roundId, same))).toMatchObject({ matched: 0, alreadyInRound: 2, flagged: 0, alerts: 0, issues: [] })
    const counts = screeningCounts(w.raw)
    expect(await ok(w.core, 'screening.import.commit', commitInput(w.roundId, same))).toMatchObject({ alreadyImported: false, imported: 0, skipped: 2, flagged: 0, alerts: 0 })
    expect(screeningCounts(w.raw)).toEqual({ ...counts, imports: counts.imports! + 1, audit: counts.audit! + 1 })

    const changed = [row(w.nos.zhang, '2026-10-22', phq(13), gad(3)), row(w.nos.wang, '2026-10-22', phq(3), gad(1))]
    const check = await ok(w.core, 'screening.import.check', checkInput(w.roundId, changed))
    expect(check.issues).toEqual([
      { row: 2, column: '学号', messageKey: 'errors.screeningImport.alreadyInRoundDifferent', params: { column: '学号', value: w.nos.zhang, instrument: 'PHQ-9' } }
    ])
    const before = tableDigests(w.raw)
    const refused = await err(w.core, 'screening.import.commit', commitInput(w.roundId, changed))
    expect(refused).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.screeningImport.rowsInvalid', params: { count: 1 } })
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('refuses a file with row errors whole, naming row and column of each', async () => {
    const good = row(w.nos.wang, '2026-10-21', phq(3), gad(1))
    const bad = [
      good,
      [...row(w.nos.zhao, '2026-10-21', phq(3), gad(1)), '多出的一格'],
      row(UNKNOWN, '2026-10-21', [0, 0, 0, 4, 0, 0, 0, 0, 0], gad(0)),
      [...row('2099000002', '2026-10-21', phq(0), gad(0)).slice(0, 17), ''],
      row('2099000003', '2026-13-01', phq(0), gad(0)),
      row('2099000004', '2026-11-03', phq(0), gad(0)),
      row(w.nos.wang, '2026-10-21', phq(3), gad(1)),
      [w.nos.li, '2026-10-21', '1', '1']
    ]
    const check = await ok(w.core, 'screening.import.check', checkInput(w.roundId, bad))
    const issue = (r: number, column: string, key: string, params: Record<string, string | number> = {}) => ({ row: r, column, messageKey: `errors.screeningImport.${key}`, params: { column, ...params } })
    expect(check.issues).toEqual([
      issue(3, '', 'columnCount', { count: 19, expected: 18 }),
      issue(4, 'PHQ9_4', 'answer', { value: '4', min: 0, max: 3 }),
      issue(5, 'GAD-7 第7题', 'blankAnswer'),
      issue(6, '测评日期', 'date', { value: '2026-13-01' }),
      issue(7, '测评日期', 'dateInFuture', { value: '2026-11-03' }),
      issue(8, '学号', 'duplicateStudent', { value: w.nos.wang, otherRow: 2 }),
      issue(9, '', 'columnCount', { count: 4, expected: 18 })
    ])
    const before = tableDigests(w.raw)
    const refused = await err(w.core, 'screening.import.commit', commitInput(w.roundId, bad))
    expect(refused).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.screeningImport.rowsInvalid', params: { count: 7 } })
    expect(described(refused.issues)).toEqual([
      'rows.3 errors.screeningImport.columnCount',
      'rows.4 errors.screeningImport.answer PHQ9_4',
      'rows.5 errors.screeningImport.blankAnswer GAD-7 第7题',
      'rows.6 errors.screeningImport.date 测评日期',
      'rows.7 errors.screeningImport.dateInFuture 测评日期',
      'rows.8 errors.screeningImport.duplicateStudent 学号',
      'rows.9 errors.screeningImport.columnCount'
    ])
    expect(refused.issues![1]!.params).toEqual({ row: 4, column: 'PHQ9_4', value: '4', min: 0, max: 3 })
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('checks a given mapping: item count, a column twice, a column the file lacks, an unknown instrument', async () => {
    const mapping = {
      studentNo: 0,
      takenOn: 40,
      instruments: [
        { key: 'phq9', items: [2, 3, 4, 5, 6, 7, 8, 9], extras: {} },
        { key: 'gad7', items: [9, 11, 12, 13, 14, 15, 16], extras: {} },
        { key: 'nosuch', items: [17], extras: {} }
      ]
    }
    const check = await ok(w.core, 'screening.import.check', checkInput(w.roundId, [row(w.nos.wang, '2026-10-21', phq(3), gad(1))], { mapping }))
    expect(check.issues.map((i) => `${i.row} ${i.column} ${i.messageKey}`)).toEqual([
      '1  errors.screeningImport.columnOutOfRange',
      '1  errors.screeningImport.itemCount',
      '1 PHQ9_8 errors.screeningImport.columnUsedTwice',
      '1  errors.screeningImport.unknownInstrument'
    ])
    expect(check).toMatchObject({ matched: 0, preview: [] })
    const before = tableDigests(w.raw)
    const refused = await err(w.core, 'screening.import.commit', commitInput(w.roundId, [row(w.nos.wang, '2026-10-21', phq(3), gad(1))], { mapping }))
    expect(refused.code).toBe('VALIDATION')
    expect(refused.issues!.map((i) => `${i.path}: ${i.messageKey}`)).toEqual([
      'mapping.takenOn: errors.screeningImport.columnOutOfRange',
      'mapping.instruments.0.items: errors.screeningImport.itemCount',
      'mapping.instruments.1.items.0: errors.screeningImport.columnUsedTwice',
      'mapping.instruments.2.key: errors.screeningImport.unknownInstrument'
    ])
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('saves the mapping as a platform layout and starts the next check from it', async () => {
    const platformName = '某省大学生心理测评平台'
    const first = commitInput(w.roundId, [row(w.nos.wang, '2026-10-21', phq(3), gad(1))], { platformName })
    await ok(w.core, 'screening.import.commit', first)
    const [platform] = await ok(w.core, 'screening.platforms.list', {})
    expect(platform).toMatchObject({ name: platformName, mapping: MAPPING })
    const stored = w.raw.prepare('SELECT platform_id FROM screening_imports WHERE fingerprint = (SELECT fingerprint FROM screening_imports ORDER BY imported_at DESC, rowid DESC LIMIT 1)').get()
    expect(stored).toEqual({ platform_id: platform!.id })

    // The platform's columns, not a guess: these headers would guess nothing.
    const odd = ['编号', '时间', ...Array.from({ length: 16 }, (_, i) => `题${String.fromCharCode(65 + i)}`)]
    const content = csvBase64([odd, row(w.nos.zhao, '2026-10-21', phq(21), gad(0))])
    const check = await ok(w.core, 'screening.import.check', { roundId: w.roundId, fileName: 'b.csv', contentBase64: content, instrumentKeys: ['phq9'], platformId: platform!.id })
    expect(check).toMatchObject({ mapping: MAPPING, matched: 1, issues: [] })
    expect(check.preview[0]!.scores[0]).toEqual({ instrumentKey: 'phq9', total: 21, level: 'severe', flagged: true })
    const guessed = await ok(w.core, 'screening.import.check', { roundId: w.roundId, fileName: 'b.csv', contentBase64: content, instrumentKeys: ['phq9'] })
    expect(guessed.issues.map((i) => i.messageKey)).toEqual(['errors.screeningImport.noStudentNoColumn', 'errors.screeningImport.noItemColumns'])
    expect(guessed.mapping.instruments).toEqual([{ key: 'phq9', extras: {} }])
  })

  it('refuses an unknown round, and the roles that do not import', async () => {
    const unknown = await err(w.core, 'screening.import.commit', commitInput('00000000-0000-4000-8000-00000000dead', [row(w.nos.wang, '2026-10-21', phq(3), gad(1))]))
    expect(unknown).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.screeningImport.unknownRound' })
    await ok(w.core, 'auth.lock', { reason: 'button' })
    await loginAs(w.core, w.partTime)
    expect((await err(w.core, 'screening.import.commit', commitInput(w.roundId, [row(w.nos.wang, '2026-10-21', phq(3), gad(1))]))).code).toBe('FORBIDDEN')
  })
})

describe('screening import progress', () => {
  it('answers progress while a file of 3,000 rows is scored and written, then says done', async () => {
    const core = await setUpCore()
    const roster = bigRoster(3000)
    const rosterFile = { fileName: '名单.csv', contentBase64: csvBase64(roster) }
    const guessed = await ok(core, 'students.import.check', rosterFile)
    await ok(core, 'students.import.commit', { ...rosterFile, mapping: guessed.mapping, createMissing: true })
    const round = await ok(core, 'screening.rounds.create', { name: '2026年秋季普查', date: '2026-10-20' })
    const file = screeningExportCsv(
      roster.slice(1).map((r) => r[0]!),
      '2026-10-20',
      11
    )

    const jobId = randomUUID()
    const seen: ChannelOutput<'screening.import.progress'>[] = []
    let running = true
    // The screen polls while the commit runs: progress is answered between the commit's chunks.
    const poll = (async () => {
      while (running) {
        const answer = await core.call('screening.import.progress', { jobId })
        if (answer.ok) seen.push(answer.value)
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const input = { roundId: round.id, fileName: '普查导出.csv', contentBase64: file.csv.toString('base64'), instrumentKeys: ['phq9', 'gad7'], mapping: SCREENING_MAPPING, jobId, platformName: '' }
    const result = await ok(core, 'screening.import.commit', input)
    running = false
    await poll

    expect(result).toMatchObject({ alreadyImported: false, imported: 3000, skipped: 0, alerts: file.item9 })
    const scoring = seen.filter((p) => p.phase === 'scoring' && p.total === 3000)
    expect(scoring.some((p) => p.done > 0 && p.done < 3000)).toBe(true)
    expect(await ok(core, 'screening.import.progress', { jobId })).toEqual({ phase: 'done', done: 3000, total: 3000 })
    expect(await ok(core, 'screening.import.progress', { jobId: randomUUID() })).toEqual({ phase: 'unknown', done: 0, total: 0 })
  })
})
