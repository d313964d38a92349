import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findSmallMargins,
  mergeSmall,
  SmallMarginError,
  suppressTable
} from '../../../src/main/core/stats/suppression'
import { count, grid, RUNS, threshold } from './arbitraries'
import { expectSafe, sum, tableOf } from './tables'

/**
 * For random tables and every k in 1 … 11: each 0 < n < k is hidden, the margins are the true
 * sums, and the brute-force checker (bruteForce.ts, no code shared with the suppression; its own
 * tests show it catches an under-suppressed table) finds every hidden cell free to take at least
 * two values given the published cells and margins.
 */
describe('suppressTable: properties', () => {
  it('as the report uses it: small lines merged into 其他 first, then suppressed', () => {
    fc.assert(
      fc.property(grid(count), threshold, (cells, k) => {
        const merged = mergeSmall(tableOf(cells), k, '其他')
        if (sum(merged.cells.flat()) < k && sum(merged.cells.flat()) > 0) {
          // Nothing big enough to absorb 其他: the whole table is published as `<k`.
          expect(() => suppressTable(merged, k)).toThrow(SmallMarginError)
          return
        }
        const result = suppressTable(merged, k)
        expectSafe(merged.cells, k, result)
        expect(suppressTable(merged, k)).toEqual(result)
      }),
      RUNS
    )
  })

  it('on raw tables: suppresses when the margins allow it, refuses when one is 0 < n < k', () => {
    fc.assert(
      fc.property(grid(count), threshold, (cells, k) => {
        const table = tableOf(cells)
        if (findSmallMargins(table, k).length > 0) {
          expect(() => suppressTable(table, k)).toThrow(SmallMarginError)
          return
        }
        expectSafe(cells, k, suppressTable(table, k))
      }),
      RUNS
    )
  })

  it('with k from the app (3 … 11) and tables big enough to need secondary cells', () => {
    const wide = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }, { arbitrary: count, weight: 3 })
    fc.assert(
      fc.property(grid(wide, 3, 5), fc.integer({ min: 3, max: 11 }), (cells, k) => {
        const merged = mergeSmall(tableOf(cells), k, '其他')
        fc.pre(findSmallMargins(merged, k).length === 0)
        expectSafe(merged.cells, k, suppressTable(merged, k))
      }),
      RUNS
    )
  })
})
