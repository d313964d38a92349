import { z } from 'zod'
import { defineChannels } from './define'
import { userDto } from './users'

export const sessionDto = z.object({
  user: userDto,
  mustChangePassword: z.boolean(),
  /** The recovery code from setup (or from the last recovery) has not been confirmed yet. */
  recoveryPending: z.boolean(),
  idleTimeoutMinutes: z.number().int()
})
export type SessionDto = z.infer<typeof sessionDto>

export const appChannels = defineChannels({
  /** What the first screen needs: set up, locked (login), unlocked, or a vault that cannot be opened. */
  'app.status': {
    input: z.object({}).strict(),
    output: z.object({
      state: z.enum(['setup', 'locked', 'unlocked', 'broken']),
      centreName: z.string().nullable(),
      version: z.string(),
      session: sessionDto.nullable(),
      /** Set when state is 'broken': why the vault cannot be opened. */
      problem: z.object({ code: z.string(), messageKey: z.string() }).nullable()
    })
  }
})
