import { expect } from 'vitest'
import type { CountTable, SuppressedTable } from '../../../src/main/core/stats/suppression'
import { countsOnly, pinnedCells, type Published, zerosPublished } from './bruteForce'

/** A table with made-up line labels (colleges × kinds of session). */
export function tableOf(cells: number[][]): CountTable {
  return {
    rows: cells.map((_, i) => `学院${i + 1}`),
    cols: (cells[0] ?? []).map((_, i) => `类别${i + 1}`),
    cells
  }
}

export const sum = (ns: readonly number[]): number => ns.reduce((a, b) => a + b, 0)

/** `cells` published with the cells `hide` picks blanked, and all margins. */
export function publishedWith(cells: number[][], hide: (n: number, row: number, col: number) => boolean): Published {
  return {
    cells: cells.map((line, row) => line.map((n, col) => (hide(n, row, col) ? null : n))),
    rowTotals: cells.map(sum),
    colTotals: (cells[0] ?? []).map((_, col) => sum(cells.map((line) => line[col] ?? 0)))
  }
}

/**
 * What every suppressed table must satisfy: each 0 < n < k hidden (as primary, and nothing else
 * primary), no zero cell hidden, every published cell and margin true, and every hidden cell
 * taking at least two values for a reader who knows hidden cells are ≥ 1 (brute force), and so
 * also for one who knows only that counts are ≥ 0 (checked too unless `weakerReader` is false).
 */
export function expectSafe(cells: number[][], k: number, result: SuppressedTable, weakerReader = true): void {
  const hiddenAt = new Set(result.hidden.map((h) => `${h.row},${h.col}`))
  cells.forEach((line, row) =>
    line.forEach((n, col) => {
      const small = n > 0 && n < k
      if (small) expect(result.cells[row]?.[col], `cell ${row},${col} = ${n} < k`).toBeNull()
      if (result.cells[row]?.[col] === null) expect(hiddenAt.has(`${row},${col}`)).toBe(true)
      else expect(result.cells[row]?.[col]).toBe(n)
    })
  )
  for (const h of result.hidden) {
    const n = cells[h.row]?.[h.col] ?? -1
    expect(n, `hidden cell ${h.row},${h.col}`).toBeGreaterThan(0)
    expect(h.why).toBe(n > 0 && n < k ? 'primary' : 'secondary')
  }
  expect(result.rowTotals).toEqual(cells.map(sum))
  expect(result.colTotals).toEqual((cells[0] ?? []).map((_, col) => sum(cells.map((line) => line[col] ?? 0))))
  expect(result.total).toBe(sum(cells.map(sum)))
  expect(pinnedCells(cells, result, zerosPublished)).toEqual([])
  if (weakerReader) expect(pinnedCells(cells, result, countsOnly)).toEqual([])
}

/**
 * The true counts behind a published table whose lines were merged: each kept line is the
 * original line of that label, the 其他 line is the sum of the lines it lists (and of any original
 * line already called 其他). Worked out from the labels alone, not by the code under test.
 */
export function mergedTruth(
  original: CountTable,
  published: { rows: string[]; cols: string[]; merged: { rows: string[]; cols: string[] } },
  otherLabel: string
): number[][] {
  const members = (labels: string[], label: string, merged: string[]): number[] =>
    labels.flatMap((l, i) => (l === label || (label === otherLabel && merged.includes(l)) ? [i] : []))
  return published.rows.map((rowLabel) => {
    const rows = members(original.rows, rowLabel, published.merged.rows)
    return published.cols.map((colLabel) => {
      const cols = members(original.cols, colLabel, published.merged.cols)
      return sum(rows.flatMap((r) => cols.map((c) => original.cells[r]?.[c] ?? 0)))
    })
  })
}
