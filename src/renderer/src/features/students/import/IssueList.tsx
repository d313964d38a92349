import { List, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ImportIssueDto } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { describeError } from '../../../components/forms'

/** "第 37 行：学号为空。" — the row as the spreadsheet numbers it; the core's message names the column. */
export function describeIssue(t: TFunction, issue: ImportIssueDto): string {
  return t('students.import.issue', { row: issue.row, message: describeError(t, issue) })
}

/** A commit refusal's field issues: row issues when the core names row and column, else plain. */
export function describeCommitIssue(t: TFunction, issue: FieldIssue): string {
  const row = issue.params?.['row']
  const column = issue.params?.['column']
  if (typeof row === 'number' && typeof column === 'string') return describeIssue(t, { row, column, messageKey: issue.messageKey, params: issue.params })
  return describeError(t, issue)
}

export function IssueList({ items, more }: { items: string[]; more: number }) {
  const { t } = useTranslation()
  return (
    <>
      <List size="sm" spacing={2} withPadding>
        {items.map((text, n) => (
          <List.Item key={n}>{text}</List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="sm" mt="xs">
          {t('students.import.moreIssues', { count: more })}
        </Text>
      )}
    </>
  )
}
