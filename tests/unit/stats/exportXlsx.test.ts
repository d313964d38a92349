import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { sheetName, statsXlsx } from '../../../src/main/core/stats/export/xlsx'
import { HIDDEN_TRUTH, REPORT_EN, REPORT_ZH } from './reportFixture'

const HIDDEN_NOTE = '* 不公布：人数少于 5，或为防止由合计推算出其他隐藏单元格而一并隐藏。'

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook
}

/** A row's values from column A on (exceljs rows are 1-based, with a hole at 0). */
const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => {
  const values = sheet.getRow(row).values
  return Array.isArray(values) ? values.slice(1) : []
}

const allRows = (sheet: ExcelJS.Worksheet): unknown[][] => Array.from({ length: sheet.rowCount }, (_, i) => rowValues(sheet, i + 1))

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name)
  if (!found) throw new Error(`no sheet ${name}`)
  return found
}

describe('statistics as XLSX', () => {
  let zh: ExcelJS.Workbook
  let en: ExcelJS.Workbook

  beforeAll(async () => {
    zh = await load(await statsXlsx(REPORT_ZH))
    en = await load(await statsXlsx(REPORT_EN))
  })

  it('has the summary first, then one sheet per table named by its title', () => {
    expect(zh.worksheets.map((s) => s.name)).toEqual([
      '概要',
      '咨询人次（按学院与咨询类型）',
      '咨询学生人数（按年级与性别）',
      '咨询学生人数（按性别与问题类别，可多选）',
      '关注学生人数（按学院与等级）',
      '中心工作（按类型）'
    ])
    expect(en.worksheets.map((s) => s.name)[0]).toBe('Summary')
    // "Students by gender and concern (several allowed)" is 49 characters: cut to Excel's 31.
    expect(en.worksheets.map((s) => s.name)).toContain('Students by gender and concern')
  })

  it('writes the summary: facts, figures (a rate as a real percentage), <k and — where withheld, and their footnotes', () => {
    const summary = sheet(zh, '概要')
    const rows = allRows(summary)
    expect(rows[0]).toEqual(['心理健康教育工作统计'])
    expect(rows.slice(1, 5)).toEqual([
      ['统计期间', '2026-09-01 至 2026-12-31'],
      ['公布阈值 k', 5],
      ['生成时间', '2027-01-04 10:30'],
      ['筛查批次', '2026 级新生心理普查']
    ])
    const byLabel = new Map(rows.map((r) => [r[0], r[1]]))
    expect(rows).toContainEqual(['指标', '数值'])
    expect(rows).toContainEqual(['个体咨询'])
    expect(byLabel.get('咨询人次')).toBe(93)
    expect(byLabel.get('爽约人次')).toBe(0)
    expect(byLabel.get('初次来访人数')).toBe('<5')
    expect(byLabel.get('预警人数')).toBe('<5')
    expect(byLabel.get('预警率')).toBe('—')
    const coverageRow = rows.findIndex((r) => r[0] === '筛查覆盖率') + 1
    expect(summary.getCell(coverageRow, 2).value).toBeCloseTo(0.973, 10)
    expect(summary.getCell(coverageRow, 2).numFmt).toBe('0.0%')
    expect(rows).toContainEqual(['“<5”：少于 5，不公布。'])
    expect(rows).toContainEqual(['“—”：所依据的人数不公布，比率也不公布。'])
  })

  it('writes a suppressed table: bold frozen header, numbers where published, * where hidden, 合计 row and column, footnotes', () => {
    const table = sheet(zh, '咨询人次（按学院与咨询类型）')
    expect(rowValues(table, 1)).toEqual(['咨询人次（按学院与咨询类型）'])
    expect(rowValues(table, 2)).toEqual(['学院', '个体咨询', '团体辅导', '危机干预', '合计'])
    expect(table.getRow(2).font?.bold).toBe(true)
    expect(table.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 })
    expect(rowValues(table, 3)).toEqual(['计算机学院', 12, '*', '*', 22])
    expect(rowValues(table, 4)).toEqual(['心理学院', 9, '*', '*', 23])
    expect(rowValues(table, 5)).toEqual(['经济, 管理学院', 10, 5, 6, 21])
    expect(rowValues(table, 6)).toEqual(['其他', 11, 9, 7, 27])
    expect(rowValues(table, 7)).toEqual(['合计', 42, 27, 24, 93])
    const rows = allRows(table)
    // One footnote for all hidden cells (primary and secondary alike), what 其他 holds, the table's note.
    expect(rows.filter((r) => String(r[0]).startsWith('*'))).toEqual([[HIDDEN_NOTE]])
    expect(rows).toContainEqual(['其他 含：外国语学院、艺术学院'])
    expect(rows).toContainEqual(['同一学生多次咨询，分别计入人次。'])
    for (const h of HIDDEN_TRUTH) {
      expect(table.getCell(3 + h.row, 2 + h.col).value).toBe('*')
      expect(table.getCell(3 + h.row, 2 + h.col).value).not.toBe(h.value)
    }
    expect(table.getColumn(1).width).toBeGreaterThanOrEqual(16)
  })

  it('prints no margin a table does not publish, and no footnote for hidden cells it does not have', () => {
    const table = sheet(zh, '咨询学生人数（按性别与问题类别，可多选）')
    expect(rowValues(table, 2)).toEqual(['性别', '学业压力', '人际关系', '情绪困扰'])
    expect(rowValues(table, 3)).toEqual(['男', 9, 6, 7])
    expect(rowValues(table, 5)).toEqual(['合计', 21, 14, 17])
    expect(allRows(table).some((r) => String(r[0]).startsWith('*'))).toBe(false)
    const activities = allRows(sheet(zh, '中心工作（按类型）'))
    expect(activities[1]).toEqual(['类型', '次数', '参与人数'])
    expect(activities[4]).toEqual(['宣传', 4, 0])
    expect(activities[6]).toEqual(['合计', 10, 645])
  })

  it('writes a withheld table as its title and one line, no cells', () => {
    expect(allRows(sheet(zh, '关注学生人数（按学院与等级）'))).toEqual([['关注学生人数（按学院与等级）'], ['整表人数少于 5，不公布。']])
  })

  it('never shows a hidden cell’s true count in its place, on any sheet', () => {
    const sessions = en.getWorksheet('Sessions by college and kind')
    for (const h of HIDDEN_TRUTH) expect(sessions?.getCell(3 + h.row, 2 + h.col).value).toBe('*')
    for (const workbook of [zh, en]) {
      const marks = workbook.worksheets.flatMap(allRows).flat().filter((v) => typeof v === 'string' && /^[*<—]/.test(v) && v.length <= 3)
      expect(new Set(marks)).toEqual(new Set(['*', '<5', '—']))
    }
  })

  it('writes English headers for an English report', () => {
    const table = sheet(en, 'Sessions by college and kind')
    expect(rowValues(table, 2)).toEqual(['College', 'Individual', 'Group', 'Crisis', 'Total'])
    expect(rowValues(table, 7)).toEqual(['Total', 42, 27, 24, 93])
    expect(allRows(table)).toContainEqual(['Other includes: Foreign Languages; Arts'])
    expect(allRows(sheet(en, 'Summary'))).toContainEqual(['Figure', 'Value'])
  })
})

describe('sheet names', () => {
  it('drops what Excel forbids, cuts to 31 characters and keeps names unique without regard to case', () => {
    const taken = new Set<string>()
    expect(sheetName('概要', taken)).toBe('概要')
    expect(sheetName('概要', taken)).toBe('概要 (2)')
    expect(sheetName('a[b]:c*d?e/f\\g', taken)).toBe('a b c d e f g')
    expect(sheetName("'quoted'", taken)).toBe('quoted')
    expect(sheetName('Summary', taken)).toBe('Summary')
    expect(sheetName('SUMMARY', taken)).toBe('SUMMARY (2)')
    const long = 'x'.repeat(40)
    expect(sheetName(long, taken)).toBe('x'.repeat(31))
    expect(sheetName(long, taken)).toBe(`${'x'.repeat(27)} (2)`)
    // A character outside the BMP is two UTF-16 units: never cut in half.
    const rare = sheetName('𠮷'.repeat(20), taken)
    expect(rare).toBe('𠮷'.repeat(15))
    expect(sheetName('***', taken)).toBe('Sheet')
  })
})
