import type { Grid } from './grid'

/**
 * The reader. With every margin published, a reader knows each row's and each column's sum of
 * hidden cells. Zero cells are always published (DESIGN.md: only 0 < n < k is small), so the
 * reader also knows that every hidden cell is at least 1. Seen as a bipartite graph (a node per
 * row and per column, an edge per hidden cell), hidden values can shift only around a cycle,
 * + and − in turn, and only in a direction where every cell of value 1 on the cycle grows (it
 * cannot go down to 0). A hidden cell is safe exactly when such a movable cycle runs through it:
 * then it takes at least two values among the tables the reader cannot rule out; otherwise the
 * margins and the bound pin it. (If two such tables differ at the cell, their difference splits
 * into cycles each moving like the whole; the one through the cell is movable from the truth.)
 *
 * Why a zero cell is never hidden, not even to close a cycle no positive cell can: the reader's
 * "≥ 1" would be false for it, and a reader reasoning from a false premise can still land on
 * true values. Giving a hidden zero the bound 0 does not help: in [[11,0,0],[0,13,2],[1,2,10],
 * [0,1,3]], k = 2, hiding (0,0) (0,1) (2,0) (2,1) (2,2) (3,1) (3,2) lets each of them move if
 * (0,1) may stay 0, yet a reader taking (0,1) ≥ 1 finds exactly one table, true at (2,2), (3,1)
 * and (3,2): the small 1 at (3,1) is out (bruteForce.test.ts). With only positive cells hidden,
 * the bound is true of every hidden cell, so the true table is among those the reader weighs and
 * the guarantee is exact: every hidden cell takes at least two values among the tables of counts
 * that agree with everything published and have every hidden cell ≥ 1 — and so also for any
 * reader who assumes less (≥ 0). A small cell no cycle of positive cells can protect is reported
 * (UnprotectableError) and one of its lines merged into 其他, not covered with a zero.
 *
 * A walk starts at the target's column and ends at the target's row. Going row → column through
 * a cell, that cell moves with the target; column → row, against it. All cells of value 1 met
 * ("floor" cells: they can only grow) must move the same way, and the same way as the target if
 * it is one; so a search state is (node, which way the floor cells met so far move). Zero cells
 * are never stepped through.
 */
const NO_FLOOR = 0
const FLOOR_WITH = 1
const FLOOR_AGAINST = 2
const WAYS = 3
const BLOCKED = -1

/** A hidden cell of value 1 is at the reader's bound: it can grow but not shrink. */
const atFloor = (value: number): boolean => value <= 1

function nextWay(way: number, value: number, withTarget: boolean): number {
  if (!atFloor(value)) return way
  const wanted = withTarget ? FLOOR_WITH : FLOOR_AGAINST
  return way === NO_FLOOR || way === wanted ? wanted : BLOCKED
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
    this.start = (grid.rows + targetCol) * WAYS + (atFloor(grid.value(target)) ? FLOOR_WITH : NO_FLOOR)
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
      if (cell === this.target || grid.value(cell) === 0) return
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
    const count = walks.stepsFrom(queue[i] as number, true)
    for (let s = 0; s < count; s++) {
      const next = walks.steps[2 * s] as number
      // Done as soon as a walk reaches the target's row (the start, a column, never is).
      if (walks.isEnd(next)) return true
      if (seen[next]) continue
      seen[next] = 1
      queue.push(next)
    }
  }
  return false
}

/**
 * The cells of the cheapest movable cycle through `target` (without the target), where a hidden
 * cell costs nothing and another positive cell costs `price(cell)` (> 0); null when no cycle of
 * positive cells exists, whatever is hidden. Plain Dijkstra: at most (30 + 15) × 3 states.
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
 * The cells along the cheapest walk. It may visit a node twice (in two floor-way states), but the
 * loop between the visits holds only cells already hidden: cutting it gives a walk that is no
 * dearer (only cells dropped, so the floor cells left still all move one way), and every cell not
 * yet hidden costs something. So each new cell lies on a simple movable cycle and is safe.
 */
function walkCells(walks: Walks, end: number, from: Int32Array, via: Int32Array): number[] {
  const cells: number[] = []
  for (let state = end; state !== walks.start; state = from[state] as number) cells.unshift(via[state] as number)
  return cells
}
