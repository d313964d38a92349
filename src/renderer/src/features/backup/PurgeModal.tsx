import { useEffect, useState, type FormEvent } from 'react'
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '@shared/contract'
import { call } from '../../api'
import { focusOrigin, returnFocus } from '../../components/focusReturn'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { useBackupFormat } from './format'
import { CountsTable } from './RetentionPanel'

type Preview = ChannelOutput<'retention.preview'>

/**
 * Destroys the records whose retention has ended. The admin types how many students go: a number
 * read off the preview, not a click through, and the core refuses if the count has changed since.
 */
export function PurgeModal({ preview, onClose }: { preview: Preview; onClose: () => void }) {
  const { t } = useTranslation()
  const format = useBackupFormat()
  const queryClient = useQueryClient()
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const [count, setCount] = useState<number | string>('')
  const [failure, setFailure] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  const matches = count === preview.students
  const rows = Object.entries(preview.byTable).filter(([, n]) => n > 0)

  const purge = useMutation({
    mutationFn: () => call('retention.purge', { confirmStudents: Number(count) }),
    onSuccess: async (result) => {
      // Whatever happened (done, or the count changed meanwhile), the preview is stale now.
      await queryClient.invalidateQueries({ queryKey: ['retention.preview'] })
      if (!result.ok) return setFailure(describeError(t, result.error))
      const done = result.value
      const destroyed = Object.values(done.byTable).reduce((sum, n) => sum + n, 0)
      notify(t, t('backup.purge.done', { count: done.students, rows: destroyed }))
      onClose()
    },
    onError: () => setFailure(t('errors.connection'))
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (!matches || purge.isPending) return
    setFailure(null)
    purge.mutate()
  }

  return (
    <Modal opened onClose={onClose} title={t('backup.purge.title')} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('backup.purge.intro', { cutoff: format.date(preview.cutoff), students: preview.students })}</Text>
          {rows.length > 0 && <CountsTable rows={rows} />}
          <Alert color="red" variant="light">
            <Text size="sm" fw={600}>
              {t('backup.purge.irreversible')}
            </Text>
            <Text size="sm">{t('backup.purge.audited')}</Text>
          </Alert>
          <NumberInput
            label={t('backup.purge.count')}
            description={t('backup.purge.countHelp', { students: preview.students })}
            value={count}
            onChange={setCount}
            allowDecimal={false}
            allowNegative={false}
            error={tried && !matches ? t('backup.purge.countMismatch', { students: preview.students }) : undefined}
            withAsterisk
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
            <Button type="submit" color="red" disabled={!matches} loading={purge.isPending}>
              {t('backup.purge.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
