import { describe, expect, it } from 'vitest'
import { countsOnly, type Floor, pinnedCells, type Published, zerosPublished } from './bruteForce'
import { sum } from './tables'

/** Publishes `cells` with the cells listed in `hide` blanked and all margins. */
function publish(cells: number[][], hide: [number, number][]): Published {
  const hidden = new Set(hide.map(([r, c]) => `${r},${c}`))
  return {
    cells: cells.map((line, r) => line.map((n, c) => (hidden.has(`${r},${c}`) ? null : n))),
    rowTotals: cells.map(sum),
    colTotals: (cells[0] ?? []).map((_, c) => sum(cells.map((line) => line[c] ?? 0)))
  }
}

const square: [number, number][] = [[0, 0], [0, 1], [1, 0], [1, 1]]

// The property tests trust this checker to find what a reader can work out; these show it does
// fail a table that is under-suppressed, so a passing property run means something.
describe('the brute-force checker', () => {
  const cells = [
    [2, 8, 20],
    [9, 30, 12],
    [15, 7, 40]
  ]

  it('finds a lone hidden cell: its row total gives it away', () => {
    expect(pinnedCells(cells, publish(cells, [[0, 0]]), zerosPublished)).toEqual([{ row: 0, col: 0, value: 2 }])
  })

  it('finds a hidden pair in one row: the column totals give both away', () => {
    expect(pinnedCells(cells, publish(cells, [[0, 0], [0, 1]]), zerosPublished)).toEqual([
      { row: 0, col: 0, value: 2 },
      { row: 0, col: 1, value: 8 }
    ])
  })

  it('finds the bridge of a cycle with a tail, and only it', () => {
    const hide: [number, number][] = [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2], [2, 2]]
    // (1,2)–(2,2) hang off the 2 × 2 cycle: (2,2) is alone in row 2, (1,2) then alone in column 2.
    expect(pinnedCells(cells, publish(cells, hide), zerosPublished)).toEqual([
      { row: 1, col: 2, value: 12 },
      { row: 2, col: 2, value: 40 }
    ])
  })

  it('passes a 2 × 2 cycle of positive cells', () => {
    expect(pinnedCells(cells, publish(cells, square), zerosPublished)).toEqual([])
  })

  it('finds cells of value 1 pinned by the reader knowing hidden cells are ≥ 1', () => {
    const ones = [
      [1, 1, 9],
      [9, 30, 9]
    ]
    // The two 1s would have to move opposite ways round the square, and neither can go to 0.
    expect(pinnedCells(ones, publish(ones, square), countsOnly)).toEqual([])
    expect(pinnedCells(ones, publish(ones, square), zerosPublished)).toEqual([
      { row: 0, col: 0, value: 1 },
      { row: 0, col: 1, value: 1 },
      { row: 1, col: 0, value: 9 },
      { row: 1, col: 1, value: 30 }
    ])
    // Two 1s that move the same way (both up) leave the square free.
    const sameWay = [
      [1, 8],
      [9, 1]
    ]
    expect(pinnedCells(sameWay, publish(sameWay, square), zerosPublished)).toEqual([])
  })

  it('shows why a zero cell is never hidden: a reader who takes it for ≥ 1 can land on true values', () => {
    const truth = [
      [11, 0, 0],
      [0, 13, 2],
      [1, 2, 10],
      [0, 1, 3]
    ]
    const hide: [number, number][] = [[0, 0], [0, 1], [2, 0], [2, 1], [2, 2], [3, 1], [3, 2]]
    // Free when the hidden zero may stay 0 (the bound that is true of each cell) …
    const trueBounds: Floor = (row, col) => Math.min(1, truth[row]?.[col] ?? 0)
    expect(pinnedCells(truth, publish(truth, hide), trueBounds)).toEqual([])
    // … but the reader, told zero cells are published, takes (0,1) ≥ 1: column 1 then leaves one
    // table, right about (2,2), (3,1) and (3,2), the small 1 among them; wrong about the rest.
    const pinned = pinnedCells(truth, publish(truth, hide), zerosPublished)
    expect(pinned).toHaveLength(hide.length)
    expect(pinned.filter((p) => p.value === truth[p.row]?.[p.col])).toEqual([
      { row: 2, col: 2, value: 10 },
      { row: 3, col: 1, value: 1 },
      { row: 3, col: 2, value: 3 }
    ])
  })

  it('says when no table fits the bounds at all', () => {
    const zeroRow = [
      [0, 0],
      [5, 5]
    ]
    expect(pinnedCells(zeroRow, publish(zeroRow, [[0, 0], [0, 1]]), zerosPublished)).toEqual([
      { row: 0, col: 0, value: null },
      { row: 0, col: 1, value: null }
    ])
  })

  describe('with the weaker reader (counts ≥ 0 only)', () => {
    it('passes a cycle whose zero cells can all grow together', () => {
      const zeroCorner = [
        [2, 8],
        [8, 0]
      ]
      // 2 → 3 while both 8s → 7 and the zero → 1.
      expect(pinnedCells(zeroCorner, publish(zeroCorner, square), countsOnly)).toEqual([])
    })

    it('finds cells pinned by nonnegativity: zero cells that would have to move opposite ways', () => {
      const zerosBothWays = [
        [3, 0, 9],
        [9, 0, 9],
        [0, 9, 9]
      ]
      // Around (0,0) (1,0) (1,1) (0,1), (0,1) and (1,1) move opposite ways; both are 0, so neither way works.
      expect(pinnedCells(zerosBothWays, publish(zerosBothWays, square), countsOnly)).toEqual([
        { row: 0, col: 0, value: 3 },
        { row: 0, col: 1, value: 0 },
        { row: 1, col: 0, value: 9 },
        { row: 1, col: 1, value: 0 }
      ])
    })
  })
})
