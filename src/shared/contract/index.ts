import type { z } from 'zod'
import type { CallResult } from '../errors'
import { appChannels } from './app'
import { appointmentsChannels } from './appointments'
import { notesChannels } from './notes'
import { referralsChannels } from './referrals'
import { screeningChannels } from './screening'
import { statsChannels } from './stats'
import { backupChannels } from './backup'
import { auditChannels } from './audit'
import { authChannels } from './auth'
import { settingsChannels } from './settings'
import { studentsChannels } from './students'
import { usersChannels } from './users'
import { watchChannels } from './watch'

/**
 * Every channel between the renderer and the core: its input and output schemas.
 * A capability adds its own map here; nothing else may be called.
 */
export const contract = {
  ...appChannels,
  ...authChannels,
  ...usersChannels,
  ...auditChannels,
  ...settingsChannels,
  ...studentsChannels,
  ...watchChannels,
  ...appointmentsChannels,
  ...notesChannels,
  ...referralsChannels,
  ...screeningChannels,
  ...statsChannels,
  ...backupChannels
}

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const CHANNELS = Object.keys(contract) as Channel[]

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)

/** What `window.xinan` offers, in Electron (preload) and in browser mode (bridge) alike. */
export interface XinAnApi {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<CallResult<ChannelOutput<C>>>
}

export * from './app'
export * from './appointments'
export * from './audit'
export * from './backup'
export * from './notes'
export * from './referrals'
export * from './screening'
export * from './stats'
export * from './settings'
export * from './students'
export * from './users'
export * from './watch'
