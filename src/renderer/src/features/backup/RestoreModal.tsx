import { useEffect, useState, type FormEvent } from 'react'
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '@shared/contract'
import { call } from '../../api'
import { useAppSession } from '../../app/session'
import { focusOrigin, returnFocus } from '../../components/focusReturn'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { useBackupFormat } from './format'

type Backup = ChannelOutput<'backup.list'>[number]

/** Whether the typed word is the confirming word (case and surrounding spaces aside). */
export const confirms = (typed: string, word: string): boolean => typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase()

/**
 * Replaces this vault with one of its backups, after the admin has read what that means and typed
 * the confirming word. On success everyone is signed out: the app goes back to the login screen.
 */
export function RestoreModal({ backup, onClose }: { backup: Backup; onClose: () => void }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  const { refresh } = useAppSession()
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const [typed, setTyped] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const word = t('backup.restore.word')
  const at = format.at(backup.createdAt)

  const restore = useMutation({
    mutationFn: () => call('backup.restore', { path: backup.path, confirmCreatedAt: backup.createdAt }),
    onSuccess: async (result) => {
      if (!result.ok) return setFailure(describeError(t, result.error))
      notify(t, t('backup.restore.done', { at: format.at(result.value.restoredFrom.createdAt), name: result.value.restoredFrom.name }))
      // The core has ended the session; the app shows the login screen.
      await refresh()
    },
    onError: () => setFailure(t('errors.connection'))
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!confirms(typed, word) || restore.isPending) return
    setFailure(null)
    restore.mutate()
  }

  return (
    <Modal opened onClose={onClose} title={t('backup.restore.title')} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Text fw={600}>{t('backup.restore.backupOf', { at })}</Text>
            <Text size="sm">{t('backup.restore.centre', { centre: backup.label })}</Text>
            <Text size="sm">{format.counts(backup.counts)}</Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('backup.restore.what')}
            </Text>
            <List size="sm" spacing={4}>
              <List.Item>{t('backup.restore.aside')}</List.Item>
              <List.Item>{t('backup.restore.signOut')}</List.Item>
              <List.Item>{t('backup.restore.lost', { at })}</List.Item>
            </List>
          </div>
          <TextInput
            label={t('backup.restore.typeLabel', { word })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {failure && (
            <Alert color="red" role="alert" title={t('backup.failed')}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!confirms(typed, word)} loading={restore.isPending}>
              {t('backup.restore.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
