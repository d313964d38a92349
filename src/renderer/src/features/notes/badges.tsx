import { Badge } from '@mantine/core'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RiskLevel } from '@shared/contract'

const LEVEL_COLOURS: Record<RiskLevel, string> = { low: 'gray', moderate: 'yellow', high: 'orange', imminent: 'red' }

/** A risk level in words and colour (never colour alone); imminent is solid red with a warning mark. */
export function RiskBadge({ level, size = 'md' }: { level: RiskLevel | null; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation()
  if (!level) {
    return (
      <Badge variant="outline" color="gray" size={size} tt="none">
        {t('notes.noLevel')}
      </Badge>
    )
  }
  const text = t('notes.levelBadge', { level: t(`notes.levels.${level}`) })
  const urgent = level === 'imminent'
  return (
    <Badge
      variant={urgent ? 'filled' : 'light'}
      color={LEVEL_COLOURS[level]}
      size={size}
      tt="none"
      leftSection={urgent || level === 'high' ? <IconAlertTriangle size={12} aria-hidden /> : undefined}
    >
      {text}
    </Badge>
  )
}

export function NoteStatusBadge({ status }: { status: 'draft' | 'signed' }) {
  const { t } = useTranslation()
  return (
    <Badge variant="light" color={status === 'signed' ? 'teal' : 'blue'} tt="none">
      {t(`notes.statuses.${status}`)}
    </Badge>
  )
}

/** Sensitive notes carry a lock with its word, so the mark does not rest on the icon alone. */
export function SensitiveMark() {
  const { t } = useTranslation()
  return (
    <Badge variant="outline" color="grape" tt="none" leftSection={<IconLock size={12} aria-hidden />}>
      {t('notes.sensitive')}
    </Badge>
  )
}
