import { describe, expect, it } from 'vitest'
import {
  findSmallMargins,
  SmallMarginError,
  suppressTable,
  UnprotectableError
} from '../../../src/main/core/stats/suppression'
import { expectSafe, tableOf } from './tables'

type Why = 'primary' | 'secondary'
const p = (row: number, col: number): { row: number; col: number; why: Why } => ({ row, col, why: 'primary' })
const s = (row: number, col: number): { row: number; col: number; why: Why } => ({ row, col, why: 'secondary' })

/** Runs `f`, returning what it threw (undefined if nothing). */
function thrownBy(f: () => unknown): unknown {
  try {
    f()
  } catch (error) {
    return error
  }
  return undefined
}

/** Suppresses, checks the result is safe (brute force), and returns it. */
function suppressed(cells: number[][], k: number): ReturnType<typeof suppressTable> {
  const result = suppressTable(tableOf(cells), k)
  expectSafe(cells, k, result)
  return result
}

describe('suppressTable: hand-built tables', () => {
  it('a single small cell forces a second hidden cell in its row and in its column, and the corner', () => {
    const cells = [
      [2, 8, 20],
      [9, 30, 12],
      [15, 7, 40]
    ]
    // Cycles through (0,0): 8+9+30 = 47, 8+15+7 = 30, 20+9+12 = 41, 20+15+40 = 75 → the 30 one.
    const result = suppressed(cells, 5)
    expect(result.hidden).toEqual([p(0, 0), s(0, 1), s(2, 0), s(2, 1)])
    expect(result.cells).toEqual([
      [null, null, 20],
      [9, 30, 12],
      [null, null, 40]
    ])
    expect(result.rowTotals).toEqual([30, 51, 62])
    expect(result.colTotals).toEqual([26, 45, 72])
    expect(result.total).toBe(143)
  })

  it('a chain of small cells (each a bridge) is closed by the cheapest cell', () => {
    const cells = [
      [1, 2, 20],
      [10, 3, 30],
      [12, 25, 40]
    ]
    // (1,1)–(0,1)–(0,0) is a path; (1,0) = 10 closes it into a cycle (via row 2 would cost 37).
    expect(suppressed(cells, 5).hidden).toEqual([p(0, 0), p(0, 1), s(1, 0), p(1, 1)])
  })

  it('a row of small cells gets partners in other rows, the cheapest each time', () => {
    const cells = [
      [2, 2, 2],
      [9, 8, 7],
      [6, 5, 30]
    ]
    // (0,0): via (2,0) (2,1) = 11. (0,2): via (1,2) (1,1) = 15 (not (1,2) (1,0) = 16, nor (2,2) = 30).
    expect(suppressed(cells, 5).hidden).toEqual([p(0, 0), p(0, 1), p(0, 2), s(1, 1), s(1, 2), s(2, 0), s(2, 1)])
  })

  it('small cells that already make a cycle need nothing more', () => {
    const cells = [
      [1, 3, 9],
      [4, 2, 9],
      [9, 9, 9]
    ]
    expect(suppressed(cells, 5).hidden).toEqual([p(0, 0), p(0, 1), p(1, 0), p(1, 1)])
  })

  it('gives back a secondary cell that a later cycle made unnecessary', () => {
    const cells = [
      [24, 3, 4],
      [1, 4, 3],
      [28, 33, 3]
    ]
    // (1,0) is alone in column 0: closed first by (0,0) = 24 (cheaper than (2,0) = 28). Then (2,2),
    // alone in row 2, needs (2,0) = 28, which also closes (1,0)'s cycle: (0,0) is given back.
    expect(suppressed(cells, 5).hidden).toEqual([p(0, 1), p(0, 2), p(1, 0), p(1, 1), p(1, 2), s(2, 0), p(2, 2)])
  })

  it('k = 1 hides nothing', () => {
    const cells = [
      [1, 0, 2],
      [0, 1, 1]
    ]
    const result = suppressed(cells, 1)
    expect(result.hidden).toEqual([])
    expect(result.cells).toEqual(cells)
    expect(result.rowTotals).toEqual([3, 2])
  })

  it('k = 2 hides the ones', () => {
    const cells = [
      [1, 2, 3],
      [2, 1, 4]
    ]
    expect(suppressed(cells, 2).hidden).toEqual([p(0, 0), s(0, 1), s(1, 0), p(1, 1)])
  })

  it('k = 11: 10 is hidden, 11 is not, a margin of exactly 11 is published', () => {
    const cells = [
      [10, 11, 30],
      [11, 12, 40],
      [20, 15, 11]
    ]
    // (0,0): 11+11+12 = 34 beats 11+20+15, 30+11+40, 30+20+11.
    expect(suppressed(cells, 11).hidden).toEqual([p(0, 0), s(0, 1), s(1, 0), s(1, 1)])
    const edge = [
      [10, 1, 0],
      [12, 11, 11]
    ]
    const result = suppressed(edge, 11)
    expect(result.rowTotals).toEqual([11, 34])
    expect(result.hidden.filter((h) => h.why === 'primary')).toEqual([p(0, 0), p(0, 1)])
  })

  it('k = 11 refuses a margin of 10', () => {
    const cells = [
      [9, 1],
      [12, 11]
    ]
    expect(findSmallMargins(tableOf(cells), 11)).toEqual([{ line: 'row', index: 0, total: 10 }])
    expect(() => suppressTable(tableOf(cells), 11)).toThrow(SmallMarginError)
  })

  it('publishes zero cells and prefers a dearer cycle of positive cells to a cheap one through a zero', () => {
    const cells = [
      [2, 8, 20],
      [9, 0, 12],
      [15, 7, 0]
    ]
    // 8 + 9 + the zero would be cheapest in counts; 8 + 15 + 7 has no zero.
    const result = suppressed(cells, 5)
    expect(result.hidden).toEqual([p(0, 0), s(0, 1), s(2, 0), s(2, 1)])
    expect(result.cells[1]?.[1]).toBe(0)
    expect(result.cells[2]?.[2]).toBe(0)
  })

  it('never hides a zero cell: a small cell only a zero could protect is refused, naming a line to merge', () => {
    const cells = [
      [2, 8],
      [8, 0]
    ]
    const error = thrownBy(() => suppressTable(tableOf(cells), 5))
    expect(error).toBeInstanceOf(UnprotectableError)
    expect((error as UnprotectableError).cells).toEqual([{ row: 0, col: 0, value: 2 }])
    // Row 0 and column 0 both total 10: the row is named.
    expect((error as UnprotectableError).lines).toEqual([{ line: 'row', index: 0 }])
  })

  it('refuses a row of 1s: none can go down to 0, so the row total pins them all', () => {
    const cells = [
      [1, 1, 1, 1, 1],
      [6, 7, 8, 9, 10],
      [5, 6, 7, 8, 9]
    ]
    const error = thrownBy(() => suppressTable(tableOf(cells), 5)) as UnprotectableError
    expect(error).toBeInstanceOf(UnprotectableError)
    expect(error.cells.map((c) => c.col)).toEqual([0, 1, 2, 3, 4])
    expect(error.lines).toEqual([{ line: 'row', index: 0 }])
    expect(error.message).toContain('row 0')
  })

  it('lets a 1 grow when a larger cell in its row and column can shrink', () => {
    const cells = [
      [1, 2, 20],
      [2, 3, 20],
      [20, 20, 20]
    ]
    // 1 → 2 while both 2s → 1 (the reader's bound, no lower) and 3 → 4.
    expect(suppressed(cells, 2).hidden).toEqual([p(0, 0), s(0, 1), s(1, 0), s(1, 1)])
  })

  it('does not pair two 1s that would have to move opposite ways', () => {
    const cells = [
      [1, 1, 9],
      [9, 2, 9],
      [9, 9, 20]
    ]
    // The square with (1,0) and (1,1) (cost 11) would do if a 1 could go to 0; here both 1s can
    // only grow, so each needs a partner in row 0 that shrinks: the 9 at (0,2), closed via row 1.
    expect(suppressed(cells, 2).hidden).toEqual([p(0, 0), p(0, 1), s(0, 2), s(1, 0), s(1, 1), s(1, 2)])
  })

  it('refuses a table whose margins are small: they would give the counts away', () => {
    const cells = [
      [0, 3, 0],
      [6, 9, 7]
    ]
    const thrown = thrownBy(() => suppressTable(tableOf(cells), 5))
    expect(thrown).toBeInstanceOf(SmallMarginError)
    expect((thrown as SmallMarginError).margins).toEqual([{ line: 'row', index: 0, total: 3 }])
  })

  it('is deterministic', () => {
    const cells = [
      [3, 3, 9, 9],
      [9, 9, 3, 3],
      [9, 9, 9, 9]
    ]
    expect(suppressed(cells, 5)).toEqual(suppressTable(tableOf(cells), 5))
  })

  it('rejects what is not a count table', () => {
    expect(() => suppressTable({ rows: ['a'], cols: ['x', 'y'], cells: [[1]] }, 5)).toThrow(RangeError)
    expect(() => suppressTable({ rows: ['a', 'b'], cols: ['x'], cells: [[1]] }, 5)).toThrow(RangeError)
    expect(() => suppressTable(tableOf([[-1, 5]]), 5)).toThrow(RangeError)
    expect(() => suppressTable(tableOf([[1.5, 5]]), 5)).toThrow(RangeError)
    expect(() => suppressTable(tableOf([[5, 5]]), 0)).toThrow(RangeError)
    expect(() => suppressTable(tableOf([[5, 5]]), 2.5)).toThrow(RangeError)
  })
})
