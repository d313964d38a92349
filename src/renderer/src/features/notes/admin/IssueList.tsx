import { Alert, List } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '@shared/errors'
import { describeError } from '../../../components/forms'

/**
 * What is wrong with a JSON document, each problem with its path (e.g. `rules.0.level`), so the
 * admin can find it in the text. The list is announced when it appears.
 */
export function IssueList({ id, issues }: { id: string; issues: FieldIssue[] }) {
  const { t } = useTranslation()
  if (issues.length === 0) return null
  return (
    <Alert id={id} color="red" role="alert" title={t('notesAdmin.json.issuesTitle')}>
      <List size="sm" spacing={4}>
        {issues.map((issue, n) => (
          <List.Item key={`${issue.path}-${n}`}>
            {issue.path ? t('notesAdmin.json.at', { path: issue.path, message: describeError(t, issue) }) : describeError(t, issue)}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
