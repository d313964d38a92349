import type { StatsReportDto } from '@shared/contract/stats'
import { allTables, exportStrings, figureNotes, figureText, reportFacts, tableLayout, type Value } from './model'

/**
 * One RFC 4180 field. Text that a spreadsheet would take for a formula (= + - @, or a tab or CR
 * before one) gets a leading apostrophe, so a label typed in settings can never run as one.
 */
export function csvField(value: Value): string {
  if (typeof value === 'number') return String(value)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const line = (fields: readonly Value[]): string => fields.map(csvField).join(',')

/** The summary block: the report's title, its facts, each section's figures, their footnotes. */
function summaryBlock(report: StatsReportDto): string[] {
  const s = exportStrings(report)
  const k = report.threshold
  const lines = [line([s.title]), ...Object.values(reportFacts(report)).map((fact) => line(fact)), line([s.figure, s.value])]
  for (const section of report.sections) {
    if (section.figures.length === 0) continue
    lines.push(line([section.title]), ...section.figures.map((f) => line([f.label, figureText(f, k)])))
  }
  return [...lines, ...figureNotes(report).map((note) => line([note]))]
}

/**
 * The report as one CSV: the summary block, then each table as a block (title, header, rows,
 * totals, footnotes), blocks separated by a blank line. UTF-8 with a byte-order mark, since Excel
 * in China opens a CSV as UTF-8 only with one; CRLF line ends (RFC 4180).
 */
export function statsCsv(report: StatsReportDto): Buffer {
  const blocks = [summaryBlock(report)]
  for (const table of allTables(report)) {
    const layout = tableLayout(report, table)
    const grid = layout.grid
    blocks.push([
      line([layout.title]),
      ...(grid ? [line(grid.header), ...grid.rows.map(line), ...(grid.totals ? [line(grid.totals)] : [])] : []),
      ...layout.notes.map((note) => line([note]))
    ])
  }
  return Buffer.from(`\uFEFF${blocks.map((block) => block.join('\r\n')).join('\r\n\r\n')}\r\n`, 'utf8')
}
