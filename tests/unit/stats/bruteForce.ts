/**
 * What a reader can work out from a published table, found by plain search and sharing no code
 * with the suppression: the reader knows the published cells, the margins, and that no count is
 * negative. A hidden cell is pinned when every nonnegative integer filling of the hidden cells
 * that adds up to the margins gives it the same value. For each hidden cell this searches the
 * fillings (backtracking, pruned by what each row and column still has to hold) for one where the
 * cell differs from its true value; none found = pinned. Small tables only.
 */
export interface Published {
  cells: (number | null)[][]
  rowTotals: number[]
  colTotals: number[]
}

export interface Pinned {
  row: number
  col: number
  value: number
}

interface Slot {
  row: number
  col: number
  truth: number
}

export function pinnedCells(truth: number[][], published: Published): Pinned[] {
  const slots: Slot[] = []
  const rowLeft = [...published.rowTotals]
  const colLeft = [...published.colTotals]
  published.cells.forEach((line, row) =>
    line.forEach((n, col) => {
      if (n === null) slots.push({ row, col, truth: truth[row]?.[col] ?? 0 })
      else {
        rowLeft[row] = (rowLeft[row] ?? 0) - n
        colLeft[col] = (colLeft[col] ?? 0) - n
      }
    })
  )
  return slots
    .filter((slot) => !canDiffer(slot, slots, rowLeft, colLeft))
    .map((slot) => ({ row: slot.row, col: slot.col, value: slot.truth }))
}

function canDiffer(target: Slot, all: Slot[], rowTotals: number[], colTotals: number[]): boolean {
  const order = [target, ...all.filter((s) => s !== target)]
  const rowLeft = [...rowTotals]
  const colLeft = [...colTotals]
  const openInRow = rowLeft.map((_, row) => order.filter((s) => s.row === row).length)
  const openInCol = colLeft.map((_, col) => order.filter((s) => s.col === col).length)
  const open = order.map(() => true)

  // Each row must still be able to hold what it has left, given what its open cells' columns
  // have left, and the other way round.
  const stillFits = (): boolean => {
    const rowRoom = rowLeft.map(() => 0)
    const colRoom = colLeft.map(() => 0)
    order.forEach((s, i) => {
      if (!open[i]) return
      rowRoom[s.row] = (rowRoom[s.row] ?? 0) + (colLeft[s.col] ?? 0)
      colRoom[s.col] = (colRoom[s.col] ?? 0) + (rowLeft[s.row] ?? 0)
    })
    return (
      rowLeft.every((left, row) => left >= 0 && left <= (rowRoom[row] ?? 0)) &&
      colLeft.every((left, col) => left >= 0 && left <= (colRoom[col] ?? 0))
    )
  }

  const fill = (i: number): boolean => {
    const slot = order[i]
    if (!slot) return rowLeft.every((n) => n === 0) && colLeft.every((n) => n === 0)
    const { row, col } = slot
    open[i] = false
    openInRow[row] = (openInRow[row] ?? 0) - 1
    openInCol[col] = (openInCol[col] ?? 0) - 1
    const max = Math.min(rowLeft[row] ?? 0, colLeft[col] ?? 0)
    const values = Array.from({ length: max + 1 }, (_, v) => v)
      .filter((v) => openInRow[row] !== 0 || v === rowLeft[row])
      .filter((v) => openInCol[col] !== 0 || v === colLeft[col])
      .filter((v) => i > 0 || v !== target.truth)
      // Near the truth first: a filling that differs exists close to it if at all.
      .sort((a, b) => Math.abs(a - slot.truth) - Math.abs(b - slot.truth) || a - b)
    let found = false
    for (const v of values) {
      rowLeft[row] = (rowLeft[row] ?? 0) - v
      colLeft[col] = (colLeft[col] ?? 0) - v
      found = stillFits() && fill(i + 1)
      rowLeft[row] = (rowLeft[row] ?? 0) + v
      colLeft[col] = (colLeft[col] ?? 0) + v
      if (found) break
    }
    open[i] = true
    openInRow[row] = (openInRow[row] ?? 0) + 1
    openInCol[col] = (openInCol[col] ?? 0) + 1
    return found
  }
  return fill(0)
}
