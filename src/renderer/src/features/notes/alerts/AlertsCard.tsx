import { useState } from 'react'
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AlertDto } from '@shared/contract'
import { callOrThrow } from '../../../api'
import { QueryState } from '../../../components/QueryState'
import { AlertItem } from './AlertItem'
import { ResolvedAlerts } from './ResolvedAlerts'
import { ResolveAlertModal } from './ResolveAlertModal'

const INPUT = { includeResolvedDays: 7 }
/** A second counsellor must see a new alert without reloading the page. */
const POLL_MS = 60_000

/**
 * The home page's crisis alerts: every open alert as a red card until someone records what was
 * done, then the last week's closed ones, folded away.
 */
export function AlertsCard() {
  const { t } = useTranslation()
  const [resolving, setResolving] = useState<AlertDto | null>(null)
  const alerts = useQuery({
    queryKey: ['alerts.list', INPUT],
    queryFn: () => callOrThrow('alerts.list', INPUT),
    refetchInterval: POLL_MS,
    // A counsellor busy in another window still finds the new alert when they come back.
    refetchIntervalInBackground: true
  })
  const open = alerts.data?.filter((a) => a.resolvedAt === null) ?? []
  const resolved = alerts.data?.filter((a) => a.resolvedAt !== null) ?? []
  const urgent = open.length > 0

  return (
    <Paper
      component="section"
      aria-labelledby="home-alerts"
      withBorder
      p="md"
      style={urgent ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconAlertTriangle size={22} aria-hidden color={urgent ? 'var(--mantine-color-red-9)' : undefined} />
          <Title order={2} size="h4" id="home-alerts">
            {t('alerts.card.title')}
          </Title>
        </Group>
        {/* A live region: a new alert found by polling is announced, not only drawn. */}
        <div role="status">
          {alerts.data && (
            <Badge color={urgent ? 'red' : 'gray'} variant={urgent ? 'filled' : 'light'} size="lg">
              {t('alerts.card.openCount', { count: open.length })}
            </Badge>
          )}
        </div>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('alerts.card.intro')}
      </Text>
      <QueryState query={alerts} failedKey="alerts.card.loadFailed" />
      {alerts.data && (
        <Stack gap="sm">
          {urgent ? (
            <Stack component="ul" aria-label={t('alerts.card.listLabel')} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {open.map((alert) => (
                <li key={alert.id}>
                  <AlertItem alert={alert} onResolve={() => setResolving(alert)} />
                </li>
              ))}
            </Stack>
          ) : (
            <Text>{t('alerts.card.none')}</Text>
          )}
          <ResolvedAlerts alerts={resolved} />
        </Stack>
      )}
      {resolving && <ResolveAlertModal alert={resolving} onClose={() => setResolving(null)} />}
    </Paper>
  )
}
