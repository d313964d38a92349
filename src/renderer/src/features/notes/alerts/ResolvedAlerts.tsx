import { Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AlertDto } from '@shared/contract'
import { StudentLink } from '../../watch/StudentLink'
import { useMoment } from './format'
import { RiskLevelBadge } from './RiskLevelBadge'

const LIST_ID = 'alerts-resolved'

/** Alerts closed in the last 7 days, folded away: who handled each and what they did. */
export function ResolvedAlerts({ alerts }: { alerts: AlertDto[] }) {
  const { t } = useTranslation()
  const moment = useMoment()
  const [opened, { toggle }] = useDisclosure(false)
  if (alerts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('alerts.resolved.none')}
      </Text>
    )
  }
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-md"
        px={0}
        aria-expanded={opened}
        aria-controls={LIST_ID}
        leftSection={opened ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
        onClick={toggle}
      >
        {opened ? t('alerts.resolved.hide') : t('alerts.resolved.show', { count: alerts.length })}
      </Button>
      <Collapse expanded={opened} id={LIST_ID}>
        <Stack component="ul" aria-label={t('alerts.resolved.listLabel')} gap="xs" p={0} mt="xs" mb={0} style={{ listStyle: 'none' }}>
          {alerts.map((alert) => (
            <Paper component="li" key={alert.id} withBorder p="sm">
              <Group gap="xs">
                <StudentLink id={alert.studentId} name={alert.studentName} />
                <RiskLevelBadge level={alert.level} size="sm" />
                <Text size="sm">{t(`alerts.card.sources.${alert.source}`)}</Text>
              </Group>
              <Text size="sm">
                {t('alerts.resolved.by', {
                  when: alert.resolvedAt ? moment(alert.resolvedAt) : '',
                  name: alert.resolvedByName ?? t('alerts.resolved.unknownUser')
                })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('alerts.resolved.action', { action: alert.action ?? '' })}
              </Text>
            </Paper>
          ))}
        </Stack>
      </Collapse>
    </div>
  )
}
