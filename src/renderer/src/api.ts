import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import type { CallError, CallResult } from '@shared/errors'

/** A failed call, thrown by `callOrThrow` so react-query and forms can catch it. */
export class CallFailed extends Error {
  constructor(
    readonly channel: Channel,
    readonly error: CallError
  ) {
    super(`${channel}: ${error.code}`)
  }
}

const listeners = new Set<(error: CallError) => void>()

/** The app shell listens here: a LOCKED answer from any call shows the lock screen. */
export function onCallError(listener: (error: CallError) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<CallResult<ChannelOutput<C>>> {
  const result = await window.xinan.call(channel, input)
  if (!result.ok) for (const listener of listeners) listener(result.error)
  return result
}

export async function callOrThrow<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(channel, input)
  if (!result.ok) throw new CallFailed(channel, result.error)
  return result.value
}
