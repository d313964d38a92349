/** Where the core gets the time, so a test can hand it a fixed or advancing clock. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
