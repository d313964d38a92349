import type { z } from 'zod'

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

/** Keeps each capability's channel map typed exactly while checking its shape. */
export const defineChannels = <const T extends Record<string, ChannelDef>>(channels: T): T => channels
