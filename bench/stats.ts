/** Summary of one measurement over rounds; medians, since one slow fsync should not move the result. */
export interface Sample {
  median: number
  min: number
  max: number
  /** Every round's value, in milliseconds, for the JSON record. */
  samples: number[]
}

export const round2 = (n: number): number => Math.round(n * 100) / 100

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export function summarize(samples: number[]): Sample {
  return {
    median: round2(median(samples)),
    min: round2(Math.min(...samples)),
    max: round2(Math.max(...samples)),
    samples: samples.map(round2)
  }
}


/** Milliseconds `work` takes. */
export function timeSync(work: () => void): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}
