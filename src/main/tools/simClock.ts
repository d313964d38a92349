import type { Clock } from '../core/clock'

/**
 * The seed's clock: it starts in the past and is moved forward act by act, so a synthetic
 * semester of watch-list work carries the dates it would have had (tier changes weeks ago,
 * reviews due this week). Between moves it runs at the real rate, so it never stands still
 * or goes back, and the audit chain's times stay in order.
 */
export class SimClock implements Clock {
  private baseMs: number
  private realMs = performance.now()

  constructor(startMs: number) {
    this.baseMs = startMs
  }

  now(): Date {
    return new Date(this.nowMs())
  }

  nowMs(): number {
    return this.baseMs + Math.floor(performance.now() - this.realMs)
  }

  /** Moves to `ms`; a time already passed leaves the clock where it is. */
  jumpTo(ms: number): void {
    if (ms <= this.nowMs()) return
    this.baseMs = ms
    this.realMs = performance.now()
  }
}
