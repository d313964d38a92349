import { Badge } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { WAITLIST_URGENCIES } from '@shared/contract'

type Urgency = (typeof WAITLIST_URGENCIES)[number]

/** Urgency in words and colour together (never colour alone); urgent stands out in any list. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation()
  const label = t(`desk.urgencies.${urgency}`)
  if (urgency === 'urgent') {
    return (
      <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
        {label}
      </Badge>
    )
  }
  return (
    <Badge color={urgency === 'soon' ? 'orange' : 'gray'} variant="light">
      {label}
    </Badge>
  )
}
