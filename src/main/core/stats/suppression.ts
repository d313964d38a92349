import { cheapestCycle, isProtected } from './cycles'
import { Grid } from './grid'
import {
  checkTable,
  checkThreshold,
  colTotalsOf,
  type CountTable,
  findSmallMargins,
  isSmall,
  rowTotalsOf,
  SmallMarginError,
  type SuppressedTable
} from './table'

export { mergeSmall, type MergedTable } from './merge'
export {
  type CountTable,
  findSmallMargins,
  type HiddenCell,
  type SmallMargin,
  SmallMarginError,
  type SuppressedTable
} from './table'

/**
 * Small-cell suppression (DESIGN.md, Anonymised statistics). Margins are always published.
 * 1. Primary: every cell with 0 < n < k is hidden (zero cells are published).
 * 2. Secondary: each primary cell that the margins still pin gets the cheapest cycle of extra
 *    hidden cells that lets it move (cycles.ts), preferring small positive cells and using a
 *    zero cell only when nothing else closes a cycle. Every cell such a cycle adds is safe, and
 *    hiding more never makes a safe cell unsafe, so one pass protects them all.
 * 3. Secondary cells that a later cycle made unnecessary are given back, zero cells first,
 *    then the largest, as long as every hidden cell stays safe.
 * Deterministic: cells are visited in a fixed order and ties go to the first found.
 *
 * Throws SmallMarginError when a margin itself is 0 < n < k (merge with `mergeSmall` first).
 */
export function suppressTable(table: CountTable, k: number): SuppressedTable {
  checkTable(table)
  checkThreshold(k)
  const small = findSmallMargins(table, k)
  if (small.length > 0) throw new SmallMarginError(small)

  const grid = new Grid(table.cells, table.cols.length)
  const primary = new Set<number>()
  table.cells.forEach((line, row) =>
    line.forEach((n, col) => isSmall(n, k) && primary.add(grid.index({ row, col })))
  )
  for (const cell of primary) grid.setHidden(cell, true)

  const price = priceOf(grid)
  for (const cell of primary) {
    if (isProtected(grid, cell)) continue
    const cycle = cheapestCycle(grid, cell, price)
    // Cannot happen once no margin is small: the cell's row and column each hold another
    // positive cell, and those two with the opposite corner (even a zero one) make a cycle.
    if (!cycle) throw new Error(`no cycle can protect cell ${cell}`)
    for (const c of cycle) grid.setHidden(c, true)
  }
  giveBackNeedless(grid, primary)

  const rowTotals = rowTotalsOf(table.cells)
  return {
    cells: table.cells.map((line, row) => line.map((n, col) => (grid.isHidden(grid.index({ row, col })) ? null : n))),
    rowTotals,
    colTotals: colTotalsOf(table.cells, table.cols.length),
    total: rowTotals.reduce((sum, n) => sum + n, 0),
    hidden: grid.hiddenCells().map((c) => ({ ...grid.cellAt(c), why: primary.has(c) ? 'primary' : 'secondary' }))
  }
}

/**
 * What hiding one more cell costs: its value first (least information lost), then one per cell
 * so that of equal totals the cycle with fewer cells wins. A zero cell costs more than any
 * cycle of positive cells, so it is used only when nothing else closes one.
 */
function priceOf(grid: Grid): (cell: number) => number {
  const longestCycle = grid.rows + grid.cols
  const positive = (n: number): number => n * (longestCycle + 1) + 1
  let zero = 1
  for (let cell = 0; cell < grid.rows * grid.cols; cell++) zero += positive(grid.value(cell))
  return (cell) => {
    const n = grid.value(cell)
    return n > 0 ? positive(n) : zero
  }
}

function giveBackNeedless(grid: Grid, primary: ReadonlySet<number>): void {
  const rank = (cell: number): number => (grid.value(cell) === 0 ? Infinity : grid.value(cell))
  const secondary = grid
    .hiddenCells()
    .filter((c) => !primary.has(c))
    // Zero cells first, then the largest; ties keep row order (the sort is stable).
    .sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) > rank(b) ? -1 : 1))
  for (const cell of secondary) {
    grid.setHidden(cell, false)
    if (!grid.hiddenCells().every((c) => isProtected(grid, c))) grid.setHidden(cell, true)
  }
}
