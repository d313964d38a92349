import { Badge, Tooltip, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export type HiddenWhy = 'primary' | 'secondary'

/**
 * A number the report does not publish, and why: "<k" (too few people) or "隐藏" (hidden so that
 * it cannot be worked out from the totals). Words and colour together; a screen reader hears the
 * reason instead of the symbol, which it would read as "less than".
 */
export function HiddenMark({ why, k }: { why: HiddenWhy; k: number }) {
  const { t } = useTranslation()
  const shown = why === 'primary' ? t('stats.hidden.primary', { k }) : t('stats.hidden.secondary')
  const reason = t(why === 'primary' ? 'stats.hidden.primaryWhy' : 'stats.hidden.secondaryWhy', { k })
  return (
    <Tooltip label={reason} withArrow>
      <Badge color={why === 'primary' ? 'orange' : 'gray'} variant="light" tt="none" style={{ minWidth: 'max-content' }} data-hidden-why={why}>
        <span aria-hidden>{shown}</span>
        <VisuallyHidden>{reason}</VisuallyHidden>
      </Badge>
    </Tooltip>
  )
}
