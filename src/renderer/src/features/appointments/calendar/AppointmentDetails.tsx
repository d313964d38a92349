import { Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconCalendarX, IconCheck, IconClockEdit } from '@tabler/icons-react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import { GROUP_KINDS, type AppointmentDto, type ChannelOutput } from '@shared/contract'
import { roleMayCall } from '@shared/permissions'
import { call } from '../../../api'
import { useSession } from '../../../app/session'
import { notify } from '../../../components/notify'
import { WriteNoteButton } from '../../notes/WriteNoteButton'
import { StudentLink } from '../../watch/StudentLink'
import { useWatchFormat } from '../../watch/format'
import { centreDay, centreTimeRange } from './centreClock'
import { Participants } from './Participants'
import { StatusBadge } from './StatusBadge'
import { describeRefusal, invalidateAppointments } from './useAppointmentWrite'

type Participant = ChannelOutput<'appointments.get'>['participants'][number]

interface DetailsProps {
  appointment: AppointmentDto
  /** Null until loaded (and for a busy slot, never). */
  participants: Participant[] | null
  onMove: () => void
  onCancel: () => void
}

/** Kind, time, people and place, status; and what can be done with it. */
export function AppointmentDetails({ appointment: a, participants, onMove, onCancel }: DetailsProps) {
  const { t } = useTranslation()
  const { user } = useSession()
  const format = useWatchFormat()
  const queryClient = useQueryClient()
  const attend = useMutation({
    mutationFn: () => call('appointments.attend', { id: a.id }),
    onSuccess: async (result) => {
      if (!result.ok) return notify(t, describeRefusal(t, result.error), t('calendar.failed'))
      await invalidateAppointments(queryClient)
      notify(t, t('calendar.details.attended'))
    }
  })
  const busy = a.visibility === 'busy'
  const open = !busy && a.status === 'booked'
  const rows: [string, ReactNode][] = [
    [t('calendar.details.kind'), busy ? t('calendar.busy') : t(`calendar.kinds.${a.kind}`)],
    [t('calendar.details.time'), `${format.date(centreDay(a.start))} ${centreTimeRange(a.start, a.end)}`],
    [t('calendar.details.counsellor'), a.counsellorName],
    [t('calendar.details.room'), a.roomName ?? t('calendar.remoteRoom')]
  ]
  if (!busy && a.studentId && a.studentName) {
    const linked = roleMayCall(user.role, 'students.get')
    rows.push([t('calendar.details.student'), linked ? <StudentLink id={a.studentId} name={a.studentName} /> : a.studentName])
  }
  if (a.seriesIndex !== null && a.seriesCount !== null) {
    rows.push([t('calendar.details.series'), t('calendar.details.seriesPosition', { index: a.seriesIndex, count: a.seriesCount })])
  }
  rows.push([t('calendar.details.status'), <StatusBadge key="status" appointment={a} />])

  return (
    <Stack>
      {busy && <Text>{t('calendar.details.busyNote')}</Text>}
      <Table variant="vertical" withTableBorder aria-label={t('calendar.details.title')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={120}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {a.cancelNote && <Text size="sm">{a.cancelNote}</Text>}
      {a.outsideAvailabilityReason && <Text size="sm">{t('calendar.details.override', { reason: a.outsideAvailabilityReason })}</Text>}
      {!busy && GROUP_KINDS.includes(a.kind) && participants && <Participants appointment={a} participants={participants} />}
      {open && (
        <Group>
          <Button leftSection={<IconCheck size={18} aria-hidden />} loading={attend.isPending} onClick={() => attend.mutate()}>
            {t('calendar.details.attend')}
          </Button>
          <Button variant="default" leftSection={<IconClockEdit size={18} aria-hidden />} onClick={onMove}>
            {t('calendar.details.move')}
          </Button>
          <Button variant="default" color="red" leftSection={<IconCalendarX size={18} aria-hidden />} onClick={onCancel}>
            {t('calendar.details.cancel')}
          </Button>
        </Group>
      )}
      {/* Once attended, the session's note is one step away (clinical roles only). */}
      {!busy && a.status === 'attended' && a.studentId && roleMayCall(user.role, 'notes.create') && (
        <Group>
          <WriteNoteButton appointment={a} studentId={a.studentId} />
        </Group>
      )}
    </Stack>
  )
}
