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
  type SuppressedTable,
  UnprotectableError,
  type UnprotectedCell
} from './table'

export { mergeLines, mergeSmall, type MergedTable } from './merge'
export {
  type CountTable,
  findSmallMargins,
  type HiddenCell,
  type LineAt,
  type SmallMargin,
  SmallMarginError,
  type SuppressedTable,
  UnprotectableError,
  type UnprotectedCell
} from './table'

/**
 * Small-cell suppression (DESIGN.md, Anonymised statistics). Margins are always published and
 * zero cells are always published, so the reader knows every hidden cell is ≥ 1 (cycles.ts).
 * 1. Primary: every cell with 0 < n < k is hidden.
 * 2. Secondary: each primary cell that the margins and that bound still pin gets the cheapest
 *    cycle of extra hidden positive cells that lets it move (cycles.ts), smallest values first.
 *    Every cell such a cycle adds is safe, and hiding more never makes a safe cell unsafe, so
 *    one pass protects them all.
 * 3. Secondary cells that a later cycle made unnecessary are shown again, the largest first, as
 *    long as every hidden cell stays safe.
 * Guarantee: every hidden cell takes at least two values among the tables of counts with every
 * hidden cell ≥ 1 that agree with the published cells and margins; the true table is one of them
 * (no zero is ever hidden), so a reader who knows less (hidden cells ≥ 0) is no better off.
 * Deterministic: cells are visited in a fixed order and ties go to the first found.
 *
 * Throws SmallMarginError when a margin itself is 0 < n < k (merge with `mergeSmall` first), and
 * UnprotectableError when some small cell is pinned whatever is hidden (`findUnprotectable`;
 * merge the lines it names). `anonymiseTable` does both merges.
 */
export function suppressTable(table: CountTable, k: number): SuppressedTable {
  checkTable(table)
  checkThreshold(k)
  const small = findSmallMargins(table, k)
  if (small.length > 0) throw new SmallMarginError(small)
  const grid = new Grid(table.cells, table.cols.length)
  const primary = primaryCells(grid, k)
  for (const cell of primary) grid.setHidden(cell, true)
  const price = priceOf(grid)
  const stuck: number[] = []
  for (const cell of primary) {
    if (isProtected(grid, cell)) continue
    // The search runs over every positive cell, hidden or not: no cycle now means none ever.
    const cycle = cheapestCycle(grid, cell, price)
    if (cycle) for (const c of cycle) grid.setHidden(c, true)
    else stuck.push(cell)
  }
  const rowTotals = rowTotalsOf(table.cells)
  const colTotals = colTotalsOf(table.cells, table.cols.length)
  if (stuck.length > 0) {
    const cells = stuck.map((cell) => ({ ...grid.cellAt(cell), value: grid.value(cell) }))
    throw new UnprotectableError(cells, rowTotals, colTotals)
  }
  showAgainNeedless(grid, primary)

  return {
    cells: table.cells.map((line, row) => line.map((n, col) => (grid.isHidden(grid.index({ row, col })) ? null : n))),
    rowTotals,
    colTotals,
    total: rowTotals.reduce((sum, n) => sum + n, 0),
    hidden: grid.hiddenCells().map((c) => ({ ...grid.cellAt(c), why: primary.has(c) ? 'primary' : 'secondary' }))
  }
}

/**
 * The small cells that no choice of hidden cells protects: even with every positive cell hidden,
 * no movable cycle runs through them (hiding more only adds cycles, so that is the test).
 */
export function findUnprotectable(table: CountTable, k: number): UnprotectedCell[] {
  checkTable(table)
  checkThreshold(k)
  const grid = new Grid(table.cells, table.cols.length)
  for (let cell = 0; cell < grid.rows * grid.cols; cell++) grid.setHidden(cell, grid.value(cell) > 0)
  return [...primaryCells(grid, k)]
    .filter((cell) => !isProtected(grid, cell))
    .map((cell) => ({ ...grid.cellAt(cell), value: grid.value(cell) }))
}

/** Cells with 0 < n < k, row by row. */
function primaryCells(grid: Grid, k: number): Set<number> {
  const primary = new Set<number>()
  for (let cell = 0; cell < grid.rows * grid.cols; cell++) if (isSmall(grid.value(cell), k)) primary.add(cell)
  return primary
}

/**
 * What hiding one more cell costs: its value first (least information lost), then one per cell
 * so that of equal totals the cycle with fewer cells wins (a cycle has at most rows + cols cells).
 */
function priceOf(grid: Grid): (cell: number) => number {
  const longestCycle = grid.rows + grid.cols
  return (cell) => grid.value(cell) * (longestCycle + 1) + 1
}

function showAgainNeedless(grid: Grid, primary: ReadonlySet<number>): void {
  const secondary = grid
    .hiddenCells()
    .filter((c) => !primary.has(c))
    // The largest first; ties keep row order (the sort is stable).
    .sort((a, b) => grid.value(b) - grid.value(a))
  for (const cell of secondary) {
    grid.setHidden(cell, false)
    // The cells sharing its row or column are the likeliest to have needed it: asked first,
    // a cell that must stay hidden is found after a few searches rather than hundreds.
    const { row, col } = grid.cellAt(cell)
    const near = [...grid.hiddenOn(row), ...grid.hiddenOn(grid.rows + col)]
    const rest = grid.hiddenCells().filter((c) => !near.includes(c))
    if (![...near, ...rest].every((c) => isProtected(grid, c))) grid.setHidden(cell, true)
  }
}
