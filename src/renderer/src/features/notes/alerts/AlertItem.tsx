import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconClipboardCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AlertDto } from '@shared/contract'
import { screeningPath } from '../../screening/paths'
import { StudentLink } from '../../watch/StudentLink'
import { TierBadge } from '../../watch/TierBadge'
import { notePath, useMoment } from './format'
import { RiskLevelBadge } from './RiskLevelBadge'

/** One open alert: who, how grave, where from, since when, and the button that closes it. */
export function AlertItem({ alert, onResolve }: { alert: AlertDto; onResolve: () => void }) {
  const { t } = useTranslation()
  const moment = useMoment()
  const when = moment(alert.raisedAt)

  return (
    <Paper
      component="article"
      aria-label={t('alerts.card.itemLabel', { name: alert.studentName })}
      withBorder
      p="md"
      // A thick red edge: an alert must not pass for an ordinary card.
      style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2, borderLeftWidth: 8 }}
    >
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <Group gap="xs" align="baseline">
            <Title order={3} size="h5">
              <StudentLink id={alert.studentId} name={alert.studentName} />
            </Title>
            <Text size="sm">{t('alerts.card.studentNo', { studentNo: alert.studentNo })}</Text>
          </Group>
          <Group gap="xs">
            <RiskLevelBadge level={alert.level} />
            <Text size="sm">{t(`alerts.card.sources.${alert.source}`)}</Text>
            {alert.source === 'note' && (
              <Anchor component={Link} to={notePath(alert.studentId, alert.sourceId)} size="sm">
                {t('alerts.card.openSource')}
              </Anchor>
            )}
            {alert.source === 'screening' && (
              <Anchor component={Link} to={screeningPath(alert.studentId, alert.sourceId)} size="sm">
                {t('screening.card.fromAlert')}
              </Anchor>
            )}
          </Group>
          <Text size="sm">
            {alert.raisedByName ? t('alerts.card.raised', { when, name: alert.raisedByName }) : t('alerts.card.raisedBySystem', { when })}
          </Text>
          <Group gap="xs">
            <Text size="sm">{t('alerts.card.tier')}</Text>
            <TierBadge tier={alert.tier} size="sm" />
          </Group>
        </Stack>
        <Button
          color="red"
          leftSection={<IconClipboardCheck size={18} aria-hidden />}
          aria-label={t('alerts.card.resolveFor', { name: alert.studentName })}
          onClick={onResolve}
        >
          {t('alerts.card.resolve')}
        </Button>
      </Group>
    </Paper>
  )
}
