import type { TFunction } from 'i18next'
import type { ScreeningImportIssue } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { describeError } from '../../../components/forms'

/** "第 3 行：…" — the row as the spreadsheet numbers it; the core's message names the column itself. */
export function describeImportIssue(t: TFunction, issue: ScreeningImportIssue): string {
  return t('screening.import.issue', { row: issue.row, message: describeError(t, issue) })
}

/** A refusal's issues: row issues when the core names the row (and column), else the plain message. */
export function describeRowIssue(t: TFunction, issue: FieldIssue): string {
  const row = issue.params?.['row']
  const column = issue.params?.['column']
  if (typeof row === 'number') return describeImportIssue(t, { row, column: typeof column === 'string' ? column : '', messageKey: issue.messageKey, params: issue.params })
  return describeError(t, issue)
}
