import { Badge } from '@mantine/core'
import { IconAlertOctagon, IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RiskLevel } from '@shared/contract'

/**
 * A risk level as words, icon and colour together (never colour alone): imminent is solid red,
 * high tinted red, the lower levels quiet, so the levels that raise alerts stand out in any list.
 */
export function RiskLevelBadge({ level, size = 'md' }: { level: RiskLevel; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation()
  const label = t('alerts.levelLabel', { level: t(`alerts.levels.${level}`) })
  if (level === 'imminent') {
    return (
      <Badge color="red" variant="filled" size={size} leftSection={<IconAlertOctagon size={14} aria-hidden />}>
        {label}
      </Badge>
    )
  }
  if (level === 'high') {
    return (
      <Badge color="red" variant="light" size={size} leftSection={<IconAlertTriangle size={14} aria-hidden />}>
        {label}
      </Badge>
    )
  }
  return (
    <Badge color={level === 'moderate' ? 'orange' : 'gray'} variant="light" size={size}>
      {label}
    </Badge>
  )
}
