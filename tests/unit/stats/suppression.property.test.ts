import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  anonymiseTable,
  findSmallMargins,
  findUnprotectable,
  mergeSmall,
  SmallMarginError,
  suppressTable,
  UnprotectableError
} from '../../../src/main/core/stats/anonymise'
import { count, grid, RUNS, threshold } from './arbitraries'
import { pinnedCells, zerosPublished } from './bruteForce'
import { expectSafe, mergedTruth, publishedWith, sum, tableOf } from './tables'

const OTHER = '其他'

/** Runs `f`, returning what it threw (undefined if nothing). */
function thrownBy(f: () => unknown): unknown {
  try {
    f()
  } catch (error) {
    return error
  }
  return undefined
}

/**
 * For random tables and every k in 1 … 11: each 0 < n < k is hidden, no zero is, the margins are
 * the true sums, and the brute-force checker (bruteForce.ts, no code shared with the suppression;
 * its own tests show it catches an under-suppressed table) finds every hidden cell taking at least
 * two values for a reader who knows the published cells, the margins and that hidden cells are ≥ 1
 * (zero cells are published), and also for one who knows only that counts are ≥ 0.
 */
describe('suppressTable: properties', () => {
  it('as the report uses it (anonymiseTable): lines merged into 其他 until every small cell is safe', () => {
    fc.assert(
      fc.property(grid(count), threshold, (cells, k) => {
        const table = tableOf(cells)
        const total = sum(cells.flat())
        const error = thrownBy(() => anonymiseTable(table, k, OTHER))
        if (error !== undefined) {
          // Nothing big enough to absorb 其他: the whole table is published as `<k`.
          expect(error).toBeInstanceOf(SmallMarginError)
          expect(total > 0 && total < k).toBe(true)
          return
        }
        const result = anonymiseTable(table, k, OTHER)
        expectSafe(mergedTruth(table, result, OTHER), k, result)
        expect(result.total).toBe(total)
        expect(anonymiseTable(table, k, OTHER)).toEqual(result)
      }),
      RUNS
    )
  })

  it('on raw tables: suppresses, or refuses a small margin, or names small cells that nothing protects', () => {
    fc.assert(
      fc.property(grid(count), threshold, (cells, k) => {
        const table = tableOf(cells)
        if (findSmallMargins(table, k).length > 0) {
          expect(() => suppressTable(table, k)).toThrow(SmallMarginError)
          return
        }
        const error = thrownBy(() => suppressTable(table, k))
        if (error === undefined) {
          expectSafe(cells, k, suppressTable(table, k))
          return
        }
        expectHonestRefusal(cells, k, error)
      }),
      RUNS
    )
  })

  it('where the reader’s bound bites (many 1s): safe, or refused honestly and then merged until safe', () => {
    const manyOnes = fc.oneof(
      { arbitrary: fc.constant(1), weight: 3 },
      { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 2 },
      { arbitrary: fc.integer({ min: 0, max: 15 }), weight: 2 }
    )
    fc.assert(
      fc.property(grid(manyOnes), fc.integer({ min: 2, max: 11 }), (cells, k) => {
        const table = tableOf(cells)
        const merged = mergeSmall(table, k, OTHER)
        if (findSmallMargins(merged, k).length > 0) return
        const error = thrownBy(() => suppressTable(merged, k))
        if (error === undefined) expectSafe(merged.cells, k, suppressTable(merged, k))
        else expectHonestRefusal(merged.cells, k, error)
        const result = anonymiseTable(table, k, OTHER)
        expectSafe(mergedTruth(table, result, OTHER), k, result)
      }),
      RUNS
    )
  })

  it('with k from the app (3 … 11) and tables big enough to need secondary cells', () => {
    const wide = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }, { arbitrary: count, weight: 3 })
    fc.assert(
      fc.property(grid(wide, 3, 5), fc.integer({ min: 3, max: 11 }), (cells, k) => {
        const table = tableOf(cells)
        const total = sum(cells.flat())
        fc.pre(total === 0 || total >= k)
        const result = anonymiseTable(table, k, OTHER)
        expectSafe(mergedTruth(table, result, OTHER), k, result)
      }),
      RUNS
    )
  })
})

/**
 * An UnprotectableError is honest: even with every positive cell hidden, brute force pins each
 * small cell it names, and each line it names runs through one of them. It names the cells
 * `findUnprotectable` finds (a separate search from the one that raised it).
 */
function expectHonestRefusal(cells: number[][], k: number, error: unknown): void {
  expect(error).toBeInstanceOf(UnprotectableError)
  const { cells: stuck, lines } = error as UnprotectableError
  expect(stuck.length).toBeGreaterThan(0)
  expect(findUnprotectable(tableOf(cells), k)).toEqual(stuck)
  const pinned = pinnedCells(cells, publishedWith(cells, (n) => n > 0), zerosPublished)
  for (const cell of stuck) {
    expect(cell.value > 0 && cell.value < k).toBe(true)
    expect(pinned).toContainEqual(cell)
  }
  for (const line of lines) {
    expect(stuck.some((c) => (line.line === 'row' ? c.row : c.col) === line.index)).toBe(true)
  }
}
