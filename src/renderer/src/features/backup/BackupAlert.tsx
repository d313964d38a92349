import { Alert, Anchor, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconClockExclamation, IconFolderQuestion } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow } from '../../api'
import { useSession } from '../../app/session'
import { useBackupFormat } from './format'

/** Light alerts keep AA contrast; a thick red edge makes the failure hard to overlook. */
const LOUD = { borderLeft: '6px solid var(--mantine-color-red-9)' }

/** The settings tab that holds the backup screen (SettingsPage reads it from the address). */
export const BACKUP_SETTINGS_PATH = '/settings?tab=backup'

/**
 * What is wrong with the backups, loudly: a failed last attempt (red, until a backup succeeds),
 * none for more than a day (orange), or, for an administrator, no folder set at all. Nothing when
 * all is well. `inSettings`: shown on the backup tab itself, so without the link to it.
 */
export function BackupAlert({ inSettings = false }: { inSettings?: boolean }) {
  const { t } = useTranslation()
  const role = useSession().user.role
  const format = useBackupFormat()
  const status = useQuery({ queryKey: ['backup.status', {}], queryFn: () => callOrThrow('backup.status', {}) })
  const admin = roleMayCall(role, 'backup.settings.update')
  const s = status.data
  if (!s) return null

  const next = admin ? (
    inSettings ? null : (
      // The alert's own text colour: the theme's link teal is too faint on a tinted alert.
      <Anchor component={Link} to={BACKUP_SETTINGS_PATH} fw={600} c="inherit" underline="always" size="sm">
        {t('backup.alert.openSettings')}
      </Anchor>
    )
  ) : (
    <Text span fw={600}>
      {t('backup.alert.tellAdmin')}
    </Text>
  )

  const alerts = []
  if (s.lastFailure) {
    alerts.push(
      <Alert key="failed" color="red" variant="light" role="alert" style={LOUD} icon={<IconAlertTriangle aria-hidden />} title={t('backup.alert.failedTitle')}>
        <Text size="sm">{t('backup.alert.failed', { message: format.problem(s.lastFailure.problem), at: format.at(s.lastFailure.at) })}</Text>
        {next}
      </Alert>
    )
  } else if (s.overdue) {
    alerts.push(
      <Alert key="overdue" color="orange" variant="light" role="alert" icon={<IconClockExclamation aria-hidden />} title={t('backup.alert.overdueTitle')}>
        <Text size="sm">{s.lastSuccessAt ? t('backup.alert.overdue', { at: format.at(s.lastSuccessAt) }) : t('backup.alert.overdueNever')}</Text>
        {next}
      </Alert>
    )
  }
  if (!s.configured && admin) {
    alerts.push(
      <Alert key="unset" color="orange" variant="light" icon={<IconFolderQuestion aria-hidden />} title={t('backup.alert.notConfiguredTitle')}>
        <Text size="sm">{t('backup.alert.notConfigured')}</Text>
        {inSettings ? <Text size="sm">{t('backup.alert.setBelow')}</Text> : next}
      </Alert>
    )
  }
  return alerts.length > 0 ? <Stack gap="sm">{alerts}</Stack> : null
}
