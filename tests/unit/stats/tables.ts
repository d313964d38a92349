import { expect } from 'vitest'
import type { CountTable, SuppressedTable } from '../../../src/main/core/stats/suppression'
import { pinnedCells } from './bruteForce'

/** A table with made-up line labels (colleges × kinds of session). */
export function tableOf(cells: number[][]): CountTable {
  return {
    rows: cells.map((_, i) => `学院${i + 1}`),
    cols: (cells[0] ?? []).map((_, i) => `类别${i + 1}`),
    cells
  }
}

export const sum = (ns: readonly number[]): number => ns.reduce((a, b) => a + b, 0)

/**
 * What every suppressed table must satisfy: each 0 < n < k hidden (as primary, and nothing else
 * primary), every published cell and margin true, and no hidden cell pinned (brute force).
 */
export function expectSafe(cells: number[][], k: number, result: SuppressedTable): void {
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
    expect(h.why).toBe(n > 0 && n < k ? 'primary' : 'secondary')
  }
  expect(result.rowTotals).toEqual(cells.map(sum))
  expect(result.colTotals).toEqual((cells[0] ?? []).map((_, col) => sum(cells.map((line) => line[col] ?? 0))))
  expect(result.total).toBe(sum(cells.map(sum)))
  expect(pinnedCells(cells, result)).toEqual([])
}
