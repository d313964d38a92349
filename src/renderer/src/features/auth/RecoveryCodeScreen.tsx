import { useCallback, useState } from 'react'
import { Alert, Button, Center, Loader, Paper, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow, CallFailed } from '../../api'
import { useAppSession, useSession } from '../../app/session'
import { useIdleLock } from '../../app/useIdleLock'
import { describeError } from '../../components/forms'
import { AuthLayout } from './AuthLayout'
import { RecoveryCodeConfirm } from './RecoveryCodeConfirm'

/**
 * Shown once after setup or a recovery: the code that opens the vault when every admin password
 * is lost. Step 1 shows it; step 2 has the admin type back two groups to prove it was written down.
 */
export function RecoveryCodeScreen() {
  const { t } = useTranslation()
  const { lock } = useAppSession()
  const session = useSession()
  const [step, setStep] = useState<'show' | 'confirm'>('show')
  // A code on an unattended screen is the worst leak there is: lock like the shell does.
  useIdleLock(session.idleTimeoutMinutes, useCallback(() => void lock('idle'), [lock]))
  const code = useQuery({
    queryKey: ['auth.recoveryCode.get', {}],
    queryFn: () => callOrThrow('auth.recoveryCode.get', {}),
    // The code stays in memory only while this screen is open.
    gcTime: 0
  })

  if (code.isPending) {
    return (
      <AuthLayout title={t('auth.recoveryCode.title')}>
        <Center p="lg">
          <Loader aria-label={t('app.loading')} />
        </Center>
      </AuthLayout>
    )
  }
  if (code.isError) {
    const error = code.error instanceof CallFailed ? describeError(t, code.error.error) : t('errors.connection')
    return (
      <AuthLayout title={t('auth.recoveryCode.title')}>
        <Stack gap="md">
          <Alert color="red" variant="light" title={t('auth.recoveryCode.loadFailed')}>
            {error}
          </Alert>
          <Button variant="light" onClick={() => void code.refetch()}>
            {t('actions.retry')}
          </Button>
        </Stack>
      </AuthLayout>
    )
  }
  if (step === 'confirm') {
    return (
      <AuthLayout title={t('auth.recoveryCode.confirmTitle')} width={520}>
        <RecoveryCodeConfirm confirmGroups={code.data.confirmGroups} onShowAgain={() => setStep('show')} />
      </AuthLayout>
    )
  }
  return (
    <AuthLayout title={t('auth.recoveryCode.title')} width={560}>
      <Stack gap="md">
        <Text>{t('auth.recoveryCode.intro')}</Text>
        <Paper withBorder p="lg" radius="md" bg="var(--mantine-color-default-hover)">
          <Text size="sm" c="dimmed" mb="xs">
            {t('auth.recoveryCode.codeLabel')}
          </Text>
          <Text
            ff="monospace"
            fz={{ base: 22, sm: 28 }}
            fw={700}
            ta="center"
            style={{ letterSpacing: '0.08em', wordBreak: 'break-all', userSelect: 'text' }}
          >
            {code.data.code}
          </Text>
        </Paper>
        <Text>{t('auth.recoveryCode.writeDown')}</Text>
        <Text fw={700}>{t('auth.recoveryCode.notAgain')}</Text>
        <Button onClick={() => setStep('confirm')}>{t('auth.recoveryCode.written')}</Button>
      </Stack>
    </AuthLayout>
  )
}
