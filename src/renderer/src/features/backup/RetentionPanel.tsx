import { useState } from 'react'
import { Alert, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconTrash } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract, type ChannelOutput } from '@shared/contract'
import { callOrThrow } from '../../api'
import { schemaValidator } from '../../components/forms'
import { notify } from '../../components/notify'
import { QueryState } from '../../components/QueryState'
import { useFormCall } from '../../components/useFormCall'
import { useBackupFormat } from './format'
import { PurgeModal } from './PurgeModal'

type Preview = ChannelOutput<'retention.preview'>

/** How long records of students who left are kept, and what has reached the end of it. */
export function RetentionPanel() {
  const { t } = useTranslation()
  const policy = useQuery({ queryKey: ['retention.get', {}], queryFn: () => callOrThrow('retention.get', {}) })
  const preview = useQuery({ queryKey: ['retention.preview', {}], queryFn: () => callOrThrow('retention.preview', {}) })
  return (
    <section aria-labelledby="retention">
      <Title order={2} size="h4" id="retention" mb="xs">
        {t('backup.retention.title')}
      </Title>
      <Text size="sm" mb="md" maw={720}>
        {t('backup.retention.intro')}
      </Text>
      <Stack gap="lg" maw={720}>
        {policy.data ? <RetentionForm years={policy.data.yearsAfterLeaving} /> : <QueryState query={policy} failedKey="backup.loadFailed" />}
        {preview.data ? <PreviewView preview={preview.data} /> : <QueryState query={preview} failedKey="backup.loadFailed" />}
      </Stack>
    </section>
  )
}

function RetentionForm({ years }: { years: number }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['retention.update'].input, t)
  const form = useForm<{ yearsAfterLeaving: number | string }>({
    initialValues: { yearsAfterLeaving: years },
    validate: (v) => check({ yearsAfterLeaving: v.yearsAfterLeaving === '' ? undefined : v.yearsAfterLeaving })
  })
  const send = useFormCall('retention.update', form, {
    toInput: (v) => ({ yearsAfterLeaving: Number(v.yearsAfterLeaving) }),
    // A shorter period brings more students into the preview.
    invalidate: ['retention.get', 'retention.preview'],
    onDone: () => notify(t, t('backup.retention.saved'))
  })
  return (
    <form onSubmit={send.submit} noValidate>
      <Stack gap="sm">
        <Group align="flex-end">
          <NumberInput
            label={t('backup.retention.years')}
            description={t('backup.retention.yearsHelp')}
            min={3}
            max={30}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            withAsterisk
            w={420}
            {...form.getInputProps('yearsAfterLeaving')}
          />
          <Button type="submit" loading={send.pending} mb={form.errors['yearsAfterLeaving'] ? 26 : 0}>
            {t('actions.save')}
          </Button>
        </Group>
        {send.failure && (
          <Alert color="red" role="alert" title={t('backup.failed')}>
            {send.failure}
          </Alert>
        )}
      </Stack>
    </form>
  )
}

function PreviewView({ preview }: { preview: Preview }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  const [purging, setPurging] = useState(false)
  const rows = Object.entries(preview.byTable).filter(([, n]) => n > 0)
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {t('backup.retention.previewTitle')}
      </Title>
      {preview.students === 0 ? (
        <Text size="sm">{t('backup.retention.none')}</Text>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('backup.retention.cutoff', { cutoff: format.date(preview.cutoff), count: preview.students })}</Text>
          {rows.length > 0 && <CountsTable rows={rows} />}
          <Button color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setPurging(true)}>
            {t('backup.retention.purge')}
          </Button>
        </Stack>
      )}
      {purging && <PurgeModal preview={preview} onClose={() => setPurging(false)} />}
    </div>
  )
}

/** Rows per kind of record, for the preview and the purge dialog. */
export function CountsTable({ rows }: { rows: [string, number][] }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  return (
    <Table withTableBorder w="auto" miw={320} captionSide="top">
      <Table.Caption>{t('backup.retention.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('backup.retention.table')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('backup.retention.rows')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([table, n]) => (
          <Table.Tr key={table}>
            <Table.Th scope="row" fw={400}>
              {format.table(table)}
            </Table.Th>
            <Table.Td ta="right">{n}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
