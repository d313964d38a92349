import { checkTable, checkThreshold, colTotalsOf, type CountTable, isSmall, type LineAt, rowTotalsOf } from './table'

export interface MergedTable extends CountTable {
  /** Labels of the lines now counted in the 其他 line, in their original order. */
  merged: { rows: string[]; cols: string[] }
}

/**
 * Makes the margins publishable before cell suppression (DESIGN.md: a college or category too
 * small to publish is merged into 其他). A row or column with 0 < total < k goes into one line
 * labelled `otherLabel`, last, together with any line already so labelled. If that line is still
 * under k, the smallest remaining line (ties: the first) joins it too: the line is then still
 * called 其他, since publishing it under that college's name would overstate the college.
 * Lines with total 0 stay (a published 0 is allowed). Rows and columns are merged independently:
 * merging rows leaves the column totals as they were, and the other way round.
 *
 * Only when the whole table is under k does a margin stay 0 < n < k (no line is big enough to
 * absorb 其他); suppressTable then refuses it and the caller publishes the table as `<k`.
 */
export function mergeSmall(table: CountTable, k: number, otherLabel: string): MergedTable {
  checkTable(table)
  checkThreshold(k)
  const plan = (labels: readonly string[], totals: readonly number[]): LinePlan => {
    const toOther = labels.map((label, i) => label === otherLabel || isSmall(totals[i] ?? 0, k))
    const otherTotal = toOther.reduce((sum, on, i) => (on ? sum + (totals[i] ?? 0) : sum), 0)
    return planLines(labels, totals, toOther, isSmall(otherTotal, k), otherLabel)
  }
  return applyPlans(table, plan(table.rows, rowTotalsOf(table.cells)), plan(table.cols, colTotalsOf(table.cells, table.cols.length)))
}

/**
 * Merges the given lines (those an UnprotectableError names) into 其他, with any line already
 * so labelled. One line alone would only be renamed, so then the smallest other line with a
 * positive total (ties: the first) joins it: the small cells are then counted in sums.
 */
export function mergeLines(table: CountTable, lines: readonly LineAt[], otherLabel: string): MergedTable {
  checkTable(table)
  const plan = (kind: LineAt['line'], labels: readonly string[], totals: readonly number[]): LinePlan => {
    const toOther = labels.map((label, i) => label === otherLabel || lines.some((l) => l.line === kind && l.index === i))
    const withCounts = toOther.filter((on, i) => on && (totals[i] ?? 0) > 0).length
    return planLines(labels, totals, toOther, toOther.some(Boolean) && withCounts < 2, otherLabel)
  }
  return applyPlans(
    table,
    plan('row', table.rows, rowTotalsOf(table.cells)),
    plan('col', table.cols, colTotalsOf(table.cells, table.cols.length))
  )
}

interface LinePlan {
  labels: string[]
  /** Original line index → index of the line it is counted in. */
  into: number[]
  merged: string[]
}

/**
 * The lines flagged in `toOther` become one line labelled `otherLabel`, last; with `addSmallest`
 * the smallest unflagged line with a positive total (ties: the first) joins them.
 */
function planLines(
  labels: readonly string[],
  totals: readonly number[],
  toOther: boolean[],
  addSmallest: boolean,
  otherLabel: string
): LinePlan {
  const total = (i: number): number => totals[i] ?? 0
  if (addSmallest) {
    let smallest = -1
    toOther.forEach((on, i) => {
      if (!on && total(i) > 0 && (smallest < 0 || total(i) < total(smallest))) smallest = i
    })
    if (smallest >= 0) toOther[smallest] = true
  }

  const kept = labels.flatMap((label, i) => (toOther[i] ? [] : [{ label, i }]))
  const hasOther = toOther.some(Boolean)
  const into = new Array<number>(labels.length).fill(kept.length)
  kept.forEach((line, at) => (into[line.i] = at))
  return {
    labels: [...kept.map((line) => line.label), ...(hasOther ? [otherLabel] : [])],
    into,
    merged: labels.filter((label, i) => toOther[i] && label !== otherLabel)
  }
}

function applyPlans(table: CountTable, rows: LinePlan, cols: LinePlan): MergedTable {
  const cells = rows.labels.map(() => new Array<number>(cols.labels.length).fill(0))
  table.cells.forEach((line, row) => {
    const target = cells[rows.into[row] as number] as number[]
    line.forEach((n, col) => {
      const at = cols.into[col] as number
      target[at] = (target[at] as number) + n
    })
  })
  return { rows: rows.labels, cols: cols.labels, cells, merged: { rows: rows.merged, cols: cols.merged } }
}
