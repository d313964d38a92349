import type Database from 'better-sqlite3'
import { addDays, centreDayStartUtc } from '@shared/centreTime'
import type { StatsRange } from '@shared/contract'
import type { Matrix } from '../rawCounts'

/**
 * A report's range in the two spellings the vault stores: centre dates (`from`..`to`, both
 * included) for local dates such as follow_ups.date, compared as strings; and UTC instants for
 * timestamps such as appointments.start_at, compared as `start` ≤ x < `end` (the first instant of
 * the day after `to`). Every instant the core writes has one spelling (`toISOString`), so string
 * comparison orders them and the range predicates can use the indexes on those columns.
 */
export interface Span {
  from: string
  to: string
  start: string
  end: string
}

export const spanOf = (range: StatsRange): Span => ({
  from: range.from,
  to: range.to,
  start: centreDayStartUtc(range.from),
  end: centreDayStartUtc(addDays(range.to, 1))
})

/** A grouped count as the SQL returns it: row key, column key, count. */
export interface Cell {
  row: string
  col: string
  n: number
}

/** Grouped counts as a matrix; zero cells are left out (an absent cell is 0). */
export function toMatrix(cells: readonly Cell[]): Matrix {
  const matrix: Matrix = {}
  for (const { row, col, n } of cells) {
    if (n === 0) continue
    const line = (matrix[row] ??= {})
    line[col] = (line[col] ?? 0) + n
  }
  return matrix
}

/** The count of every row of a one-column result, as a record by key. */
export function toRecord(rows: readonly { key: string; n: number }[]): Record<string, number> {
  const record: Record<string, number> = {}
  for (const { key, n } of rows) if (n > 0) record[key] = (record[key] ?? 0) + n
  return record
}

/** Runs a statement with the span's named parameters (`@from`, `@to`, `@start`, `@end`). */
export const allRows = <T>(sqlite: Database.Database, sql: string, span: Span): T[] => sqlite.prepare(sql).all(span) as T[]

export const oneRow = <T>(sqlite: Database.Database, sql: string, span: Span): T => sqlite.prepare(sql).get(span) as T
