/**
 * A small seeded PRNG (sfc32) for synthetic data: the same seed gives the same college on
 * every machine and every run, so a bench or a bug report can be reproduced exactly.
 * Not for anything secret — keys and codes come from node:crypto.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(table: WeightedTable<T>): T
}

export interface WeightedTable<T> {
  items: readonly T[]
  /** Running totals of the weights, for a binary search. */
  cumulative: readonly number[]
  total: number
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  let total = 0
  const cumulative: number[] = []
  for (const [, weight] of entries) {
    if (!(weight > 0)) throw new Error('weights must be positive')
    total += weight
    cumulative.push(total)
  }
  if (entries.length === 0) throw new Error('a weighted table needs at least one entry')
  return { items: entries.map(([item]) => item), cumulative, total }
}

/** FNV-1a over the text: turns (seed, stream name) into the PRNG's starting state. */
function hash32(text: string, basis: number): number {
  let h = basis >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/**
 * Each part of the synthetic college draws from its own named stream, so adding a draw to
 * one part (say, staff) does not shift every student's name.
 */
export function createRandom(seed: number, stream: string): Random {
  const key = `${seed}:${stream}`
  let a = hash32(key, 0x811c9dc5)
  let b = hash32(key, 0x9e3779b9)
  let c = hash32(key, 0x85ebca6b)
  let d = 1
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // The first outputs of sfc32 still look like the seed; discard them.
  for (let i = 0; i < 15; i++) next()

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('cannot pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    weighted: <T>(table: WeightedTable<T>): T => {
      const target = next() * table.total
      let lo = 0
      let hi = table.cumulative.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((table.cumulative[mid] as number) > target) hi = mid
        else lo = mid + 1
      }
      return table.items[lo] as T
    }
  }
}
