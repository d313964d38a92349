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

/** Latencies of many calls: percentiles, since a user feels the slow ones. */
export interface Distribution {
  count: number
  p50: number
  p95: number
  max: number
}

/** The nearest-rank percentile (p in 0–100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] as number
}

export function distribution(values: readonly number[]): Distribution {
  return {
    count: values.length,
    p50: round2(percentile(values, 50)),
    p95: round2(percentile(values, 95)),
    max: round2(Math.max(...values))
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
