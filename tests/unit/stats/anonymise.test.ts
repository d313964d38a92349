import { describe, expect, it } from 'vitest'
import {
  anonymiseTable,
  type CountTable,
  findUnprotectable,
  SmallMarginError,
  suppressTable,
  UnprotectableError
} from '../../../src/main/core/stats/anonymise'
import { expectSafe, mergedTruth, tableOf } from './tables'

const OTHER = '其他'

/** Anonymises, checks the result against the merged true counts (brute force), returns it. */
function anonymised(table: CountTable, k: number): ReturnType<typeof anonymiseTable> {
  const result = anonymiseTable(table, k, OTHER)
  expectSafe(mergedTruth(table, result, OTHER), k, result)
  return result
}

describe('anonymiseTable', () => {
  it('publishes a table that needs no merging as suppressTable does', () => {
    const cells = [
      [2, 8, 20],
      [9, 30, 12],
      [15, 7, 40]
    ]
    const result = anonymised(tableOf(cells), 5)
    expect(result).toEqual({
      rows: ['学院1', '学院2', '学院3'],
      cols: ['类别1', '类别2', '类别3'],
      merged: { rows: [], cols: [] },
      ...suppressTable(tableOf(cells), 5)
    })
  })

  it('keeps a college whose cells are all 1 by merging the two smallest kinds instead', () => {
    const cells = [
      [1, 1, 1, 1, 1],
      [6, 7, 8, 9, 10],
      [5, 6, 7, 8, 9]
    ]
    expect(() => suppressTable(tableOf(cells), 5)).toThrow(UnprotectableError)
    // Merging row 0 would lose 5 cells; merging column 1 with column 2 loses 3, and the 2 it makes
    // in row 0 can shrink so that each 1 can grow.
    const result = anonymised(tableOf(cells), 5)
    expect(result.rows).toEqual(['学院1', '学院2', '学院3'])
    expect(result.cols).toEqual(['类别3', '类别4', '类别5', OTHER])
    expect(result.merged).toEqual({ rows: [], cols: ['类别1', '类别2'] })
    expect(result.cells).toEqual([
      [null, null, null, null],
      [8, 9, 10, 13],
      [null, null, null, null]
    ])
  })

  it('merges the two colleges with stuck cells and keeps every kind', () => {
    const cells = [
      [0, 1, 2],
      [14, 0, 0],
      [5, 1, 0]
    ]
    expect(findUnprotectable(tableOf(cells), 2)).toEqual([
      { row: 0, col: 1, value: 1 },
      { row: 2, col: 1, value: 1 }
    ])
    const result = anonymised(tableOf(cells), 2)
    expect(result.rows).toEqual(['学院2', OTHER])
    expect(result.cols).toEqual(['类别1', '类别2', '类别3'])
    expect(result.cells).toEqual([
      [14, 0, 0],
      [5, 2, 2]
    ])
    expect(result.merged).toEqual({ rows: ['学院1', '学院3'], cols: [] })
  })

  it('merges a line instead of hiding the zero that alone would close a cycle', () => {
    const result = anonymised(tableOf([[2, 8], [8, 0]]), 5)
    expect(result.rows).toEqual([OTHER])
    expect(result.cells).toEqual([[10, 8]])
    expect(result.hidden).toEqual([])
  })

  it('protects the table where a hidden zero once misled a reader into a true 1 (bruteForce.test.ts)', () => {
    const cells = [
      [11, 0, 0],
      [0, 13, 2],
      [1, 2, 10],
      [0, 1, 3]
    ]
    // (2,0) = 1 has only (0,0) beside it in column 0, and row 0 has nothing else positive.
    expect(findUnprotectable(tableOf(cells), 2)).toEqual([{ row: 2, col: 0, value: 1 }])
    const result = anonymised(tableOf(cells), 2)
    expect(result.cols).toEqual(['类别2', OTHER])
    expect(result.merged.cols).toEqual(['类别1', '类别3'])
  })

  it('adds a merged line to a 其他 line already in the table', () => {
    const table: CountTable = {
      rows: ['学院1', '学院2', OTHER, '学院4'],
      cols: ['个体', '团体', '讲座', '热线', '工作坊'],
      cells: [
        [1, 1, 1, 1, 1],
        [6, 7, 8, 9, 10],
        [5, 6, 7, 8, 9],
        [9, 9, 9, 9, 9]
      ]
    }
    const result = anonymised(table, 5)
    expect(result.rows).toEqual(['学院2', '学院4', OTHER])
    expect(result.merged).toEqual({ rows: ['学院1'], cols: [] })
    expect(result.cells[2]).toEqual([6, 7, 8, 9, 10])
  })

  it('refuses a table whose whole total is under k: it is published as `<k`', () => {
    expect(() => anonymiseTable(tableOf([[1, 0], [0, 2]]), 5, OTHER)).toThrow(SmallMarginError)
  })

  it('is deterministic', () => {
    const table = tableOf([
      [0, 1, 11, 1],
      [1, 7, 0, 5],
      [13, 1, 0, 1]
    ])
    expect(anonymised(table, 4)).toEqual(anonymiseTable(table, 4, OTHER))
  })
})
