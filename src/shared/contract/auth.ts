import { z } from 'zod'
import { displayName, newPassword, password, requiredText, username } from '../validation'
import { sessionDto } from './app'
import { defineChannels } from './define'

const recoveryCode = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(100, { message: 'validation.tooLong' })

export const authChannels = defineChannels({
  /** First run only: creates the vault, the database and the first admin, and logs them in. */
  'auth.setup': {
    input: z
      .object({
        centreName: requiredText(60),
        admin: z.object({ username, displayName, password: newPassword }).strict()
      })
      .strict(),
    output: sessionDto
  },
  'auth.login': {
    input: z.object({ username, password }).strict(),
    output: sessionDto
  },
  /** Ends the session: the database is closed and its key zeroed. */
  'auth.logout': { input: z.object({}).strict(), output: z.object({}) },
  /** Same as logout, but the lock screen keeps the user's name for a quick unlock. */
  'auth.lock': {
    input: z.object({ reason: z.enum(['button', 'idle']).default('button') }).strict(),
    output: z.object({})
  },
  /** The user is at the keyboard (typing a long note makes no calls): keeps the idle lock away. */
  'auth.activity': { input: z.object({}).strict(), output: z.object({}) },
  'auth.changePassword': {
    input: z.object({ currentPassword: password, newPassword }).strict(),
    output: sessionDto
  },
  /** Recovery code → new password for an admin account; a new recovery code replaces the used one. */
  'auth.recover': {
    input: z.object({ username, recoveryCode, newPassword }).strict(),
    output: sessionDto
  },
  /** The recovery code, while it has not been confirmed (shown once at setup or after a recovery). */
  'auth.recoveryCode.get': {
    input: z.object({}).strict(),
    output: z.object({
      code: z.string(),
      /** Which groups (1-based) the user must type back to prove they wrote it down. */
      confirmGroups: z.array(z.number().int())
    })
  },
  'auth.recoveryCode.confirm': {
    input: z.object({ groups: z.array(recoveryCode).min(1).max(8) }).strict(),
    output: sessionDto
  }
})
