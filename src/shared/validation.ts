import { z } from 'zod'

/**
 * Field rules shared by the core (which enforces them) and the renderer (which shows them
 * before a round trip). A message is an i18n key, so the same rule reads well in both languages.
 */
export const PASSWORD_MIN_LENGTH = 10

export const id = z.uuid({ message: 'validation.invalidId' })

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { message: 'validation.username' })

export const displayName = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(40, { message: 'validation.tooLong' })

export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: 'validation.passwordTooShort' })
  .max(200, { message: 'validation.tooLong' })

/** A password being checked, not chosen: any non-empty string. */
export const password = z.string().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' })

export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' })

export const optionalText = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' })

export const phone = z
  .string()
  .trim()
  .max(30, { message: 'validation.tooLong' })
  .regex(/^[0-9+\-() ]*$/, { message: 'validation.phone' })

/** A local calendar date, `YYYY-MM-DD`. */
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' })

/** An instant, ISO-8601 UTC. */
export const isoInstant = z.iso.datetime({ message: 'validation.datetime' })
