import { CENTRE_UTC_OFFSET_MINUTES } from '@shared/centreTime'
import type { StatsFigureDto, StatsReportDto, StatsTableDto } from '@shared/contract/stats'
import dayjs from 'dayjs'
import { fill } from '../../reports/strings'
import { STATS_EXPORT_STRINGS, type StatsExportStrings } from './strings'

/*
 * What the three exports print, worked out once so that the XLSX, the CSV and the PDF follow the
 * same rules of publication: each writer only lays these values out.
 */

/** A cell as written: a published number, or text (a label, `*`, `<k`, `—`). */
export type Value = string | number

/** Written in place of every hidden cell, primary or secondary alike. */
export const HIDDEN_MARK = '*'
/** Written for a rate whose count is withheld. */
export const WITHHELD_RATE = '—'

export const exportStrings = (report: StatsReportDto): StatsExportStrings => STATS_EXPORT_STRINGS[report.locale]

/** `97.3` → `97.3%`: the DTO's rates are percentages with one decimal. */
export const percentText = (value: number): string => `${value.toFixed(1)}%`

/**
 * A figure as written: its count, its rate, or the mark in its place (`<k` for a count under the
 * threshold, `—` for a rate whose count is withheld). `percent` says how to show a number.
 */
export function figureValue(figure: StatsFigureDto, k: number): { value: Value; percent: boolean } {
  if (figure.value === null) return { value: figure.unit === 'percent' ? WITHHELD_RATE : `<${k}`, percent: false }
  return { value: figure.value, percent: figure.unit === 'percent' }
}

/** A figure as plain text (CSV and PDF). */
export function figureText(figure: StatsFigureDto, k: number): string {
  const { value, percent } = figureValue(figure, k)
  return typeof value === 'number' && percent ? percentText(value) : String(value)
}

type Fact = [label: string, value: Value]

/** The facts every file starts with: range, threshold, when it was made, the screening rounds. */
export function reportFacts(report: StatsReportDto): { range: Fact; threshold: Fact; generatedAt: Fact; rounds: Fact } {
  const s = exportStrings(report)
  return {
    range: [s.range, fill(s.rangeValue, { from: report.from, to: report.to })],
    threshold: [s.threshold, report.threshold],
    generatedAt: [s.generatedAt, centreTime(report.generatedAt)],
    rounds: [s.rounds, report.rounds.length ? report.rounds.join(s.listSeparator) : s.noRounds]
  }
}

/** On the centre's clock, so a file reads the same whatever zone the PC that made it is set to. */
const centreTime = (instant: string): string => dayjs.utc(instant).add(CENTRE_UTC_OFFSET_MINUTES, 'minute').format('YYYY-MM-DD HH:mm')

/** The footnotes under the figures, for the marks that actually appear. */
export function figureNotes(report: StatsReportDto): string[] {
  const s = exportStrings(report)
  const figures = report.sections.flatMap((section) => section.figures).filter((f) => f.value === null)
  const k = report.threshold
  return [
    ...(figures.some((f) => f.unit !== 'percent') ? [fill(s.lessThanNote, { k })] : []),
    // A rate with nothing to divide by (no round in the range) is "—" too, but nothing was withheld.
    ...(figures.some((f) => f.unit === 'percent' && f.hidden !== null) ? [fill(s.withheldRateNote, { k })] : [])
  ]
}

/** Wide characters (CJK, full-width forms) take about two columns of a Latin letter. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u

/** How many Latin-letter widths a text takes: to size spreadsheet columns and chart labels. */
export const displayWidth = (text: string): number => [...text].reduce((width, c) => width + (WIDE.test(c) ? 2 : 1), 0)

/** A table laid out for printing. */
export interface TableLayout {
  title: string
  /** Null when the whole table is withheld: then `notes` holds only the line that says so. */
  grid: TableGrid | null
  /** Under the table, in order: the hidden-cell footnote, what 其他 holds, the table's own notes. */
  notes: string[]
}

export interface TableGrid {
  /** The row labels' header, the columns, and 合计 when the table publishes row totals. */
  header: string[]
  /** Each: the row label, its cells (`*` where hidden), its total when published. */
  rows: Value[][]
  /** 合计, the column totals and the grand total in the corner; null when not published. */
  totals: Value[] | null
}

export function tableLayout(report: StatsReportDto, table: StatsTableDto): TableLayout {
  const s = exportStrings(report)
  const k = report.threshold
  if (table.withheld) return { title: table.title, grid: null, notes: [fill(s.withheldTable, { k })] }
  const rowTotals = table.rowTotals
  const rows = table.rows.map((label, i): Value[] => [
    label,
    ...table.cols.map((_, j) => table.cells[i]?.[j] ?? HIDDEN_MARK),
    ...(rowTotals ? [rowTotals[i] ?? ''] : [])
  ])
  const totals = table.colTotals ? [s.total, ...table.colTotals, ...(rowTotals ? [table.total ?? ''] : [])] : null
  const hasHidden = table.rows.some((_, i) => table.cols.some((_, j) => (table.cells[i]?.[j] ?? null) === null))
  const list = (labels: string[]): string => labels.join(s.listSeparator)
  const { rows: mergedRows, cols: mergedCols } = table.merged
  const both = mergedRows.length > 0 && mergedCols.length > 0
  const notes = [
    ...(hasHidden ? [fill(s.hiddenNote, { k })] : []),
    ...(mergedRows.length ? [fill(both ? s.mergedRows : s.merged, { labels: list(mergedRows) })] : []),
    ...(mergedCols.length ? [fill(both ? s.mergedCols : s.merged, { labels: list(mergedCols) })] : []),
    // A grand total with no corner to stand in (one margin not published) still gets printed.
    ...(table.total !== null && !(rowTotals && table.colTotals) ? [fill(s.totalLine, { total: table.total })] : []),
    ...table.notes
  ]
  return {
    title: table.title,
    grid: { header: [table.rowHeader, ...table.cols, ...(rowTotals ? [s.total] : [])], rows, totals },
    notes
  }
}

/** Every table of the report, in the order of its sections. */
export const allTables = (report: StatsReportDto): StatsTableDto[] => report.sections.flatMap((section) => section.tables)
