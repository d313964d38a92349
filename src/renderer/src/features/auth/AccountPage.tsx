import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { ChangePasswordForm } from './ChangePasswordForm'

/** The signed-in user's own account: who they are, and their password. */
export function AccountPage() {
  const { t } = useTranslation()
  const { user } = useSession()
  const details: [string, string][] = [
    [t('auth.account.displayName'), user.displayName],
    [t('auth.account.username'), user.username],
    [t('auth.account.role'), t(`roles.${user.role}`)]
  ]
  return (
    <Stack gap="lg" maw={560}>
      <PageTitle>{t('auth.account.title')}</PageTitle>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-profile">
        <Title order={2} size="h4" id="account-profile" mb="sm">
          {t('auth.account.profile')}
        </Title>
        <SimpleGrid component="dl" cols={2} spacing="xs" verticalSpacing="xs" style={{ gridTemplateColumns: 'max-content 1fr', margin: 0 }}>
          {details.map(([label, value]) => [
            <Text key={`${label}-dt`} component="dt" c="dimmed">
              {label}
            </Text>,
            <Text key={`${label}-dd`} component="dd" m={0}>
              {value}
            </Text>
          ])}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-password">
        <Title order={2} size="h4" id="account-password" mb="xs">
          {t('auth.account.changePassword')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('auth.account.changePasswordIntro')}
        </Text>
        <ChangePasswordForm />
      </Paper>
    </Stack>
  )
}
