import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useWatchFormat } from '../../watch/format'
import { describeImportIssue } from './describe'
import type { CheckResult } from './useImportFlow'

/** What the core found: format, errors (nothing imports while any remain), unmatched rows, repeats and counts. */
export function CheckReport({ result }: { result: CheckResult }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const problems = result.issues.length + result.moreIssues
  const unmatched = result.unmatched.length + result.moreUnmatched
  return (
    <Stack>
      <Text>
        {t('screening.import.detected', { format: result.format.toUpperCase(), encoding: t(`screening.import.encodings.${result.encoding}`), rows: result.rowCount })}
      </Text>
      {result.duplicateOf && (
        <Alert color="orange" role="alert" title={t('screening.import.duplicateTitle')}>
          {t('screening.import.duplicate', { round: result.duplicateOf.roundName, when: format.time(result.duplicateOf.importedAt) })}
        </Alert>
      )}
      {problems > 0 ? (
        <Alert color="red" role="alert" title={t('screening.import.issues')}>
          <List size="sm" spacing={2} withPadding>
            {result.issues.map((issue, n) => (
              <List.Item key={n}>{describeImportIssue(t, issue)}</List.Item>
            ))}
          </List>
          {result.moreIssues > 0 && (
            <Text size="sm" mt="xs">
              {t('screening.import.moreIssues', { count: result.moreIssues })}
            </Text>
          )}
        </Alert>
      ) : (
        <Alert color="teal" variant="light">
          {t('screening.import.noIssues')} {t('screening.import.counts', { matched: result.matched, flagged: result.flagged, alerts: result.alerts })}
        </Alert>
      )}
      {result.alreadyInRound > 0 && <Text size="sm">{t('screening.import.already', { count: result.alreadyInRound })}</Text>}
      {unmatched > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="import-unmatched">
          <Title order={3} size="h5" id="import-unmatched" mb="xs">
            {t('screening.import.unmatched', { count: unmatched })}
          </Title>
          <List size="sm" spacing={2} withPadding>
            {result.unmatched.map((u) => (
              <List.Item key={u.row}>{t('screening.import.unmatchedRow', { row: u.row, studentNo: u.studentNo })}</List.Item>
            ))}
          </List>
          {result.moreUnmatched > 0 && (
            <Text size="sm" mt="xs">
              {t('screening.import.moreUnmatched', { count: result.moreUnmatched })}
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  )
}
