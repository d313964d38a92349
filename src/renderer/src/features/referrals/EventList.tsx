import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReferralDto, ReferralEventDto } from '@shared/contract'
import { useWatchFormat } from '../watch/format'

/** The steps, steps back and contacts of a referral, oldest first, each dated and signed. */
export function EventList({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation()
  if (referral.events.length === 0) return <Text c="dimmed">{t('referrals.track.none')}</Text>
  return (
    <Stack component="ol" aria-label={t('referrals.track.timelineLabel')} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {referral.events.map((event) => (
        <li key={event.id}>
          <EventItem event={event} />
        </li>
      ))}
    </Stack>
  )
}

function EventItem({ event }: { event: ReferralEventDto }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const status = event.status ? t(`referrals.statuses.${event.status}`) : ''
  const headline =
    event.kind === 'contact'
      ? t('referrals.track.contact', {
          with: event.contactWith ? t(`referrals.contactWith.${event.contactWith}`) : '',
          channel: event.contactChannel ? t(`referrals.contactChannels.${event.contactChannel}`) : ''
        })
      : t(event.kind === 'back' ? 'referrals.track.back' : 'referrals.track.step', { status })
  const details = Object.entries(event.details).filter(([, value]) => value !== '')
  return (
    <div style={{ borderLeft: '3px solid var(--mantine-color-blue-6)', paddingLeft: 'var(--mantine-spacing-sm)' }}>
      <Text fw={600}>
        {format.date(event.date)} · {headline}
      </Text>
      {details.map(([key, value]) => (
        <Text key={key} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('referrals.labelled', { label: t(`referrals.step.details.${key}`, { defaultValue: key }), value: key === 'until' ? format.date(value) : value })}
        </Text>
      ))}
      {event.reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {event.kind === 'contact' ? event.reason : t('referrals.track.reason', { reason: event.reason })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('referrals.track.by', { name: event.byName ?? t('referrals.unknownUser') })} · {format.time(event.recordedAt)}
      </Text>
    </div>
  )
}
