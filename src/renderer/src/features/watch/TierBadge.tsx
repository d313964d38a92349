import { Badge } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Tier } from '@shared/contract'

/**
 * A tier as text and colour together (never colour alone). Crisis is solid red with a warning
 * icon so it stands out in any list; the other tiers use tinted badges whose text passes AA.
 */
export function TierBadge({ tier, short = false, size = 'md' }: { tier: Tier | null; short?: boolean; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation()
  if (!tier) {
    return (
      <Badge color="gray" variant="outline" size={size}>
        {t('watch.notWatched')}
      </Badge>
    )
  }
  const label = t(short ? `watch.tiersShort.${tier}` : `watch.tiers.${tier}`)
  if (tier === 'crisis') {
    return (
      <Badge color="red" variant="filled" size={size} leftSection={<IconAlertTriangle size={14} aria-hidden />}>
        {label}
      </Badge>
    )
  }
  return (
    <Badge color={tier === 'serious' ? 'orange' : 'blue'} variant="light" size={size}>
      {label}
    </Badge>
  )
}
