import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import type { CallError } from '@shared/errors'
import { translate } from '@shared/i18n'
import type { Core } from '../core/core'
import { AppError } from '../core/errors'

/** A core message in both languages, for a terminal whose reader may prefer either. */
export function describeCallError(error: CallError): string {
  const message = (key: string, params?: Record<string, string | number>): string =>
    `${translate('zh-CN', key, params) ?? key} / ${translate('en', key, params) ?? key}`
  const issues = (error.issues ?? []).map((i) => `\n  ${i.path}: ${message(i.messageKey, i.params)}`).join('')
  return `${message(error.messageKey, error.params)}${issues}`
}

/** What a tool prints for anything thrown: the core's own message when it is one, else the error's. */
export function describeFailure(error: unknown): string {
  if (error instanceof AppError) return describeCallError(error.toCallError())
  return error instanceof Error ? error.message : String(error)
}

export class ToolCallError extends Error {
  constructor(
    readonly channel: Channel,
    readonly callError: CallError
  ) {
    super(`${channel}: ${describeCallError(callError)}`)
    this.name = 'ToolCallError'
  }
}

/** Calls a channel as the app would; a refusal is an error, since a tool cannot ask the user to fix a form. */
export async function callOrThrow<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.call(channel, input)
  if (!result.ok) throw new ToolCallError(channel, result.error)
  return result.value
}
