import { mergeLines, mergeSmall } from './merge'
import { findUnprotectable, suppressTable } from './suppression'
import { type CountTable, type LineAt, type SuppressedTable, UnprotectableError, type UnprotectedCell } from './table'

export * from './suppression'

export interface AnonymisedTable extends SuppressedTable {
  rows: string[]
  cols: string[]
  /** Labels of the original lines now counted in the 其他 line, in their original order. */
  merged: { rows: string[]; cols: string[] }
}

/**
 * A count table made fit to publish, as the report needs it (this module is the entry point of
 * the statistics and re-exports suppression.ts). Lines too small to publish are merged into 其他
 * (`mergeSmall`); then the cells are suppressed, and while some small cell cannot be protected
 * (UnprotectableError), one line through such a cell is merged into 其他 too (`mergeLines`) and
 * suppression runs again. Each round takes away at least one row or column and keeps every
 * margin ≥ k or 0; a table with one row or one column has no small cell (each cell is its own
 * margin), so this ends.
 *
 * The line merged each round is, of the rows and columns of the stuck cells, the one that leaves
 * the fewest stuck cells, then the one that loses the fewest cells (a row of a wide table costs
 * more than one of a narrow one), then the first (stuck cells in order, each one's row before its
 * column). Merging
 * every line an UnprotectableError names also ends, but loses more: on random tables full of 1s
 * this choice loses about a quarter fewer rows and columns.
 *
 * Throws SmallMarginError when the whole table is 0 < total < k: the caller publishes it as `<k`.
 */
export function anonymiseTable(table: CountTable, k: number, otherLabel: string): AnonymisedTable {
  let current = mergeSmall(table, k, otherLabel)
  const merged = { rows: new Set(current.merged.rows), cols: new Set(current.merged.cols) }
  for (;;) {
    let result: SuppressedTable
    try {
      result = suppressTable(current, k)
    } catch (error) {
      if (!(error instanceof UnprotectableError)) throw error
      const next = mergeLines(current, [lineToMerge(current, k, error.cells, otherLabel)], otherLabel)
      if (next.rows.length + next.cols.length >= current.rows.length + current.cols.length) {
        throw new Error('merging a line into 其他 changed nothing', { cause: error })
      }
      next.merged.rows.forEach((label) => merged.rows.add(label))
      next.merged.cols.forEach((label) => merged.cols.add(label))
      current = next
      continue
    }
    return {
      rows: current.rows,
      cols: current.cols,
      merged: {
        rows: table.rows.filter((label) => merged.rows.has(label)),
        cols: table.cols.filter((label) => merged.cols.has(label))
      },
      ...result
    }
  }
}

function lineToMerge(table: CountTable, k: number, stuck: UnprotectedCell[], otherLabel: string): LineAt {
  const candidates: LineAt[] = []
  for (const { row, col } of stuck) {
    for (const line of [{ line: 'row', index: row }, { line: 'col', index: col }] as const) {
      if (!candidates.some((c) => c.line === line.line && c.index === line.index)) candidates.push(line)
    }
  }
  const cellCount = (t: CountTable): number => t.rows.length * t.cols.length
  let best: { line: LineAt; stuck: number; lost: number } | undefined
  for (const line of candidates) {
    const merged = mergeLines(table, [line], otherLabel)
    const score = { line, stuck: findUnprotectable(merged, k).length, lost: cellCount(table) - cellCount(merged) }
    if (!best || score.stuck < best.stuck || (score.stuck === best.stuck && score.lost < best.lost)) best = score
  }
  if (!best) throw new Error('no stuck cell to merge a line of')
  return best.line
}
