import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppSession } from '../../app/session'
import { AuthLayout } from './AuthLayout'
import { LoginForm } from './LoginForm'
import { RecoverForm } from './RecoverForm'

/**
 * The lock screen. After a lock it unlocks the same user (their name is kept by the session);
 * after a logout or a restart anyone can log in. "Forgot password" leads to the recovery form.
 */
export function LoginScreen() {
  const { t } = useTranslation()
  const { lastUsername } = useAppSession()
  const [view, setView] = useState<'login' | 'recover'>('login')
  const [unlockUser, setUnlockUser] = useState<string | null>(lastUsername)

  if (view === 'recover') {
    return (
      <AuthLayout title={t('auth.recover.title')}>
        <RecoverForm onBack={() => setView('login')} />
      </AuthLayout>
    )
  }
  return (
    <AuthLayout title={unlockUser ? t('auth.login.lockedTitle') : t('auth.login.title')}>
      <LoginForm unlockUser={unlockUser} onSwitchUser={() => setUnlockUser(null)} onForgot={() => setView('recover')} />
    </AuthLayout>
  )
}
