import { useCallback } from 'react'
import { Anchor, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useAppSession, useSession } from '../../app/session'
import { useIdleLock } from '../../app/useIdleLock'
import { AuthLayout } from './AuthLayout'
import { ChangePasswordForm } from './ChangePasswordForm'

/** First login with a temporary password: nothing else opens until the user picks their own. */
export function ChangePasswordScreen() {
  const { t } = useTranslation()
  const { lock, logout } = useAppSession()
  const session = useSession()
  useIdleLock(session.idleTimeoutMinutes, useCallback(() => void lock('idle'), [lock]))
  return (
    <AuthLayout title={t('auth.changePassword.title')}>
      <Stack gap="md">
        <Text>{t('auth.changePassword.intro')}</Text>
        <ChangePasswordForm />
        <Anchor component="button" type="button" size="sm" onClick={() => void logout()} style={{ alignSelf: 'flex-start' }}>
          {t('auth.changePassword.logout')}
        </Anchor>
      </Stack>
    </AuthLayout>
  )
}
