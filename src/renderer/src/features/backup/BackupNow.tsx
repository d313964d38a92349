import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconDatabaseExport } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '@shared/contract'
import { call, callOrThrow } from '../../api'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { BackupAlert } from './BackupAlert'
import { useBackupFormat } from './format'

type Settings = ChannelOutput<'backup.settings.get'>

/** The state of the backups (last success, next scheduled, any failure) and the "back up now" button. */
export function BackupNow({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  const queryClient = useQueryClient()
  const status = useQuery({ queryKey: ['backup.status', {}], queryFn: () => callOrThrow('backup.status', {}) })
  const create = useMutation({
    mutationFn: () => call('backup.create', {}),
    onSuccess: async (result) => {
      // A failure is recorded too (the dashboard shows it), so the status changes either way.
      await Promise.all(['backup.status', 'backup.list'].map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
      if (!result.ok) return notify(t, describeError(t, result.error), t('backup.now.failed'))
      const { backup, removed } = result.value
      notify(
        t,
        removed.length > 0
          ? t('backup.now.doneRemoved', { name: backup.name, keep: settings.keep, count: removed.length })
          : t('backup.now.done', { name: backup.name, keep: settings.keep })
      )
    },
    onError: () => notify(t, t('errors.connection'), t('backup.now.failed'))
  })
  const s = status.data

  return (
    <section aria-labelledby="backup-now">
      <Title order={2} size="h4" id="backup-now" mb="xs">
        {t('backup.now.title')}
      </Title>
      <Stack gap="sm" maw={720}>
        {/* Says so when no folder is set yet, which is why the button below is disabled then. */}
        <BackupAlert inSettings />
        {s && (
          <div>
            <Text size="sm">
              {s.lastSuccessAt ? t('backup.now.lastSuccess', { at: format.at(s.lastSuccessAt), name: s.lastSuccessName ?? '' }) : t('backup.now.never')}
            </Text>
            {s.nextAt && <Text size="sm">{t('backup.now.next', { at: format.at(s.nextAt) })}</Text>}
          </div>
        )}
        <Group>
          <Button
            leftSection={<IconDatabaseExport size={18} aria-hidden />}
            loading={create.isPending}
            disabled={!settings.folder}
            onClick={() => create.mutate()}
          >
            {t('backup.now.create')}
          </Button>
          {/* Read out while the button spins, so a screen reader knows the wait is work, not a hang. */}
          <Text size="sm" role="status">
            {create.isPending ? t('backup.now.creating') : ''}
          </Text>
        </Group>
      </Stack>
    </section>
  )
}
