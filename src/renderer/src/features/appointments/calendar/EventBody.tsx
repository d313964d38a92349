import { IconCheck, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'
import { appointmentWho } from './appearance'
import { centreTimeRange } from './centreClock'

/**
 * What an appointment's button says. The status is a word and a mark, never colour alone:
 * cancelled ones are struck through and say so, attended ones carry a check and say so.
 */
export function EventBody({ appointment: a }: { appointment: AppointmentDto }) {
  const { t } = useTranslation()
  const time = centreTimeRange(a.start, a.end)
  if (a.visibility === 'busy') {
    return (
      <span style={{ display: 'block', lineHeight: 1.3 }}>
        <span style={{ display: 'block', fontWeight: 600 }}>{t('calendar.busy')}</span>
        <span style={{ display: 'block' }}>{time}</span>
      </span>
    )
  }
  const cancelled = a.status === 'cancelled'
  return (
    <span style={{ display: 'block', lineHeight: 1.3 }}>
      <span style={{ display: 'block', fontWeight: 600, textDecoration: cancelled ? 'line-through' : undefined }}>
        {t(`calendar.kinds.${a.kind}`)} {appointmentWho(t, a)}
      </span>
      <span style={{ display: 'block', textDecoration: cancelled ? 'line-through' : undefined }}>{time}</span>
      {a.status !== 'booked' && (
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 2, fontWeight: 600 }}>
          {cancelled ? <IconX size={12} aria-hidden /> : <IconCheck size={12} aria-hidden />}
          {t(`calendar.statuses.${a.status}`)}
        </span>
      )}
    </span>
  )
}
