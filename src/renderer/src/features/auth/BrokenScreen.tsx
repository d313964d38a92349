import { useState } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useAppSession } from '../../app/session'
import { FreshRestoreScreen } from '../backup/FreshRestore'
import { AuthLayout } from './AuthLayout'

/** The vault or the database cannot be opened: say why, that nothing was touched, and what to restore. */
export function BrokenScreen() {
  const { t } = useTranslation()
  const { status, refresh } = useAppSession()
  const [retrying, setRetrying] = useState(false)
  const [restoring, setRestoring] = useState(false)
  const problem = status?.problem ? t(status.problem.messageKey, { defaultValue: t('errors.internal') }) : t('errors.internal')

  const retry = async () => {
    setRetrying(true)
    try {
      await refresh()
    } finally {
      setRetrying(false)
    }
  }

  // The unreadable files are kept aside by the core, never deleted.
  if (restoring) return <FreshRestoreScreen replaceUnreadable onBack={() => setRestoring(false)} />
  return (
    <AuthLayout title={t('auth.broken.title')} width={560}>
      <Stack gap="md">
        <Alert color="red" variant="light">
          {problem}
        </Alert>
        <Text>{t('auth.broken.untouched')}</Text>
        <Text>{t('auth.broken.restore')}</Text>
        <Group>
          <Button onClick={() => void retry()} loading={retrying}>
            {t('auth.broken.retry')}
          </Button>
          <Button variant="default" onClick={() => setRestoring(true)}>
            {t('backup.fresh.brokenEntry')}
          </Button>
        </Group>
      </Stack>
    </AuthLayout>
  )
}
