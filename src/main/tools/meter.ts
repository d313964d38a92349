import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import type { Core } from '../core/core'
import { callOrThrow } from './coreCall'

export interface ChannelTime {
  channel: Channel
  calls: number
  ms: number
}

/** Calls the core as callOrThrow does and keeps count and time per channel, to say where a seed spends its time. */
export class MeteredCaller {
  private readonly times = new Map<Channel, ChannelTime>()

  constructor(private readonly core: Core) {}

  async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const start = performance.now()
    try {
      return await callOrThrow(this.core, channel, input)
    } finally {
      const entry = this.times.get(channel) ?? { channel, calls: 0, ms: 0 }
      entry.calls += 1
      entry.ms += performance.now() - start
      this.times.set(channel, entry)
    }
  }

  /** Per channel, the most time first. */
  report(): ChannelTime[] {
    return [...this.times.values()].sort((a, b) => b.ms - a.ms)
  }

  get calls(): number {
    return [...this.times.values()].reduce((n, t) => n + t.calls, 0)
  }
}
