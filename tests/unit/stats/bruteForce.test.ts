import { describe, expect, it } from 'vitest'
import { pinnedCells, type Published } from './bruteForce'
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

// The property tests trust this checker to find what a reader can work out; these show it does
// fail a table that is under-suppressed, so a passing property run means something.
describe('the brute-force checker', () => {
  const cells = [
    [2, 8, 20],
    [9, 30, 12],
    [15, 7, 40]
  ]

  it('finds a lone hidden cell: its row total gives it away', () => {
    expect(pinnedCells(cells, publish(cells, [[0, 0]]))).toEqual([{ row: 0, col: 0, value: 2 }])
  })

  it('finds a hidden pair in one row: the column totals give both away', () => {
    expect(pinnedCells(cells, publish(cells, [[0, 0], [0, 1]]))).toEqual([
      { row: 0, col: 0, value: 2 },
      { row: 0, col: 1, value: 8 }
    ])
  })

  it('finds the bridge of a cycle with a tail, and only it', () => {
    const hide: [number, number][] = [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2], [2, 2]]
    // (1,2)–(2,2) hang off the 2 × 2 cycle: (2,2) is alone in row 2, (1,2) then alone in column 2.
    expect(pinnedCells(cells, publish(cells, hide))).toEqual([
      { row: 1, col: 2, value: 12 },
      { row: 2, col: 2, value: 40 }
    ])
  })

  it('passes a 2 × 2 cycle of positive cells', () => {
    expect(pinnedCells(cells, publish(cells, [[0, 0], [0, 1], [1, 0], [1, 1]]))).toEqual([])
  })

  it('passes a cycle whose zero cells can all grow together', () => {
    const zeroCorner = [
      [2, 8],
      [8, 0]
    ]
    // 2 → 3 while both 8s → 7 and the zero → 1.
    const all: [number, number][] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    expect(pinnedCells(zeroCorner, publish(zeroCorner, all))).toEqual([])
  })

  it('finds cells pinned by nonnegativity: zero cells that would have to move opposite ways', () => {
    const zerosBothWays = [
      [3, 0, 9],
      [9, 0, 9],
      [0, 9, 9]
    ]
    // Around (0,0) (1,0) (1,1) (0,1), (0,1) and (1,1) move opposite ways; both are 0, so neither way works.
    const square: [number, number][] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    expect(pinnedCells(zerosBothWays, publish(zerosBothWays, square))).toEqual([
      { row: 0, col: 0, value: 3 },
      { row: 0, col: 1, value: 0 },
      { row: 1, col: 0, value: 9 },
      { row: 1, col: 1, value: 0 }
    ])
  })
})
