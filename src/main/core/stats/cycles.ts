import type { Grid } from './grid'

/**
 * With every margin published, a reader knows each row's and each column's sum of hidden cells.
 * Seen as a bipartite graph (a node per row and per column, an edge per hidden cell), hidden
 * values can shift only around a cycle, + and − in turn; and since no count goes below 0, only
 * in a direction where every zero cell on the cycle grows. A hidden cell is safe exactly when
 * such a movable cycle runs through it: then it takes at least two values; otherwise the
 * margins and nonnegativity pin it. (If two solutions differ at the cell, their difference
 * splits into cycles each moving like the whole, and the one through the cell is movable.)
 *
 * A walk starts at the target's column and ends at the target's row. Going row → column through
 * a cell, that cell moves with the target; column → row, against it. All zero cells met must move
 * the same way, so a search state is (node, which way the zero cells met so far move).
 */
const NO_ZERO = 0
const ZERO_WITH = 1
const ZERO_AGAINST = 2
const WAYS = 3
const BLOCKED = -1

function nextWay(way: number, value: number, withTarget: boolean): number {
  if (value > 0) return way
  const wanted = withTarget ? ZERO_WITH : ZERO_AGAINST
  return way === NO_ZERO || way === wanted ? wanted : BLOCKED
}

/** Nodes 0 … rows-1 are the rows, then the columns; a state is node × WAYS + way. */
class Walks {
  readonly start: number
  readonly stateCount: number
  /** Steps out of one state, [next state, cell index] pairs; reused so a search allocates nothing. */
  readonly steps: Int32Array

  constructor(
    readonly grid: Grid,
    readonly target: number
  ) {
    const targetCol = target % grid.cols
    this.start = (grid.rows + targetCol) * WAYS + (grid.value(target) === 0 ? ZERO_WITH : NO_ZERO)
    this.stateCount = (grid.rows + grid.cols) * WAYS
    this.steps = new Int32Array(2 * Math.max(grid.rows, grid.cols))
  }

  isEnd(state: number): boolean {
    return Math.floor(state / WAYS) === Math.floor(this.target / this.grid.cols)
  }

  /**
   * Fills `steps` with the steps out of `state` (never through the target), through any cell or
   * through hidden cells only; returns their count.
   */
  stepsFrom(state: number, hiddenOnly: boolean): number {
    const { grid } = this
    const node = Math.floor(state / WAYS)
    const way = state % WAYS
    let n = 0
    const step = (cell: number): void => {
      if (cell === this.target) return
      const fromRow = node < grid.rows
      const next = nextWay(way, grid.value(cell), fromRow)
      if (next === BLOCKED) return
      this.steps[2 * n] = (fromRow ? grid.rows + (cell % grid.cols) : Math.floor(cell / grid.cols)) * WAYS + next
      this.steps[2 * n + 1] = cell
      n++
    }
    if (hiddenOnly) for (const cell of grid.hiddenOn(node)) step(cell)
    else if (node < grid.rows) for (let col = 0; col < grid.cols; col++) step(node * grid.cols + col)
    else for (let row = 0; row < grid.rows; row++) step(row * grid.cols + node - grid.rows)
    return n
  }
}

/** Whether the hidden cells already put a movable cycle through cell `target`. */
export function isProtected(grid: Grid, target: number): boolean {
  const walks = new Walks(grid, target)
  const seen = new Uint8Array(walks.stateCount)
  const queue = [walks.start]
  seen[walks.start] = 1
  for (let i = 0; i < queue.length; i++) {
    const state = queue[i] as number
    if (walks.isEnd(state)) return true
    const count = walks.stepsFrom(state, true)
    for (let s = 0; s < count; s++) {
      const next = walks.steps[2 * s] as number
      if (seen[next]) continue
      seen[next] = 1
      queue.push(next)
    }
  }
  return false
}

/**
 * The cells of the cheapest movable cycle through `target` (without the target), where a hidden
 * cell costs nothing and another costs `price(cell)` (> 0); null when no cycle exists. Plain
 * Dijkstra: at most (30 + 15) × 3 states.
 */
export function cheapestCycle(grid: Grid, target: number, price: (cell: number) => number): number[] | null {
  const walks = new Walks(grid, target)
  const dist = new Float64Array(walks.stateCount).fill(Infinity)
  const done = new Uint8Array(walks.stateCount)
  const from = new Int32Array(walks.stateCount).fill(-1)
  const via = new Int32Array(walks.stateCount).fill(-1)
  dist[walks.start] = 0
  for (;;) {
    let state = -1
    for (let s = 0; s < walks.stateCount; s++) {
      if (!done[s] && (dist[s] as number) < (state < 0 ? Infinity : (dist[state] as number))) state = s
    }
    if (state < 0) return null
    if (walks.isEnd(state)) return walkCells(walks, state, from, via)
    done[state] = 1
    const count = walks.stepsFrom(state, false)
    for (let s = 0; s < count; s++) {
      const next = walks.steps[2 * s] as number
      const cell = walks.steps[2 * s + 1] as number
      const cost = (dist[state] as number) + (grid.isHidden(cell) ? 0 : price(cell))
      if (cost < (dist[next] as number)) {
        dist[next] = cost
        from[next] = state
        via[next] = cell
      }
    }
  }
}

/**
 * The cells along the cheapest walk. It may visit a node twice (in two zero-way states), but the
 * loop between the visits holds only cells already hidden: cutting it gives a walk that is no
 * dearer (only cells dropped, so the zero cells left still all move one way), and every cell not
 * yet hidden costs something. So each new cell lies on a simple movable cycle and is safe.
 */
function walkCells(walks: Walks, end: number, from: Int32Array, via: Int32Array): number[] {
  const cells: number[] = []
  for (let state = end; state !== walks.start; state = from[state] as number) cells.unshift(via[state] as number)
  return cells
}
