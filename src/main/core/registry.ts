import type { z } from 'zod'
import { CHANNELS, type Channel, type ChannelOutput, type Contract } from '@shared/contract'
import type { CallContext, Tx } from './context'

export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
type HandlerResult<C extends Channel> = z.input<Contract[C]['output']> | ChannelOutput<C>
export type Handler<C extends Channel> = (ctx: CallContext, input: ParsedInput<C>) => Promise<HandlerResult<C>> | HandlerResult<C>

/** One handler per channel, registered once: a second registration of a name is a bug. */
export class Registry {
  private readonly handlers = new Map<Channel, Handler<Channel>>()

  handle<C extends Channel>(channel: C, handler: Handler<C>): void {
    if (this.handlers.has(channel)) throw new Error(`channel registered twice: ${channel}`)
    this.handlers.set(channel, handler as unknown as Handler<Channel>)
  }

  /** A handler whose whole work is one transaction (most reads and writes). */
  handleTx<C extends Channel>(channel: C, fn: (t: Tx, input: ParsedInput<C>, ctx: CallContext) => HandlerResult<C>): void {
    this.handle(channel, (ctx, input) => ctx.tx((t) => fn(t, input, ctx)))
  }

  get(channel: Channel): Handler<Channel> | undefined {
    return this.handlers.get(channel)
  }

  assertComplete(): void {
    const missing = CHANNELS.filter((c) => !this.handlers.has(c))
    if (missing.length > 0) throw new Error(`channels without a handler: ${missing.join(', ')}`)
  }
}
