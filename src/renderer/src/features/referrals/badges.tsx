import { Badge } from '@mantine/core'
import { IconClockExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ReferralStatus } from '@shared/contract'

type Urgency = 'routine' | 'urgent' | 'emergency'

/** A referral's state as words; closed is quiet, the open states tinted. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation()
  const color = status === 'closed' ? 'gray' : status === 'draft' ? 'yellow' : 'blue'
  return (
    <Badge color={color} variant="light">
      {t(`referrals.statuses.${status}`)}
    </Badge>
  )
}

/** Overdue as words and an icon, never colour alone; `due` is the date already formatted for the reader. */
export function OverdueBadge({ due }: { due?: string | null }) {
  const { t } = useTranslation()
  return (
    <Badge color="red" variant="filled" leftSection={<IconClockExclamation size={14} aria-hidden />}>
      {due ? t('referrals.overdueSince', { date: due }) : t('referrals.overdue')}
    </Badge>
  )
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation()
  const color = urgency === 'emergency' ? 'red' : urgency === 'urgent' ? 'orange' : 'gray'
  return (
    <Badge color={color} variant={urgency === 'emergency' ? 'filled' : 'light'}>
      {t(`referrals.urgencies.${urgency}`)}
    </Badge>
  )
}
