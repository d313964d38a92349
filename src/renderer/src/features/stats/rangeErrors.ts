import type { TFunction } from 'i18next'
import { CallFailed } from '../../api'
import { describeError } from '../../components/forms'

/**
 * The core's complaints about a range, for the date fields: `range.from` / `range.to` from the
 * report's input, `from` / `to` from the activity list's, which is the range itself.
 */
export function rangeErrors(error: unknown, t: TFunction): { from?: string; to?: string } {
  if (!(error instanceof CallFailed) || !error.error.issues) return {}
  const errors: { from?: string; to?: string } = {}
  for (const issue of error.error.issues) {
    const field = issue.path.replace(/^range\./, '')
    if (field === 'from' || field === 'to') errors[field] ??= describeError(t, issue)
  }
  return errors
}
