import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cheapestCycle, isProtected } from '../../../src/main/core/stats/cycles'
import { Grid } from '../../../src/main/core/stats/grid'
import { pinnedCells, zerosPublished } from './bruteForce'
import { grid, RUNS } from './arbitraries'
import { sum } from './tables'

/** Values with many zeros and ones, where the cases of the reader's bound live. */
const value = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 }
)
const maskedTable = grid(fc.tuple(value, fc.boolean()), 2, 4)

/** The table and its hidden cells; zero cells are never hidden, whatever the mask says. */
function setUp(cellsAndMask: [number, boolean][][]): { cells: number[][]; g: Grid; hidden: number[] } {
  const cells = cellsAndMask.map((line) => line.map(([n]) => n))
  const g = new Grid(cells, cells[0]?.length ?? 0)
  cellsAndMask.forEach((line, row) => line.forEach(([n, on], col) => g.setHidden(g.index({ row, col }), on && n > 0)))
  return { cells, g, hidden: g.hiddenCells() }
}

/** Brute force on the same table and hidden cells: which cells a reader pins. */
function pinnedBy(cells: number[][], g: Grid): Set<number> {
  const published = {
    cells: cells.map((line, row) => line.map((n, col) => (g.isHidden(g.index({ row, col })) ? null : n))),
    rowTotals: cells.map(sum),
    colTotals: (cells[0] ?? []).map((_, col) => sum(cells.map((line) => line[col] ?? 0)))
  }
  return new Set(pinnedCells(cells, published, zerosPublished).map((c) => g.index(c)))
}

describe('the cycle test for a hidden cell', () => {
  it('agrees with brute force (reader: hidden cells ≥ 1) on any set of hidden positive cells', () => {
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
        expect(cycle.every((cell) => g.value(cell) > 0)).toBe(true)
        const added = cycle.filter((cell) => !g.isHidden(cell))
        for (const cell of added) g.setHidden(cell, true)
        const pinned = pinnedBy(cells, g)
        for (const cell of [target, ...added]) expect(pinned.has(cell), `cell ${cell}`).toBe(false)
      }),
      RUNS
    )
  })

  it('treats cells of value 1 as able to grow only, and never steps through a zero cell', () => {
    const square = (values: number[][], hide = [0, 1, 2, 3]): Grid => {
      const g = new Grid(values, 2)
      for (const cell of hide) g.setHidden(cell, true)
      return g
    }
    // 2 → 3, 8s → 7, 1 → 2: the 1 grows with the target.
    expect(isProtected(square([[2, 8], [8, 1]]), 0)).toBe(true)
    // 2 → 1 while both 1s → 2.
    expect(isProtected(square([[2, 1], [1, 8]]), 0)).toBe(true)
    // The 1s at (0,1) and (1,1) would have to move opposite ways.
    expect(isProtected(square([[2, 1], [8, 1]]), 0)).toBe(false)
    expect(isProtected(square([[1, 1], [8, 9]]), 2)).toBe(false)
    // A target of value 1 can only grow: 1 → 2 needs (0,1) and (1,0) to shrink.
    expect(isProtected(square([[1, 2], [2, 5]]), 0)).toBe(true)
    expect(isProtected(square([[1, 1], [2, 5]]), 0)).toBe(false)
    // The zero corner is published: no cycle, and none to be had.
    const zeroCorner = square([[2, 8], [8, 0]], [0, 1, 2])
    expect(isProtected(zeroCorner, 0)).toBe(false)
    expect(cheapestCycle(zeroCorner, 0, () => 1)).toBeNull()
  })
})
