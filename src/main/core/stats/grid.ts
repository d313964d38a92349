import type { CellAt } from './table'

/**
 * A table's values and which cells are hidden, flat (cell index = row × cols + col), with the
 * hidden cells also listed per line (lines 0 … rows-1 are the rows, then the columns): the
 * cycle searches run a few hundred times per table and mostly walk hidden cells only.
 */
export class Grid {
  readonly rows: number
  readonly cols: number
  private readonly values: Float64Array
  private readonly hiddenFlags: Uint8Array
  private readonly hiddenByLine: number[][]

  constructor(cells: readonly (readonly number[])[], colCount: number) {
    this.rows = cells.length
    this.cols = colCount
    this.values = Float64Array.from(cells.flat())
    this.hiddenFlags = new Uint8Array(this.values.length)
    this.hiddenByLine = Array.from({ length: this.rows + this.cols }, () => [])
  }

  index(cell: CellAt): number {
    return cell.row * this.cols + cell.col
  }

  cellAt(index: number): CellAt {
    return { row: Math.floor(index / this.cols), col: index % this.cols }
  }

  value(index: number): number {
    return this.values[index] ?? 0
  }

  isHidden(index: number): boolean {
    return this.hiddenFlags[index] === 1
  }

  setHidden(index: number, hidden: boolean): void {
    if (this.isHidden(index) === hidden) return
    this.hiddenFlags[index] = hidden ? 1 : 0
    const { row, col } = this.cellAt(index)
    for (const line of [this.hiddenByLine[row], this.hiddenByLine[this.rows + col]]) {
      if (!line) continue
      if (hidden) line.push(index)
      else line.splice(line.indexOf(index), 1)
    }
  }

  /** The hidden cells of a line (a row, or column number rows + col). */
  hiddenOn(line: number): readonly number[] {
    return this.hiddenByLine[line] ?? []
  }

  /** Indexes of the hidden cells, row by row. */
  hiddenCells(): number[] {
    const out: number[] = []
    this.hiddenFlags.forEach((flag, index) => flag === 1 && out.push(index))
    return out
  }
}
