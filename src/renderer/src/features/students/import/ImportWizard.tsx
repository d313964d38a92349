import { useRef, useState } from 'react'
import { Alert, Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core'
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ChannelOutput } from '@shared/contract'
import { call } from '../../../api'
import { describeError } from '../../../components/forms'
import { PageTitle } from '../../../components/PageTitle'
import { CheckReport, type CheckResult } from './CheckReport'
import { ACCEPTED, formatSize, isAccepted, MAX_FILE_BYTES, toBase64, type RosterFile } from './fileData'
import { ImportProgress, type Phase } from './ImportProgress'
import { describeCommitIssue, IssueList } from './IssueList'
import type { Mapping } from './MappingTable'
import { WizardSteps } from './WizardSteps'

type Committed = ChannelOutput<'students.import.commit'>

/** Choose a roster → check it and fix the mapping → import it, all or nothing. */
export function ImportWizard() {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [phase, setPhase] = useState<Phase>('idle')
  const [picked, setPicked] = useState<File | null>(null)
  const [file, setFile] = useState<RosterFile | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [checked, setChecked] = useState<CheckResult | null>(null)
  const [mapping, setMapping] = useState<Mapping>({})
  const [createMissing, setCreateMissing] = useState(false)
  const [refusal, setRefusal] = useState<{ message: string; issues: string[] } | null>(null)
  const [result, setResult] = useState<Committed | null>(null)
  // Only the newest check may land: a slow answer to an older mapping must not overwrite it.
  const latest = useRef(0)

  const reset = () => {
    setFile(null)
    setChecked(null)
    setMapping({})
    setRefusal(null)
    setResult(null)
    setFileError(null)
    setCreateMissing(false)
    setPhase('idle')
  }

  const check = async (roster: RosterFile, withMapping?: Mapping) => {
    const ticket = ++latest.current
    setPhase('checking')
    setRefusal(null)
    const answer = await call('students.import.check', {
      fileName: roster.name,
      contentBase64: roster.contentBase64,
      ...(withMapping ? { mapping: withMapping } : {})
    })
    if (ticket !== latest.current) return
    if (!answer.ok) {
      setPhase(checked ? 'checked' : 'idle')
      setFileError(describeError(t, answer.error))
      return
    }
    setChecked(answer.value)
    setMapping(answer.value.mapping)
    setPhase('checked')
  }

  const choose = async (chosen: File | null) => {
    reset()
    setPicked(chosen)
    if (!chosen) return
    const refused = !isAccepted(chosen.name) ? 'fileType' : chosen.size > MAX_FILE_BYTES ? 'fileTooLarge' : null
    if (refused) {
      setFileError(t(`students.import.${refused}`))
      return
    }
    setPhase('reading')
    try {
      const roster = { name: chosen.name, size: chosen.size, contentBase64: toBase64(await chosen.arrayBuffer()) }
      setFile(roster)
      await check(roster)
    } catch {
      setPhase('idle')
      setFileError(t('students.import.readFailed'))
    }
  }

  const remap = (next: Mapping) => {
    setMapping(next)
    if (file) void check(file, next)
  }

  const commit = async () => {
    if (!file) return
    setPhase('saving')
    setRefusal(null)
    const answer = await call('students.import.commit', {
      fileName: file.name,
      contentBase64: file.contentBase64,
      mapping,
      createMissing
    })
    if (!answer.ok) {
      setPhase('checked')
      setRefusal({
        message: describeError(t, answer.error),
        issues: (answer.error.issues ?? []).map((issue) => describeCommitIssue(t, issue))
      })
      return
    }
    setResult(answer.value)
    setPhase('done')
    await Promise.all(
      (['students.list', 'students.search', 'students.get', 'settings.org.get'] as const).map((c) =>
        queryClient.invalidateQueries({ queryKey: [c] })
      )
    )
  }

  const step = result ? 2 : checked ? 1 : 0
  const problems = checked ? checked.issues.length + checked.moreIssues : 0
  // The core refuses a roster naming colleges or classes it lacks unless told to create them.
  const missingRefused = checked ? checked.missingColleges.length + checked.missingClasses.length > 0 && !createMissing : false
  return (
    <>
      <PageTitle>{t('students.import.title')}</PageTitle>
      <Stack maw={960}>
        <Text>{t('students.import.intro')}</Text>
        <WizardSteps active={step} />
        <ImportProgress phase={phase} />
        {!result && (
          <Group align="flex-end">
            <FileInput
              label={t('students.import.file')}
              description={t('students.import.fileHelp')}
              accept={ACCEPTED.join(',')}
              value={picked}
              onChange={(f) => void choose(f)}
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              error={fileError}
              disabled={phase === 'reading' || phase === 'checking' || phase === 'saving'}
              w={360}
            />
          </Group>
        )}
        {file && !result && <Text size="sm">{t('students.import.fileInfo', { name: file.name, size: formatSize(file.size, i18n.language) })}</Text>}
        {checked && !result && (
          <CheckReport
            result={checked}
            mapping={mapping}
            onMapping={remap}
            createMissing={createMissing}
            onCreateMissing={setCreateMissing}
            busy={phase === 'checking'}
          />
        )}
        {refusal && (
          <Alert color="red" role="alert" title={t('students.import.failed')}>
            <Text size="sm" fw={500} mb="xs">
              {t('students.import.nothingImported')} {refusal.message}
            </Text>
            <IssueList items={refusal.issues} more={0} />
          </Alert>
        )}
        {checked && !result && (
          <Group>
            <Button
              leftSection={<IconUpload size={18} aria-hidden />}
              onClick={() => void commit()}
              disabled={problems > 0 || missingRefused || phase === 'checking'}
              loading={phase === 'saving'}
            >
              {t('students.import.commit', { count: checked.rowCount })}
            </Button>
            {phase === 'checking' && <Text size="sm">{t('students.import.rechecking')}</Text>}
          </Group>
        )}
        {result && (
          <Alert color="teal" title={t('students.import.done')}>
            <Text size="sm" mb="xs">
              {t('students.import.result', {
                created: result.created,
                updated: result.updated,
                colleges: result.collegesCreated,
                classes: result.classesCreated
              })}
            </Text>
            <Anchor component={Link} to="/students">
              {t('students.import.backToList')}
            </Anchor>
          </Alert>
        )}
      </Stack>
    </>
  )
}
