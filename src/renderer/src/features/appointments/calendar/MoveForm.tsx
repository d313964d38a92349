import { Select, SimpleGrid, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'
import { useSession } from '../../../app/session'
import { notify } from '../../../components/notify'
import { fromCentreWall, minutesBetween, toCentreWall } from './centreClock'
import { counsellorChoices, ISSUE_FIELDS, placeIssues, roomChoices, roomIdOf } from './choices'
import { ScopeChoice, type Scope } from './ScopeChoice'
import { useAppointmentWrite } from './useAppointmentWrite'
import { REMOTE_ROOM, useRooms, useStaff } from './useCalendarData'
import { WhenFields, WriteFooter } from './WhenFields'
import { checkWhen, type WhenValues } from './whenValues'

/** Where a drag left the appointment, for the form to start from. */
export interface MoveStart {
  /** The centre's wall clock, `YYYY-MM-DD HH:mm:ss`. */
  wall: string
  counsellorId?: string
  roomId?: string | null
  scope?: Scope
}

interface MoveValues extends WhenValues {
  counsellorId: string | null
  room: string | null
  scope: Scope
}

/** A new time, length, counsellor or room; for a series, this one or this and the following. */
export function MoveForm({ appointment: a, start, onDone, onBack }: { appointment: AppointmentDto; start?: MoveStart; onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation()
  const { user } = useSession()
  const staff = useStaff()
  const rooms = useRooms()
  const write = useAppointmentWrite('appointments.move')
  const wall = start?.wall ?? toCentreWall(a.start)
  const room = start?.roomId !== undefined ? start.roomId : a.roomId
  const form = useForm<MoveValues>({
    initialValues: {
      date: wall.slice(0, 10),
      time: wall.slice(11, 16),
      minutes: minutesBetween(a.start, a.end),
      counsellorId: start?.counsellorId ?? a.counsellorId,
      room: room ?? REMOTE_ROOM,
      scope: start?.scope ?? 'one',
      overrideReason: ''
    },
    validate: (v) => ({ ...checkWhen(t, v, write.outside !== null), counsellorId: v.counsellorId ? null : t('validation.required') })
  })
  // The appointment's own counsellor stays a choice even if they are no longer active staff.
  const counsellors = counsellorChoices(staff.data ?? [], user)
  if (!counsellors.some((c) => c.value === a.counsellorId)) counsellors.unshift({ value: a.counsellorId, label: a.counsellorName })
  const roomOptions = roomChoices(t, rooms.data ?? [])
  if (a.roomId && !roomOptions.some((r) => r.value === a.roomId)) roomOptions.unshift({ value: a.roomId, label: a.roomName ?? '' })

  const submit = form.onSubmit(async (v) => {
    const outcome = await write.send({
      id: a.id,
      start: fromCentreWall(`${v.date} ${v.time}`),
      durationMinutes: Number(v.minutes),
      counsellorId: v.counsellorId ?? a.counsellorId,
      roomId: roomIdOf(v.room),
      scope: v.scope,
      ...(write.outside !== null ? { overrideReason: v.overrideReason.trim() } : {})
    })
    if (outcome.ok) {
      notify(t, t('calendar.move.done', { count: outcome.value.length }))
      onDone()
      return
    }
    const placed = placeIssues(t, outcome.issues, ISSUE_FIELDS)
    form.setErrors(placed.errors)
    if (placed.rest.length > 0) write.setFailure(placed.rest.join(' '))
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <WhenFields form={form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select label={t('calendar.booking.counsellor')} withAsterisk searchable data={counsellors} {...form.getInputProps('counsellorId')} />
          <Select label={t('calendar.booking.room')} withAsterisk data={roomOptions} {...form.getInputProps('room')} />
        </SimpleGrid>
        {a.seriesId && <ScopeChoice label={t('calendar.move.scope')} {...form.getInputProps('scope')} />}
        <WriteFooter
          write={write}
          reasonField={form.getInputProps('overrideReason')}
          leaveLabel={t('actions.back')}
          onLeave={onBack}
          submitLabel={t('calendar.move.submit')}
        />
      </Stack>
    </form>
  )
}
