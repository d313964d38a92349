import { Button, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto, ChannelOutput } from '@shared/contract'
import { useWatchFormat } from '../../watch/format'
import { appointmentWho } from './appearance'
import { centreDay, centreTimeRange, daysOf } from './centreClock'
import { StatusBadge } from './StatusBadge'

interface ListProps {
  from: string
  to: string
  data: ChannelOutput<'appointments.calendar'>
  /** Names of the counsellors whose available hours are listed. */
  staffNames: Map<string, string>
  onOpen: (appointment: AppointmentDto) => void
}

/**
 * The same appointments as the schedule, as one table per day: what a screen reader reads best,
 * and everything the schedule does is reachable from here (details → attend, move, cancel).
 */
export function AppointmentList({ from, to, data, staffNames, onOpen }: ListProps) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const byStart = [...data.appointments].sort((a, b) => a.start.localeCompare(b.start))
  return (
    <Stack gap="lg">
      {daysOf(from, to).map((day) => {
        const rows = byStart.filter((a) => centreDay(a.start) === day)
        const hours = hoursOn(day, data.available, staffNames)
        const headingId = `calendar-day-${day}`
        return (
          <section key={day} aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId} mb={4}>
              {format.date(day)}
            </Title>
            {hours.length > 0 && (
              <Text size="sm" mb="xs">
                {t('calendar.list.available', { intervals: hours.join('; ') })}
              </Text>
            )}
            {rows.length === 0 ? (
              <Text>{t('calendar.list.empty')}</Text>
            ) : (
              <Table striped highlightOnHover>
                <Table.Caption>{t('calendar.list.caption', { date: format.date(day) })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('calendar.list.time')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.list.kind')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.list.student')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.list.counsellor')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.list.room')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.list.status')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.list.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((a) => {
                    const time = centreTimeRange(a.start, a.end)
                    const kind = a.visibility === 'busy' ? t('calendar.busy') : t(`calendar.kinds.${a.kind}`)
                    return (
                      <Table.Tr key={a.id}>
                        <Table.Th scope="row" fw={500}>
                          {time}
                        </Table.Th>
                        <Table.Td>{kind}</Table.Td>
                        <Table.Td>{a.visibility === 'busy' ? '' : appointmentWho(t, a)}</Table.Td>
                        <Table.Td>{a.counsellorName}</Table.Td>
                        <Table.Td>{a.roomName ?? t('calendar.remoteRoom')}</Table.Td>
                        <Table.Td>
                          <StatusBadge appointment={a} />
                        </Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="default" aria-label={t('calendar.list.detailsOf', { time, kind })} onClick={() => onOpen(a)}>
                            {t('calendar.list.details')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    )
                  })}
                </Table.Tbody>
              </Table>
            )}
          </section>
        )
      })}
    </Stack>
  )
}

/** "王老师 09:00–12:00, 14:00–17:00" per counsellor available that day. */
function hoursOn(day: string, available: ChannelOutput<'appointments.calendar'>['available'], names: Map<string, string>): string[] {
  const byUser = new Map<string, string[]>()
  for (const slot of available) {
    if (centreDay(slot.start) !== day) continue
    const list = byUser.get(slot.userId) ?? []
    list.push(centreTimeRange(slot.start, slot.end))
    byUser.set(slot.userId, list)
  }
  return [...byUser].map(([userId, ranges]) => `${names.get(userId) ?? ''} ${ranges.join(', ')}`.trim())
}
