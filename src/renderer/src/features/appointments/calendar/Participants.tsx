import { useState } from 'react'
import { Alert, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core'
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto, ChannelInput, ChannelOutput } from '@shared/contract'
import { call } from '../../../api'
import { notify } from '../../../components/notify'
import { StudentPicker } from './StudentPicker'
import { describeRefusal, invalidateAppointments } from './useAppointmentWrite'

type Participant = ChannelOutput<'appointments.get'>['participants'][number]
type Change =
  | { channel: 'appointments.participant.add'; input: ChannelInput<'appointments.participant.add'> }
  | { channel: 'appointments.participant.remove'; input: ChannelInput<'appointments.participant.remove'> }

/** A group or open-day session's people: students from the roster and anonymous visitors (counted). */
export function Participants({ appointment: a, participants }: { appointment: AppointmentDto; participants: Participant[] }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [studentId, setStudentId] = useState<string | null>(null)
  const [visitors, setVisitors] = useState<number | string>(1)
  const [failure, setFailure] = useState<string | null>(null)
  const change = useMutation({
    mutationFn: (c: Change) => (c.channel === 'appointments.participant.add' ? call(c.channel, c.input) : call(c.channel, c.input)),
    onSuccess: async (result, c) => {
      if (!result.ok) return setFailure(describeRefusal(t, result.error))
      setFailure(null)
      queryClient.setQueryData(['appointments.get', { id: a.id }], result.value)
      await invalidateAppointments(queryClient)
      if (c.channel === 'appointments.participant.add') setStudentId(null)
      notify(t, t(c.channel === 'appointments.participant.add' ? 'calendar.participants.added' : 'calendar.participants.removed'))
    }
  })
  const add = (input: Omit<ChannelInput<'appointments.participant.add'>, 'appointmentId'>) =>
    change.mutate({ channel: 'appointments.participant.add', input: { appointmentId: a.id, ...input } })
  const open = a.status === 'booked'

  return (
    <Stack component="section" aria-labelledby="participants-title" gap="xs">
      <Title order={3} size="h5" id="participants-title">
        {t('calendar.participants.title')}
      </Title>
      <Text>{t('calendar.participants.capacity', { count: a.participantCount, capacity: a.capacity ?? 0 })}</Text>
      {participants.length === 0 ? (
        <Text>{t('calendar.participants.empty')}</Text>
      ) : (
        <Table>
          <Table.Caption>{t('calendar.participants.caption')}</Table.Caption>
          <Table.Tbody>
            {participants.map((p) => {
              const name = p.studentName ?? t('calendar.participants.anonymous', { count: p.anonymousCount })
              return (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw={400}>
                    {name}
                  </Table.Th>
                  <Table.Td>
                    {open && (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconUserMinus size={14} aria-hidden />}
                        aria-label={t('calendar.participants.removeOf', { name })}
                        onClick={() => change.mutate({ channel: 'appointments.participant.remove', input: { participantId: p.id } })}
                      >
                        {t('calendar.participants.remove')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <Group align="flex-end" gap="sm">
          <StudentPicker label={t('calendar.participants.addStudent')} value={studentId} onChange={setStudentId} />
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            disabled={!studentId}
            loading={change.isPending}
            onClick={() => studentId && add({ studentId })}
          >
            {t('calendar.participants.addStudentButton')}
          </Button>
          <NumberInput label={t('calendar.participants.addAnonymous')} min={1} max={500} w={150} value={visitors} onChange={setVisitors} />
          <Button variant="default" disabled={!(Number(visitors) >= 1)} onClick={() => add({ studentId: null, anonymousCount: Number(visitors) })}>
            {t('calendar.participants.addAnonymousButton')}
          </Button>
        </Group>
      )}
      {failure && (
        <Alert color="red" role="alert" title={t('calendar.failed')}>
          {failure}
        </Alert>
      )}
    </Stack>
  )
}
