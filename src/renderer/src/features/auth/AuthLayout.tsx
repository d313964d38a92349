import type { ReactNode } from 'react'
import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useAppSession } from '../../app/session'
import { LanguageSwitch } from './LanguageSwitch'

/**
 * The frame of every screen shown outside the shell (setup, login, recovery, broken vault):
 * one <main>, the app and centre name, the language switch, and a card whose title is the page's h1.
 */
export function AuthLayout({ title, children, width = 460 }: { title: string; children: ReactNode; width?: number }) {
  const { t } = useTranslation()
  const { status } = useAppSession()
  const centreName = status?.centreName ?? null
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack w="100%" maw={width} gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Box>
            <Text fw={700} fz="xl">
              {t('app.name')}
            </Text>
            {centreName ? (
              <Text c="dimmed" size="sm">
                {centreName}
              </Text>
            ) : null}
          </Box>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <PageTitle>{title}</PageTitle>
          {children}
        </Paper>
      </Stack>
    </Center>
  )
}
