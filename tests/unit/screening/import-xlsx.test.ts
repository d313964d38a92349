import { randomUUID } from 'node:crypto'
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { tableDigests } from '../helpers/db'
import { err, ok } from '../helpers/core'
import { csvBase64, xlsxBase64 } from '../students/roster'
import { phq, setUpRoundWorld, type RoundWorld } from './roundWorld'

const UPI_HEADERS = ['学号', '姓名', ...Array.from({ length: 60 }, (_, i) => `UPI${i + 1}`), '主动求助']
/** Twenty-one scored "yes" answers, among them key items 8 and 16 (validity items 5 and 20 left out): class 2. */
const CLASS2_YES = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23]

/** A UPI row in words, as Chinese platforms export it: 是 for the items given, 否 for the rest. */
const upiRow = (no: string, name: string, yes: number[], asksHelp: boolean): string[] => [
  no,
  name,
  ...Array.from({ length: 60 }, (_, i) => (yes.includes(i + 1) ? '是' : '否')),
  asksHelp ? '是' : '否'
]

describe('screening import from GBK CSV and XLSX', () => {
  let w: RoundWorld
  let upiRows: string[][]
  const stored = (studentId: string, key: string): unknown =>
    w.raw.prepare('SELECT taken_on, answers, extras, level_value, total, level, severity, flagged, key_hits, alert FROM screening_results WHERE student_id = ? AND instrument_key = ?').get(studentId, key)
  const flag = (studentId: string): unknown => w.raw.prepare('SELECT severity, key_hit, rank, status FROM screening_flags WHERE student_id = ?').get(studentId)

  beforeAll(async () => {
    w = await setUpRoundWorld()
    await ok(w.core, 'screening.instruments.list', {})
    upiRows = [
      upiRow(w.nos.wang, '王小明', [8, 25], false),
      upiRow(w.nos.zhao, '赵六', CLASS2_YES, false),
      upiRow(w.nos.zhang, '张三', [], true),
      // Digits instead of words: the same yes/no.
      [w.nos.li, '李四', ...Array.from({ length: 60 }, () => '0'), '0']
    ]
  })

  const upiInput = (rows: string[][]) => ({
    roundId: w.roundId,
    fileName: 'UPI普查.csv',
    contentBase64: csvBase64([UPI_HEADERS, ...rows], { encoding: 'gbk' }),
    instrumentKeys: ['upi']
  })
  const upiMapping = { studentNo: 0, takenOn: null, instruments: [{ key: 'upi', items: Array.from({ length: 60 }, (_, i) => 2 + i), extras: { asks_help: 62 } }] }

  it('reads a GBK file: guesses UPI items and the asks-for-help column, and refuses an answer that is not yes or no', async () => {
    const check = await ok(w.core, 'screening.import.check', upiInput(upiRows))
    expect(check).toMatchObject({ format: 'csv', encoding: 'gb18030', mapping: upiMapping, matched: 4, flagged: 3, alerts: 1, issues: [] })
    expect(check.preview.map((p) => [p.name, p.scores[0]!.total, p.scores[0]!.level])).toEqual([
      ['王小明', 2, 'class1'],
      ['赵六', 21, 'class2'],
      ['张三', 0, 'class1'],
      ['李四', 0, null]
    ])

    const maybe = upiRows.map((r) => [...r])
    maybe[1]![4] = 'maybe'
    const before = tableDigests(w.raw)
    const refused = await ok(w.core, 'screening.import.check', upiInput(maybe))
    expect(refused.issues).toEqual([{ row: 3, column: 'UPI3', messageKey: 'errors.screeningImport.yesNo', params: { column: 'UPI3', value: 'maybe' } }])
    const error = await err(w.core, 'screening.import.commit', { ...upiInput(maybe), mapping: upiMapping, jobId: randomUUID(), platformName: '' })
    expect(error).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.screeningImport.rowsInvalid', params: { count: 1 } })
    expect(tableDigests(w.raw)).toEqual(before)
  })

  it('imports the GBK file on the round date: class 1 by item 25 (with an alert) or by asking for help, class 2 by key items', async () => {
    const result = await ok(w.core, 'screening.import.commit', { ...upiInput(upiRows), mapping: upiMapping, jobId: randomUUID(), platformName: '' })
    expect(result).toMatchObject({ imported: 4, skipped: 0, flagged: 3, alerts: 1 })
    const no = (yes: number[]): string => JSON.stringify(Array.from({ length: 60 }, (_, i) => (yes.includes(i + 1) ? 1 : 0)))
    const common = { taken_on: '2026-10-20', level_value: null }
    expect(stored(w.students.wang, 'upi')).toEqual({ ...common, answers: no([8, 25]), extras: '{"asks_help":0}', total: 2, level: 'class1', severity: 4, flagged: 1, key_hits: '[25]', alert: 1 })
    expect(stored(w.students.zhao, 'upi')).toEqual({ ...common, answers: no(CLASS2_YES), extras: '{"asks_help":0}', total: 21, level: 'class2', severity: 2, flagged: 1, key_hits: '[]', alert: 0 })
    expect(stored(w.students.zhang, 'upi')).toEqual({ ...common, answers: no([]), extras: '{"asks_help":1}', total: 0, level: 'class1', severity: 3, flagged: 1, key_hits: '[]', alert: 0 })
    expect(stored(w.students.li, 'upi')).toMatchObject({ total: 0, level: null, severity: 0, flagged: 0 })
    expect(flag(w.students.wang)).toEqual({ severity: 4, key_hit: 1, rank: 2 / 56, status: 'pending' })
    expect(flag(w.students.li)).toBeUndefined()
  })

  /** Student numbers as numbers and dates as dates, as Excel keeps them; a levels column beside PHQ-9 items. */
  const xlsxRows = (level: (name: string) => string): ExcelJS.CellValue[][] => {
    const date = new Date(Date.UTC(2026, 9, 22))
    const line = (no: string, name: string, answers: number[]): ExcelJS.CellValue[] => [Number(no), date, level(name), ...answers]
    return [
      ['学生编号', '测评日期', '筛查等级', ...Array.from({ length: 9 }, (_, i) => `phq9q${i + 1}`)],
      line(w.nos.zhang, '张三', phq(0)),
      line(w.nos.li, '李四', phq(10)),
      line(w.nos.wang, '王小明', phq(0))
    ]
  }
  const LEVELS: Record<string, string> = { 张三: '一级', 李四: '正常', 王小明: 'II' }
  const xlsxMapping = {
    studentNo: 0,
    takenOn: 1,
    instruments: [
      { key: 'levels', level: 2, extras: {} },
      { key: 'phq9', items: Array.from({ length: 9 }, (_, i) => 3 + i), extras: {} }
    ]
  }

  it('reads an XLSX file with a levels column, refuses a level it does not know, and imports; flags only rise', async () => {
    const xlsxInput = async (level: (name: string) => string) => ({
      roundId: w.roundId,
      fileName: '分级结果.xlsx',
      contentBase64: await xlsxBase64(xlsxRows(level)),
      instrumentKeys: ['levels', 'phq9']
    })
    const wrong = await ok(w.core, 'screening.import.check', await xlsxInput((name) => (name === '李四' ? '特级' : (LEVELS[name] ?? ''))))
    expect(wrong.issues).toEqual([{ row: 3, column: '筛查等级', messageKey: 'errors.screeningImport.level', params: { column: '筛查等级', value: '特级' } }])

    const input = await xlsxInput((name) => LEVELS[name] ?? '')
    const check = await ok(w.core, 'screening.import.check', input)
    expect(check).toMatchObject({ format: 'xlsx', encoding: 'xlsx', mapping: xlsxMapping, matched: 3, issues: [] })
    const result = await ok(w.core, 'screening.import.commit', { ...input, mapping: xlsxMapping, jobId: randomUUID(), platformName: '' })
    expect(result).toMatchObject({ imported: 3, flagged: 3, alerts: 0 })
    expect(stored(w.students.zhang, 'levels')).toEqual({
      taken_on: '2026-10-22',
      answers: '[]',
      extras: '{}',
      level_value: '一级',
      total: null,
      level: 'level1',
      severity: 3,
      flagged: 1,
      key_hits: '[]',
      alert: 0
    })
    expect(stored(w.students.li, 'phq9')).toMatchObject({ taken_on: '2026-10-22', total: 10, level: 'moderate', severity: 2 })
    // 王小明 keeps the key hit and severity 4 of his UPI; 李四 is flagged now by PHQ-9.
    expect(flag(w.students.wang)).toEqual({ severity: 4, key_hit: 1, rank: 2 / 56, status: 'pending' })
    expect(flag(w.students.li)).toEqual({ severity: 2, key_hit: 0, rank: 10 / 27, status: 'pending' })
    expect(flag(w.students.zhang)).toEqual({ severity: 3, key_hit: 0, rank: 0, status: 'pending' })
  })
})
