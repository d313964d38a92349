import type { z } from 'zod'
import type { TFunction } from 'i18next'
import type { CallError, FieldIssue } from '@shared/errors'
import { toFieldIssues } from '@shared/issues'

/** Translates a core error (or one field issue) for display. */
export function describeError(t: TFunction, error: Pick<CallError, 'messageKey' | 'params'> | FieldIssue): string {
  return t(error.messageKey, { ...(error.params ?? {}), defaultValue: t('errors.internal') })
}

/**
 * A @mantine/form `validate` function from a contract schema: the renderer checks with the same
 * rules as the core, and shows the same translated messages, before any round trip.
 */
export function schemaValidator<S extends z.ZodType>(schema: S, t: TFunction) {
  return (values: unknown): Record<string, string> => {
    const parsed = schema.safeParse(values)
    if (parsed.success) return {}
    return issuesToFormErrors(toFieldIssues(parsed.error, values), t)
  }
}

/** Field issues from the core → form errors keyed by field path. */
export function issuesToFormErrors(issues: FieldIssue[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) errors[issue.path] ??= describeError(t, issue)
  return errors
}
