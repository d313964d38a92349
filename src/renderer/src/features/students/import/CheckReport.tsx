import { Alert, Checkbox, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '@shared/contract'
import { describeIssue, IssueList } from './IssueList'
import { MappingTable, type Mapping } from './MappingTable'
import { PreviewTable } from './PreviewTable'

export type CheckResult = ChannelOutput<'students.import.check'>

interface Props {
  result: CheckResult
  mapping: Mapping
  onMapping: (mapping: Mapping) => void
  createMissing: boolean
  onCreateMissing: (create: boolean) => void
  /** A re-check is running: the mapping waits for it. */
  busy: boolean
}

/** What the core found in the roster: format, problems, counts, the mapping and a preview. */
export function CheckReport({ result, mapping, onMapping, createMissing, onCreateMissing, busy }: Props) {
  const { t } = useTranslation()
  const problems = result.issues.length + result.moreIssues
  const missing = result.missingColleges.length + result.missingClasses.length
  return (
    <Stack>
      <Text>
        {t('students.import.detected', {
          format: result.format.toUpperCase(),
          encoding: t(`students.import.encodings.${result.encoding}`),
          rows: result.rowCount
        })}
      </Text>
      {problems > 0 ? (
        <Alert color="red" role="alert" title={t('students.import.issues')}>
          <IssueList items={result.issues.map((issue) => describeIssue(t, issue))} more={result.moreIssues} />
          <Text size="sm" mt="xs" fw={500}>
            {t('students.import.fixFirst')}
          </Text>
        </Alert>
      ) : (
        <Alert color="teal" variant="light">
          {t('students.import.noIssues')} {t('students.import.counts', { creates: result.creates, updates: result.updates })}
        </Alert>
      )}
      {missing > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="import-missing">
          <Title order={3} size="h5" id="import-missing" mb="xs">
            {t('students.import.missing')}
          </Title>
          {result.missingColleges.length > 0 && (
            <Text size="sm">{t('students.import.missingColleges', { names: result.missingColleges.join(t('students.import.listSeparator')) })}</Text>
          )}
          {result.missingClasses.length > 0 && (
            <Text size="sm">
              {t('students.import.missingClasses', {
                names: result.missingClasses.map((c) => `${c.college} / ${c.className}`).join(t('students.import.listSeparator'))
              })}
            </Text>
          )}
          <Checkbox
            mt="sm"
            label={t('students.import.createMissing')}
            description={t('students.import.createMissingHelp')}
            checked={createMissing}
            onChange={(e) => onCreateMissing(e.currentTarget.checked)}
          />
        </Paper>
      )}
      <section aria-labelledby="import-mapping">
        <Title order={3} size="h5" id="import-mapping" mb="xs">
          {t('students.import.mapping')}
        </Title>
        <MappingTable headers={result.headers} mapping={mapping} onChange={onMapping} disabled={busy} />
      </section>
      {result.preview.length > 0 && (
        <section aria-labelledby="import-preview">
          <Title order={3} size="h5" id="import-preview" mb="xs">
            {t('students.import.preview')}
          </Title>
          <PreviewTable rows={result.preview} />
        </section>
      )}
    </Stack>
  )
}
