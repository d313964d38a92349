import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cheapestCycle, isProtected } from '../../../src/main/core/stats/cycles'
import { Grid } from '../../../src/main/core/stats/grid'
import { pinnedCells } from './bruteForce'
import { grid, RUNS } from './arbitraries'
import { sum } from './tables'

/** Values with many zeros and ones, where the nonnegativity cases live. */
const value = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 }
)
const maskedTable = grid(fc.tuple(value, fc.boolean()), 2, 4)

function setUp(cellsAndMask: [number, boolean][][]): { cells: number[][]; g: Grid; hidden: number[] } {
  const cells = cellsAndMask.map((line) => line.map(([n]) => n))
  const g = new Grid(cells, cells[0]?.length ?? 0)
  cellsAndMask.forEach((line, row) => line.forEach(([, on], col) => g.setHidden(g.index({ row, col }), on)))
  return { cells, g, hidden: g.hiddenCells() }
}

/** Brute force on the same table and hidden cells: which cells a reader pins. */
function pinnedBy(cells: number[][], g: Grid): Set<number> {
  const published = {
    cells: cells.map((line, row) => line.map((n, col) => (g.isHidden(g.index({ row, col })) ? null : n))),
    rowTotals: cells.map(sum),
    colTotals: (cells[0] ?? []).map((_, col) => sum(cells.map((line) => line[col] ?? 0)))
  }
  return new Set(pinnedCells(cells, published).map((c) => g.index(c)))
}

describe('the cycle test for a hidden cell', () => {
  it('agrees with brute force on any set of hidden cells, zero cells included', () => {
    fc.assert(
      fc.property(maskedTable, (cellsAndMask) => {
        const { cells, g, hidden } = setUp(cellsAndMask)
        const pinned = pinnedBy(cells, g)
        for (const cell of hidden) expect(isProtected(g, cell), `cell ${cell}`).toBe(!pinned.has(cell))
      }),
      RUNS
    )
  })

  it('finds, for an unprotected cell, a cycle after which it and every cell it newly hides are free', () => {
    fc.assert(
      fc.property(maskedTable, (cellsAndMask) => {
        const { cells, g, hidden } = setUp(cellsAndMask)
        const target = hidden.find((cell) => !isProtected(g, cell))
        if (target === undefined) return
        const cycle = cheapestCycle(g, target, (cell) => g.value(cell) + 1)
        if (!cycle) return
        expect(cycle).not.toContain(target)
        const added = cycle.filter((cell) => !g.isHidden(cell))
        for (const cell of added) g.setHidden(cell, true)
        const pinned = pinnedBy(cells, g)
        for (const cell of [target, ...added]) expect(pinned.has(cell), `cell ${cell}`).toBe(false)
      }),
      RUNS
    )
  })

  it('treats zero cells as able to grow only', () => {
    const square = (values: number[][]): Grid => {
      const g = new Grid(values, 2)
      for (let cell = 0; cell < 4; cell++) g.setHidden(cell, true)
      return g
    }
    expect(isProtected(square([[2, 8], [8, 0]]), 0)).toBe(true)
    expect(isProtected(square([[2, 0], [0, 8]]), 0)).toBe(true)
    expect(isProtected(square([[2, 0], [8, 0]]), 0)).toBe(false)
    expect(isProtected(square([[0, 0], [8, 0]]), 2)).toBe(false)
  })
})
