import { useState } from 'react'
import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core'
import { IconRestore, IconShieldCheck } from '@tabler/icons-react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '@shared/contract'
import { call, callOrThrow } from '../../api'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { QueryState } from '../../components/QueryState'
import { useBackupFormat } from './format'
import { RestoreModal } from './RestoreModal'

type Backup = ChannelOutput<'backup.list'>[number]
type Verification = ChannelOutput<'backup.verify'>

/** The backups in the settings' folder, newest first: what each holds, verify, restore. */
export function BackupList({ folder }: { folder: string }) {
  const { t } = useTranslation()
  const list = useQuery({ queryKey: ['backup.list', {}], queryFn: () => callOrThrow('backup.list', {}) })
  const [restoring, setRestoring] = useState<Backup | null>(null)

  return (
    <section aria-labelledby="backup-list">
      <Title order={2} size="h4" id="backup-list" mb="xs">
        {t('backup.list.title')}
      </Title>
      {!list.data && <QueryState query={list} failedKey="backup.loadFailed" />}
      {list.data?.length === 0 && <Text size="sm">{t('backup.list.none')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="xs" captionSide="top">
            <Table.Caption ta="left">{t('backup.list.caption', { folder })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('backup.list.time')}</Table.Th>
                <Table.Th scope="col">{t('backup.list.centre')}</Table.Th>
                <Table.Th scope="col">{t('backup.list.contents')}</Table.Th>
                <Table.Th scope="col">{t('backup.list.size')}</Table.Th>
                <Table.Th scope="col">{t('backup.list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((backup) => (
                <BackupRow key={backup.path} backup={backup} onRestore={() => setRestoring(backup)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {restoring && <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />}
    </section>
  )
}

function BackupRow({ backup, onRestore }: { backup: Backup; onRestore: () => void }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  const [verified, setVerified] = useState<Verification | null>(null)
  const verify = useMutation({
    mutationFn: () => call('backup.verify', { path: backup.path }),
    onSuccess: (result) => {
      if (!result.ok) return notify(t, describeError(t, result.error), t('backup.failed'))
      // Shown (and read out) beside the backup itself, not as a notice far from it.
      setVerified(result.value)
    },
    onError: () => notify(t, t('errors.connection'), t('backup.failed'))
  })
  const readable = backup.problem === null
  const restorable = readable && backup.ours

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {readable ? <time dateTime={backup.createdAt}>{format.at(backup.createdAt)}</time> : t('backup.list.unreadable')}
        <Text size="xs" c="dimmed">
          {backup.name}
        </Text>
      </Table.Th>
      <Table.Td>
        {backup.label}
        {readable && (
          <Text size="xs" c="dimmed">
            {t('backup.list.version')} {backup.appVersion}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {backup.problem ? (
          <Text size="sm" c="var(--mantine-color-error)">
            {format.problem(backup.problem)}
          </Text>
        ) : (
          <Stack gap={2}>
            <Text size="sm">{format.counts(backup.counts)}</Text>
            {!backup.ours && (
              <Text size="xs" c="var(--mantine-color-error)">
                {t('backup.list.notOurs')}
              </Text>
            )}
          </Stack>
        )}
        <VerifyResult name={backup.name} result={verified} />
      </Table.Td>
      <Table.Td>{readable ? format.bytes(backup.bytes) : ''}</Table.Td>
      <Table.Td>
        {readable && (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconShieldCheck size={14} aria-hidden />}
              aria-label={t('backup.list.verifyLabel', { name: backup.name })}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('backup.list.verify')}
            </Button>
            {restorable && (
              <Button
                size="xs"
                color="red"
                variant="light"
                leftSection={<IconRestore size={14} aria-hidden />}
                aria-label={t('backup.list.restoreLabel', { name: backup.name })}
                onClick={onRestore}
              >
                {t('backup.list.restore')}
              </Button>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

/**
 * The outcome of a verify, beside the backup it is about. The status region is there before any
 * result, so a screen reader reads the result out when it arrives; problems are an alert.
 */
function VerifyResult({ name, result }: { name: string; result: Verification | null }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  return (
    <>
      <Text size="sm" fw={600} c="teal.9" role="status" mt={result?.ok ? 4 : 0}>
        {result?.ok ? t('backup.list.verifyOk') : ''}
      </Text>
      {result && !result.ok && (
        <div role="alert">
          <Text size="sm" fw={600} c="var(--mantine-color-error)" mt={4}>
            {t('backup.list.verifyFailed', { name })}
          </Text>
          <List size="sm" c="var(--mantine-color-error)">
            {result.problems.map((p, i) => (
              <List.Item key={i}>{format.problem(p)}</List.Item>
            ))}
          </List>
        </div>
      )}
    </>
  )
}
