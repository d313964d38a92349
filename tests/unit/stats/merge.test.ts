import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findSmallMargins,
  mergeLines,
  mergeSmall,
  SmallMarginError,
  suppressTable
} from '../../../src/main/core/stats/suppression'
import { count, grid, RUNS, threshold } from './arbitraries'
import { sum } from './tables'

const OTHER = '其他'
const table = (rows: string[], cols: string[], cells: number[][]): Parameters<typeof mergeSmall>[0] => ({
  rows,
  cols,
  cells
})

describe('mergeSmall', () => {
  it('merges small rows into 其他, last, and says which; zero rows stay', () => {
    const merged = mergeSmall(
      table(['文学院', '理学院', '工学院', '法学院', '医学院'], ['个体', '团体'], [
        [10, 5],
        [1, 2],
        [0, 0],
        [2, 1],
        [8, 9]
      ]),
      5,
      OTHER
    )
    expect(merged).toEqual({
      rows: ['文学院', '工学院', '医学院', OTHER],
      cols: ['个体', '团体'],
      cells: [
        [10, 5],
        [0, 0],
        [8, 9],
        [3, 3]
      ],
      merged: { rows: ['理学院', '法学院'], cols: [] }
    })
  })

  it('merges small columns the same way, leaving the row totals as they were', () => {
    const cells = [
      [6, 2, 7, 0],
      [6, 2, 8, 1]
    ]
    const merged = mergeSmall(table(['甲', '乙'], ['学业', '人际', '情绪', '其他类'], cells), 5, OTHER)
    expect(merged.cols).toEqual(['学业', '情绪', OTHER])
    expect(merged.cells).toEqual([
      [6, 7, 2],
      [6, 8, 3]
    ])
    expect(merged.merged).toEqual({ rows: [], cols: ['人际', '其他类'] })
  })

  it('adds small lines to a line already called 其他, wherever it stood', () => {
    const merged = mergeSmall(table(['甲', OTHER, '乙', '丙'], ['人次'], [[9], [6], [2], [7]]), 5, OTHER)
    expect(merged.rows).toEqual(['甲', '丙', OTHER])
    expect(merged.cells).toEqual([[9], [7], [8]])
    expect(merged.merged.rows).toEqual(['乙'])
  })

  it('joins 其他 to the smallest remaining line (the first of equals) when it is still under k', () => {
    const input = table(['甲', '乙', '丙', '丁', '戊'], ['人次'], [[9], [2], [6], [0], [6]])
    const merged = mergeSmall(input, 5, OTHER)
    // 乙 = 2 alone is under 5: it joins 丙 (6, first of the two smallest); 丁 = 0 stays.
    expect(merged.rows).toEqual(['甲', '丁', '戊', OTHER])
    expect(merged.cells).toEqual([[9], [0], [6], [8]])
    expect(merged.merged.rows).toEqual(['乙', '丙'])
  })

  it('changes nothing at k = 1', () => {
    const input = table(['甲', '乙'], ['a', 'b'], [[1, 0], [0, 1]])
    expect(mergeSmall(input, 1, OTHER)).toEqual({ ...input, merged: { rows: [], cols: [] } })
  })

  it('leaves a table under k as one small 其他 line, which suppression refuses', () => {
    const merged = mergeSmall(table(['甲', '乙'], ['a', 'b'], [[1, 0], [0, 2]]), 5, OTHER)
    expect(merged.rows).toEqual([OTHER])
    expect(merged.cols).toEqual([OTHER])
    expect(merged.cells).toEqual([[3]])
    expect(() => suppressTable(merged, 5)).toThrow(SmallMarginError)
  })

  it('rejects what is not a count table', () => {
    expect(() => mergeSmall(table(['甲'], ['a'], [[-1]]), 5, OTHER)).toThrow(RangeError)
    expect(() => mergeSmall(table(['甲'], ['a'], [[1]]), 0, OTHER)).toThrow(RangeError)
  })

  it('keeps every count, and leaves no margin 0 < n < k unless the whole table is', () => {
    fc.assert(
      fc.property(grid(count), threshold, (cells, k) => {
        const rows = cells.map((_, i) => `学院${i}`)
        const cols = (cells[0] ?? []).map((_, i) => `类别${i}`)
        const merged = mergeSmall(table(rows, cols, cells), k, OTHER)
        const total = sum(cells.flat())
        expect(sum(merged.cells.flat())).toBe(total)
        if (total === 0 || total >= k) expect(findSmallMargins(merged, k)).toEqual([])
        // A line that kept its name kept its counts, in the same order.
        merged.rows.forEach((label, r) => {
          if (label === OTHER) return
          expect(rows.indexOf(label)).toBeGreaterThanOrEqual(0)
          const original = cells[rows.indexOf(label)] ?? []
          merged.cols.forEach((colLabel, c) => {
            if (colLabel !== OTHER) expect(merged.cells[r]?.[c]).toBe(original[cols.indexOf(colLabel)])
          })
        })
        expect(merged.rows.filter((l) => l !== OTHER)).toEqual(rows.filter((l) => !merged.merged.rows.includes(l)))
        expect(merged.rows.includes(OTHER)).toBe(merged.merged.rows.length > 0)
      }),
      RUNS
    )
  })
})

describe('mergeLines', () => {
  const cells = [
    [1, 1, 1],
    [9, 8, 7],
    [6, 5, 30]
  ]
  const input = table(['甲', '乙', '丙'], ['a', 'b', 'c'], cells)

  it('merges one named line with the smallest other line (a line alone would only be renamed)', () => {
    // 乙 (24) is smaller than 丙 (41).
    expect(mergeLines(input, [{ line: 'row', index: 0 }], OTHER)).toEqual({
      rows: ['丙', OTHER],
      cols: ['a', 'b', 'c'],
      cells: [
        [6, 5, 30],
        [10, 9, 8]
      ],
      merged: { rows: ['甲', '乙'], cols: [] }
    })
  })

  it('merges several named lines, rows and columns, with no extra line', () => {
    const merged = mergeLines(
      input,
      [
        { line: 'row', index: 0 },
        { line: 'row', index: 2 },
        { line: 'col', index: 1 }
      ],
      OTHER
    )
    expect(merged.rows).toEqual(['乙', OTHER])
    // Column b alone joins the smallest other column, a (16 < 38).
    expect(merged.cols).toEqual(['c', OTHER])
    expect(merged.cells).toEqual([
      [7, 17],
      [31, 13]
    ])
  })

  it('adds a named line to a 其他 line already there, and nothing else', () => {
    const withOther = table(['甲', OTHER, '丙'], ['a', 'b', 'c'], cells)
    const merged = mergeLines(withOther, [{ line: 'row', index: 0 }], OTHER)
    expect(merged.rows).toEqual(['丙', OTHER])
    expect(merged.cells).toEqual([
      [6, 5, 30],
      [10, 9, 8]
    ])
    expect(merged.merged.rows).toEqual(['甲'])
  })

  it('changes nothing when no line is named', () => {
    expect(mergeLines(input, [], OTHER)).toEqual({ ...input, merged: { rows: [], cols: [] } })
  })
})
