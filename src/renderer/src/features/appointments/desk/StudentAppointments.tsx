import { useState } from 'react'
import { Button, Group, Paper, Stack, Title } from '@mantine/core'
import { IconCalendarPlus, IconHourglass } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'
import { roleMayCall } from '@shared/permissions'
import { call, callOrThrow } from '../../../api'
import { useSession } from '../../../app/session'
import { describeError } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { QueryState } from '../../../components/QueryState'
import { NewNoteModal } from '../../notes/NewNoteModal'
import { BookingModal } from '../calendar/BookingModal'
import { AppointmentTable } from './AppointmentTable'
import { DESK_QUERIES } from './invalidate'
import { WaitlistAddModal } from './WaitlistAddModal'

/**
 * A student's appointments on their file, for every role: what is coming and what has been,
 * with booking and the waitlist at hand. Times, kinds and people only — never note content.
 */
export function StudentAppointments({ student }: { student: { id: string; name: string; studentNo: string } }) {
  const { t } = useTranslation()
  const role = useSession().user.role
  const queryClient = useQueryClient()
  const [booking, setBooking] = useState(false)
  const [waitlisting, setWaitlisting] = useState(false)
  /** The appointment just marked attended, whose note is offered (clinical roles). */
  const [noteFor, setNoteFor] = useState<string | null>(null)
  const list = useQuery({
    queryKey: ['appointments.forStudent', { studentId: student.id }],
    queryFn: () => callOrThrow('appointments.forStudent', { studentId: student.id })
  })
  const attend = useMutation({ mutationFn: (id: string) => call('appointments.attend', { id }) })
  const label = t('desk.studentLabel', { name: student.name, studentNo: student.studentNo })
  const refresh = () => Promise.all(DESK_QUERIES.map((c) => queryClient.invalidateQueries({ queryKey: [c] })))

  const markAttended = async (a: AppointmentDto) => {
    const result = await attend.mutateAsync(a.id)
    if (!result.ok) {
      notify(t, describeError(t, result.error), t('desk.student.failed'))
      return
    }
    notify(t, t('desk.student.attended'))
    await refresh()
    if (roleMayCall(role, 'notes.create')) setNoteFor(a.id)
  }

  // Over once it has ended; until then it is still to come (even while it is going on). Judged as
  // of when the list was fetched, so a re-render cannot move a row between the two tables.
  const now = list.dataUpdatedAt
  const all = list.data ?? []
  const upcoming = all.filter((a) => new Date(a.end).getTime() > now).sort((a, b) => a.start.localeCompare(b.start))
  const past = all.filter((a) => new Date(a.end).getTime() <= now)
  const canAttend = roleMayCall(role, 'appointments.attend') ? markAttended : undefined

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="student-appointments">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="student-appointments">
          {t('desk.student.title')}
        </Title>
        <Group gap="xs">
          {roleMayCall(role, 'appointments.waitlist.add') && (
            <Button variant="default" size="sm" leftSection={<IconHourglass size={16} aria-hidden />} onClick={() => setWaitlisting(true)}>
              {t('desk.student.addToWaitlist')}
            </Button>
          )}
          {roleMayCall(role, 'appointments.book') && (
            <Button variant="light" size="sm" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setBooking(true)}>
              {t('desk.student.book')}
            </Button>
          )}
        </Group>
      </Group>
      {!list.data && <QueryState query={list} failedKey="desk.student.loadFailed" />}
      {list.data && (
        <Stack gap="md">
          <AppointmentTable
            title={t('desk.student.upcoming')}
            caption={t('desk.student.upcomingCaption', { count: upcoming.length })}
            empty={t('desk.student.noUpcoming')}
            rows={upcoming}
            onAttend={canAttend}
            pending={attend.isPending}
          />
          <AppointmentTable
            title={t('desk.student.past')}
            caption={t('desk.student.pastCaption', { count: past.length })}
            empty={t('desk.student.noPast')}
            rows={past}
            onAttend={canAttend}
            pending={attend.isPending}
          />
        </Stack>
      )}
      {noteFor && <NewNoteModal studentId={student.id} appointmentId={noteFor} offer onClose={() => setNoteFor(null)} />}
      {waitlisting && <WaitlistAddModal student={{ id: student.id, label }} onClose={() => setWaitlisting(false)} />}
      <BookingModal
        opened={booking}
        draft={{ studentId: student.id, studentLabel: label }}
        onClose={() => setBooking(false)}
        onBooked={() => {
          setBooking(false)
          void refresh()
        }}
      />
    </Paper>
  )
}
