import { Badge } from '@mantine/core'
import { IconCalendarTime, IconCheck, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'

const ICONS = { booked: IconCalendarTime, attended: IconCheck, cancelled: IconX }
const COLOURS = { booked: 'blue', attended: 'green', cancelled: 'gray' }

/** The status as a word with a mark; a cancellation says why. */
export function StatusBadge({ appointment: a }: { appointment: AppointmentDto }) {
  const { t } = useTranslation()
  const Icon = ICONS[a.status]
  const reason = a.status === 'cancelled' && a.cancelReason ? ` · ${t(`calendar.cancelReasons.${a.cancelReason}`)}` : ''
  return (
    <Badge variant="light" color={COLOURS[a.status]} leftSection={<Icon size={12} aria-hidden />} tt="none">
      {t(`calendar.statuses.${a.status}`)}
      {reason}
    </Badge>
  )
}
