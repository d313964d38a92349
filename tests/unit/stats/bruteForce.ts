/**
 * What a reader can work out from a published table, found by plain search and sharing no code
 * with the suppression. The reader knows the published cells, the margins, and a lower bound for
 * each hidden cell (`floor`): 0 if all they know is that counts are not negative, 1 if they also
 * know that zero cells are always published. A hidden cell is pinned when it takes fewer than two
 * values over the integer fillings of the hidden cells that respect those bounds and add up to the
 * margins. Each hidden cell is shifted down by its bound first, so the search fills nonnegative
 * cells: it finds one filling (the true table itself when it respects the bounds), then looks for
 * one where the cell differs (backtracking, pruned by what each row and column still has to
 * hold); none found = pinned. Small tables only.
 */
export interface Published {
  cells: (number | null)[][]
  rowTotals: number[]
  colTotals: number[]
}

/** The reader's lower bound for the hidden cell at row, col. */
export type Floor = (row: number, col: number) => number

/** The model the app relies on: zero cells are always published, so a hidden cell is ≥ 1. */
export const zerosPublished: Floor = () => 1
/** The weaker reader: only that no count is negative. */
export const countsOnly: Floor = () => 0

export interface Pinned {
  row: number
  col: number
  /** The one value the reader can give it; null when no filling respects the bounds at all. */
  value: number | null
}

interface Slot {
  row: number
  col: number
  /** The true value less the bound (below 0 if the truth breaks it); orders the search, nothing more. */
  truth: number
  floor: number
}

export function pinnedCells(truth: number[][], published: Published, floor: Floor): Pinned[] {
  const slots: Slot[] = []
  const rowLeft = [...published.rowTotals]
  const colLeft = [...published.colTotals]
  published.cells.forEach((line, row) =>
    line.forEach((n, col) => {
      // A hidden cell counts as its bound plus a nonnegative rest; the search fills the rests.
      const value = n ?? floor(row, col)
      if (n === null) slots.push({ row, col, truth: (truth[row]?.[col] ?? 0) - value, floor: value })
      rowLeft[row] = (rowLeft[row] ?? 0) - value
      colLeft[col] = (colLeft[col] ?? 0) - value
    })
  )
  const some = slots.every((s) => s.truth >= 0) ? slots.map((s) => s.truth) : anyFilling(slots, rowLeft, colLeft)
  return slots.flatMap((slot, i) => {
    const value = some?.[i]
    if (value !== undefined && findFilling(slot, value, slots, rowLeft, colLeft)) return []
    return [{ row: slot.row, col: slot.col, value: value === undefined ? null : value + slot.floor }]
  })
}

/** The rests of some filling that respects the bounds, or null when there is none. */
function anyFilling(slots: Slot[], rowLeft: number[], colLeft: number[]): number[] | null {
  const [first] = slots
  if (!first) return rowLeft.every((n) => n === 0) && colLeft.every((n) => n === 0) ? [] : null
  const found: number[] = []
  return findFilling(first, -1, slots, rowLeft, colLeft, found) ? found : null
}

/**
 * Whether some filling gives `target` a rest other than `avoid`; the filling found, in the order
 * of `all`, goes into `out` if given.
 */
function findFilling(
  target: Slot,
  avoid: number,
  all: Slot[],
  rowTotals: number[],
  colTotals: number[],
  out?: number[]
): boolean {
  const order = [target, ...all.filter((s) => s !== target)]
  const rowLeft = [...rowTotals]
  const colLeft = [...colTotals]
  const openInRow = rowLeft.map((_, row) => order.filter((s) => s.row === row).length)
  const openInCol = colLeft.map((_, col) => order.filter((s) => s.col === col).length)
  const open = order.map(() => true)
  const chosen = order.map(() => 0)

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
    if (!slot) {
      const done = rowLeft.every((n) => n === 0) && colLeft.every((n) => n === 0)
      if (done && out) all.forEach((s) => out.push(chosen[order.indexOf(s)] ?? 0))
      return done
    }
    const { row, col } = slot
    open[i] = false
    openInRow[row] = (openInRow[row] ?? 0) - 1
    openInCol[col] = (openInCol[col] ?? 0) - 1
    const max = Math.min(rowLeft[row] ?? 0, colLeft[col] ?? 0)
    const values = Array.from({ length: max + 1 }, (_, v) => v)
      .filter((v) => openInRow[row] !== 0 || v === rowLeft[row])
      .filter((v) => openInCol[col] !== 0 || v === colLeft[col])
      .filter((v) => i > 0 || v !== avoid)
      // Near the truth first: a filling that differs exists close to it if at all.
      .sort((a, b) => Math.abs(a - slot.truth) - Math.abs(b - slot.truth) || a - b)
    let found = false
    for (const v of values) {
      chosen[i] = v
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
