/**
 * A two-way count table of the monthly statistics (e.g. sessions by college × kind), before
 * anonymisation. Every cell counts people or events: a nonnegative integer.
 */
export interface CountTable {
  rows: string[]
  cols: string[]
  cells: number[][]
}

export interface CellAt {
  row: number
  col: number
}

/**
 * `primary`: the cell itself is 0 < n < k. `secondary`: hidden so a primary one cannot be worked
 * out. `why` is for the centre's own preview: a published table marks every hidden cell alike,
 * since a reader who could tell them apart would know primary cells are < k and secondary ones
 * ≥ k, bounds the guarantee (suppression.ts) does not cover.
 */
export interface HiddenCell extends CellAt {
  why: 'primary' | 'secondary'
}

export interface SuppressedTable {
  /** `null` = hidden. */
  cells: (number | null)[][]
  rowTotals: number[]
  colTotals: number[]
  total: number
  hidden: HiddenCell[]
}

/** A margin that would be published although 0 < n < k. */
export interface SmallMargin {
  line: 'row' | 'col' | 'total'
  index: number
  total: number
}

/**
 * Margins are always published, so a small one gives its count away whatever the cells do; the
 * caller merges small lines into 其他 first (`mergeSmall`) and publishes a table whose grand total
 * is still under k as a whole `<k`. Reaching suppression with one is a bug in the caller.
 */
export class SmallMarginError extends Error {
  constructor(readonly margins: SmallMargin[]) {
    const first = margins[0]
    super(`a published margin is 0 < n < k (${first ? `${first.line} ${first.index}: ${first.total}` : ''})`)
    this.name = 'SmallMarginError'
  }
}

export interface UnprotectedCell extends CellAt {
  value: number
}

export interface LineAt {
  line: 'row' | 'col'
  index: number
}

/**
 * Some small cells are pinned whatever else is hidden: every cycle of positive cells through them
 * would take a cell of value 1 down to 0 (say a row whose positive cells are all 1), or there is
 * none. Hiding a zero cell would break the reader's premise instead of protecting them (cycles.ts),
 * and publishing the table would give them away, so suppression refuses it. `lines` names, for
 * each such cell, its row or its column, whichever has the smaller total (ties: the row): merged
 * into 其他 with another line (`mergeLines`; `anonymiseTable` does this until the table is safe).
 */
export class UnprotectableError extends Error {
  readonly lines: LineAt[]

  constructor(
    readonly cells: UnprotectedCell[],
    rowTotals: readonly number[],
    colTotals: readonly number[]
  ) {
    const lines: LineAt[] = []
    for (const { row, col } of cells) {
      const named: LineAt =
        (rowTotals[row] ?? 0) <= (colTotals[col] ?? 0) ? { line: 'row', index: row } : { line: 'col', index: col }
      if (!lines.some((l) => l.line === named.line && l.index === named.index)) lines.push(named)
    }
    lines.sort((a, b) => (a.line === b.line ? a.index - b.index : a.line === 'row' ? -1 : 1))
    super(`small cells no suppression can protect; merge ${lines.map((l) => `${l.line} ${l.index}`).join(', ')}`)
    this.name = 'UnprotectableError'
    this.lines = lines
  }
}

/** Throws unless the table is rectangular, matches its labels and holds only counts. */
export function checkTable(table: CountTable): void {
  if (table.cells.length !== table.rows.length) {
    throw new RangeError(`table has ${table.rows.length} row labels but ${table.cells.length} rows`)
  }
  table.cells.forEach((line, row) => {
    if (line.length !== table.cols.length) {
      throw new RangeError(`row ${row} has ${line.length} cells, expected ${table.cols.length}`)
    }
    line.forEach((n, col) => {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cell ${row},${col} is not a count: ${n}`)
    })
  })
}

export function checkThreshold(k: number): void {
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`)
}

export function rowTotalsOf(cells: readonly (readonly number[])[]): number[] {
  return cells.map((line) => line.reduce((sum, n) => sum + n, 0))
}

export function colTotalsOf(cells: readonly (readonly number[])[], colCount: number): number[] {
  const totals = new Array<number>(colCount).fill(0)
  for (const line of cells) line.forEach((n, col) => (totals[col] = (totals[col] ?? 0) + n))
  return totals
}

export const isSmall = (n: number, k: number): boolean => n > 0 && n < k

/** The margins of `table` that must not be published at threshold k (empty = publishable). */
export function findSmallMargins(table: CountTable, k: number): SmallMargin[] {
  const rowTotals = rowTotalsOf(table.cells)
  const small: SmallMargin[] = []
  rowTotals.forEach((total, index) => isSmall(total, k) && small.push({ line: 'row', index, total }))
  colTotalsOf(table.cells, table.cols.length).forEach(
    (total, index) => isSmall(total, k) && small.push({ line: 'col', index, total })
  )
  const total = rowTotals.reduce((sum, n) => sum + n, 0)
  if (isSmall(total, k)) small.push({ line: 'total', index: 0, total })
  return small
}
