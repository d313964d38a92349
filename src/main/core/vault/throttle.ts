import type { ThrottleEntry } from './file'

/** Free attempts before the wait starts; then 5 s, 10 s, 20 s … doubling, at most 15 minutes. */
export const FREE_ATTEMPTS = 3
const FIRST_WAIT_SECONDS = 5
const MAX_WAIT_SECONDS = 15 * 60

/** Seconds until the next attempt is allowed (0 = now). */
export function secondsUntilNextAttempt(entry: ThrottleEntry | undefined, now: Date): number {
  if (!entry || entry.failures < FREE_ATTEMPTS) return 0
  const wait = Math.min(FIRST_WAIT_SECONDS * 2 ** (entry.failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS)
  const elapsed = (now.getTime() - Date.parse(entry.lastFailureAt)) / 1000
  return Math.max(0, Math.ceil(wait - elapsed))
}

export function afterFailure(entry: ThrottleEntry | undefined, now: Date): ThrottleEntry {
  return { failures: (entry?.failures ?? 0) + 1, lastFailureAt: now.toISOString() }
}
