import { Alert, List } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '@shared/errors'
import { describeError } from '../../components/forms'
import { fieldLabelKey } from './paths'

/**
 * What the letter (or marking it sent) still needs, named by field label, as an alert so a screen
 * reader hears it; each field also carries its own message.
 */
export function MissingFields({ titleKey, issues }: { titleKey: string; issues: FieldIssue[] }) {
  const { t } = useTranslation()
  return (
    <Alert color="orange" role="alert" title={t(titleKey)}>
      <List size="sm">
        {issues.map((issue) => {
          const label = fieldLabelKey(issue.path)
          return (
            <List.Item key={issue.path}>
              {label ? t('referrals.labelled', { label: t(label), value: describeError(t, issue) }) : describeError(t, issue)}
            </List.Item>
          )
        })}
      </List>
    </Alert>
  )
}
