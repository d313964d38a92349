import type { StatsReportDto, StatsTableDto } from '@shared/contract/stats'
import ExcelJS from 'exceljs'
import { allTables, displayWidth, exportStrings, figureNotes, figureValue, reportFacts, tableLayout, type Value } from './model'

/** Excel's limits on a sheet name: 31 characters, none of these, no apostrophe at either end. */
const SHEET_NAME_MAX = 31
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g

/**
 * A name Excel accepts for a table's sheet, unique in the workbook (Excel compares names without
 * case): the title cleaned and cut to 31 characters, with " (2)", " (3)"… when taken.
 */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Sheet'
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`
    // Whole code points: cutting between the halves of a rare character would corrupt it.
    const chars = [...base]
    while (chars.join('').length + suffix.length > SHEET_NAME_MAX) chars.pop()
    const name = `${chars.join('').trimEnd()}${suffix}`
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase())
      return name
    }
  }
}

function fitColumns(sheet: ExcelJS.Worksheet, lines: readonly (readonly Value[])[]): void {
  const columns = Math.max(0, ...lines.map((l) => l.length))
  for (let i = 0; i < columns; i++) {
    const widest = Math.max(0, ...lines.map((l) => displayWidth(String(l[i] ?? ''))))
    sheet.getColumn(i + 1).width = Math.min(50, Math.max(i === 0 ? 12 : 8, widest + 2))
  }
}

/** Marks written in place of a number (`*`, `<k`, `—`) line up with the numbers around them. */
function alignMarks(row: ExcelJS.Row, values: readonly Value[], from: number): void {
  values.forEach((value, i) => {
    if (i >= from && typeof value === 'string') row.getCell(i + 1).alignment = { horizontal: 'right' }
  })
}

const bold = (row: ExcelJS.Row): void => {
  row.font = { bold: true }
}

/** 概要: title, facts, then each section's figures as 指标 | 数值 (rates as real percentages). */
function addSummary(workbook: ExcelJS.Workbook, report: StatsReportDto, taken: Set<string>): void {
  const s = exportStrings(report)
  const sheet = workbook.addWorksheet(sheetName(s.summary, taken))
  const measured: Value[][] = []
  bold(sheet.addRow([s.title]))
  for (const fact of Object.values(reportFacts(report))) {
    const row = sheet.addRow(fact)
    row.getCell(1).font = { bold: true }
    row.getCell(2).alignment = { horizontal: 'left' }
    measured.push(fact)
  }
  sheet.addRow([])
  bold(sheet.addRow([s.figure, s.value]))
  for (const section of report.sections) {
    if (section.figures.length === 0) continue
    bold(sheet.addRow([section.title]))
    for (const figure of section.figures) {
      const { value, percent } = figureValue(figure, report.threshold)
      const row = sheet.addRow([figure.label, typeof value === 'number' && percent ? value / 100 : value])
      if (typeof value === 'number' && percent) row.getCell(2).numFmt = '0.0%'
      alignMarks(row, [figure.label, value], 1)
      measured.push([figure.label, value])
    }
  }
  const notes = figureNotes(report)
  if (notes.length) sheet.addRow([])
  for (const note of notes) sheet.addRow([note])
  fitColumns(sheet, [...measured, [s.figure, s.value]])
}

/** A table's sheet: its title, the header (frozen with the row labels), rows, totals, notes. */
function addTable(workbook: ExcelJS.Workbook, report: StatsReportDto, table: StatsTableDto, taken: Set<string>): void {
  const layout = tableLayout(report, table)
  const sheet = workbook.addWorksheet(sheetName(layout.title, taken))
  bold(sheet.addRow([layout.title]))
  const grid = layout.grid
  if (grid) {
    bold(sheet.addRow(grid.header))
    for (const values of grid.rows) {
      const row = sheet.addRow(values)
      row.getCell(1).font = { bold: true }
      alignMarks(row, values, 1)
    }
    if (grid.totals) {
      const row = sheet.addRow(grid.totals)
      bold(row)
      alignMarks(row, grid.totals, 1)
    }
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }]
    fitColumns(sheet, [grid.header, ...grid.rows, ...(grid.totals ? [grid.totals] : [])])
  }
  if (grid && layout.notes.length) sheet.addRow([])
  for (const note of layout.notes) sheet.addRow([note])
}

/** The report as a workbook: 概要 first, then one sheet per table. */
export async function statsXlsx(report: StatsReportDto): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  // The file's own metadata says no more than the report does: no author, the report's time.
  workbook.created = workbook.modified = new Date(report.generatedAt)
  // Excel keeps "History" for itself (change tracking) and refuses a sheet of that name.
  const taken = new Set<string>(['history'])
  addSummary(workbook, report, taken)
  for (const table of allTables(report)) addTable(workbook, report, table, taken)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
