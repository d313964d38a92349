import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { BrokenScreen } from '../features/auth/BrokenScreen'
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen'
import { LoginScreen } from '../features/auth/LoginScreen'
import { RecoveryCodeScreen } from '../features/auth/RecoveryCodeScreen'
import { SetupScreen } from '../features/auth/SetupScreen'
import { useAppSession } from './session'
import { Shell } from './Shell'

/** The first screen follows the vault: setup, broken, locked, or the app itself. */
export function App() {
  const { t } = useTranslation()
  const { status } = useAppSession()
  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  switch (status.state) {
    case 'setup':
      return <SetupScreen />
    case 'broken':
      return <BrokenScreen />
    case 'locked':
      return <LoginScreen />
    case 'unlocked':
      if (!status.session) return <LoginScreen />
      if (status.session.mustChangePassword) return <ChangePasswordScreen />
      if (status.session.recoveryPending) return <RecoveryCodeScreen />
      return <Shell />
  }
}
