import type { MeteredCaller } from './meter'
import type { SimClock } from './simClock'

/** One act of a synthetic history: run through the core when the seed's clock reaches `at`. */
export interface SeedAct {
  at: number
  run: () => Promise<void>
}

export interface TimelineOptions {
  caller: MeteredCaller
  clock: SimClock
  /** The session's idle timeout, minutes: the clock never jumps further between two calls. */
  idleTimeoutMinutes: number
  /** Called every `progressEvery` acts with the number done and the current clock. */
  progress?: (done: number, total: number, atMs: number) => void
  progressEvery?: number
}

/**
 * Replays several histories (the watch list, the appointments) as one, oldest act first, so
 * that the clock only moves forward. A stable sort: acts at the same instant keep the order of
 * their lists. Returns how many auth.activity calls kept the session from idling out.
 */
export async function replayTimeline(histories: readonly (readonly SeedAct[])[], options: TimelineOptions): Promise<{ acts: number; keepalives: number }> {
  const { caller, clock } = options
  const acts = histories.flat().sort((a, b) => a.at - b.at)
  // The core locks a session idle for the timeout plus a grace; a little under the timeout is safe.
  const stride = Math.max(1, options.idleTimeoutMinutes - 1) * 60_000
  let keepalives = 0
  const every = options.progressEvery ?? 10_000
  for (const [i, act] of acts.entries()) {
    while (act.at - clock.nowMs() > stride) {
      clock.jumpTo(clock.nowMs() + stride)
      await caller.call('auth.activity', {})
      keepalives++
    }
    clock.jumpTo(act.at)
    await act.run()
    if (options.progress && (i + 1) % every === 0) options.progress(i + 1, acts.length, clock.nowMs())
  }
  return { acts: acts.length, keepalives }
}
