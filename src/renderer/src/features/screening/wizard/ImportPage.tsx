import { useState } from 'react'
import { Alert, Anchor, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconArrowLeft, IconUpload } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { notify } from '../../../components/notify'
import { PageTitle } from '../../../components/PageTitle'
import { QueryState } from '../../../components/QueryState'
import { formatSize } from '../../students/import/fileData'
import { invalidateQueries, SCREENING_QUERIES } from '../invalidate'
import { roundPath } from '../paths'
import { useRounds } from '../rounds/useRounds'
import { CheckReport } from './CheckReport'
import { ImportProgressBar } from './ImportProgressBar'
import { ImportSteps } from './ImportSteps'
import { MappingEditor } from './MappingEditor'
import { PreviewTable } from './PreviewTable'
import { SourceFields } from './SourceFields'
import { useImportFlow } from './useImportFlow'

/** /screening/import?round=…: the round the results go into, then the wizard. */
export function ImportPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const rounds = useRounds()
  const round = rounds.data?.find((r) => r.id === params.get('round'))
  return (
    <>
      <Anchor component={Link} to={round ? roundPath(round.id) : '/screening'} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('screening.import.back')}
      </Anchor>
      <PageTitle>{round ? t('screening.import.title', { round: round.name }) : t('screening.import.titlePlain')}</PageTitle>
      <QueryState query={rounds} failedKey="screening.loadFailed" />
      {rounds.data && !round && (
        <Alert color="orange" role="alert">
          {t('screening.import.noRound')}
        </Alert>
      )}
      {round && <ImportFlow roundId={round.id} />}
    </>
  )
}

function ImportFlow({ roundId }: { roundId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const flow = useImportFlow(roundId)
  const [platformName, setPlatformName] = useState('')
  const { checked, mapping } = flow
  const problems = checked ? checked.issues.length + checked.moreIssues : 0
  const blocked = !checked || problems > 0 || checked.duplicateOf !== null || checked.matched === 0 || flow.checking

  const commit = async () => {
    const done = await flow.commit(platformName)
    if (!done) return
    await invalidateQueries(queryClient, [...SCREENING_QUERIES, 'alerts.list'])
    notify(t, done.alreadyImported ? t('screening.import.doneAlready') : t('screening.import.done', { ...done }))
    void navigate(roundPath(roundId, 'flags'))
  }

  return (
    <Stack maw={1100}>
      <Text>{t('screening.import.intro')}</Text>
      <ImportSteps active={flow.committing ? 2 : checked ? 1 : 0} />
      <SourceFields
        keys={flow.keys}
        onKeys={flow.chooseKeys}
        platformId={flow.platformId}
        onPlatform={flow.choosePlatform}
        picked={flow.picked}
        onFile={(f) => void flow.chooseFile(f)}
        fileError={flow.fileError}
        disabled={flow.committing}
      />
      {flow.file && <Text size="sm">{t('screening.import.fileInfo', { name: flow.file.name, size: formatSize(flow.file.size, i18n.language) })}</Text>}
      {flow.checking && (
        <Text size="sm" role="status">
          {checked ? t('screening.import.rechecking') : t('screening.import.checking')}
        </Text>
      )}
      {flow.refusal && (
        <Alert color="red" role="alert" title={t('screening.failed')}>
          <Text size="sm" fw={500}>
            {t('screening.import.nothingImported')} {flow.refusal.message}
          </Text>
          {flow.refusal.issues.length > 0 && (
            <List size="sm" spacing={2} withPadding mt="xs">
              {flow.refusal.issues.map((issue, n) => (
                <List.Item key={n}>{issue}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {checked && <CheckReport result={checked} />}
      {checked && mapping && (
        <section aria-labelledby="import-mapping">
          <Title order={2} size="h4" id="import-mapping" mb="xs">
            {t('screening.import.mapping')}
          </Title>
          <MappingEditor headers={checked.headers} mapping={mapping} onChange={flow.remap} disabled={flow.checking || flow.committing} />
        </section>
      )}
      {checked && checked.preview.length > 0 && (
        <section aria-labelledby="import-preview">
          <Title order={2} size="h4" id="import-preview" mb="xs">
            {t('screening.import.preview')}
          </Title>
          <PreviewTable rows={checked.preview} keys={checked.mapping.instruments.map((i) => i.key)} />
        </section>
      )}
      {checked && (
        <Stack gap="sm">
          <TextInput
            label={t('screening.import.platformName')}
            description={t('screening.import.platformNameHelp')}
            value={platformName}
            onChange={(e) => setPlatformName(e.currentTarget.value)}
            maxLength={40}
            maw={420}
            disabled={flow.committing}
          />
          {flow.progress && <ImportProgressBar progress={flow.progress} />}
          <Group>
            <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={() => void commit()} disabled={blocked} loading={flow.committing}>
              {t('screening.import.commit', { count: checked.matched })}
            </Button>
            {problems > 0 && <Text size="sm">{t('screening.import.commitBlocked')}</Text>}
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
