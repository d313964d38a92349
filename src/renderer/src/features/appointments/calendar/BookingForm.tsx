import { NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { APPOINTMENT_KINDS, GROUP_KINDS, type AppointmentKind, type ChannelOutput, type RoomDto, type StaffDto } from '@shared/contract'
import { useSession } from '../../../app/session'
import { notify } from '../../../components/notify'
import { centreToday } from '../../watch/format'
import type { BookingDraft } from '../bookingTypes'
import { fromCentreWall, toCentreWall } from './centreClock'
import { counsellorChoices, defaultRoomFor, ISSUE_FIELDS, placeIssues, roomChoices, roomIdOf } from './choices'
import { WhenFields, WriteFooter } from './WhenFields'
import { StudentPicker } from './StudentPicker'
import { useAppointmentWrite } from './useAppointmentWrite'
import { REMOTE_ROOM } from './useCalendarData'
import { checkWhen, type WhenValues } from './whenValues'

interface BookingValues extends WhenValues {
  kind: AppointmentKind
  studentId: string | null
  capacity: number | string
  counsellorId: string | null
  room: string | null
  repeatWeeks: number | string
}

interface BookingFormProps {
  draft: BookingDraft
  settings: ChannelOutput<'appointments.settings.get'>
  staff: StaffDto[]
  rooms: RoomDto[]
  onClose: () => void
  onBooked: (ids: string[]) => void
}

/** The draft's counsellor if one may book for them, else oneself, else the first on the list. */
function firstCounsellor(wanted: string | undefined, choices: { value: string }[], self: string): string | null {
  for (const id of [wanted, self]) if (id && choices.some((c) => c.value === id)) return id
  return choices[0]?.value ?? null
}

export function BookingForm({ draft, settings, staff, rooms, onClose, onBooked }: BookingFormProps) {
  const { t } = useTranslation()
  const { user } = useSession()
  const write = useAppointmentWrite('appointments.book')
  const counsellors = counsellorChoices(staff, user)
  const kind0 = draft.kind ?? (draft.waitlistId ? 'intake' : 'counselling')
  const wall = draft.start ? toCentreWall(draft.start) : `${centreToday()} ${settings.dayStart}`
  const form = useForm<BookingValues>({
    initialValues: {
      kind: kind0,
      studentId: draft.studentId ?? null,
      capacity: 10,
      counsellorId: firstCounsellor(draft.counsellorId, counsellors, user.id),
      room: draft.roomId !== undefined ? (draft.roomId ?? REMOTE_ROOM) : defaultRoomFor(kind0, rooms),
      date: wall.slice(0, 10),
      time: wall.slice(11, 16),
      minutes: settings.minutes[kind0],
      repeatWeeks: 1,
      overrideReason: ''
    },
    validate: (v) => {
      const group = GROUP_KINDS.includes(v.kind)
      const required = t('validation.required')
      return {
        ...checkWhen(t, v, write.outside !== null),
        studentId: !group && !v.studentId ? required : null,
        capacity: group && !(Number(v.capacity) >= 1 && Number(v.capacity) <= 500) ? t('validation.min', { min: 1 }) : null,
        counsellorId: v.counsellorId ? null : required,
        room: v.room ? null : required,
        repeatWeeks: Number(v.repeatWeeks) >= 1 && Number(v.repeatWeeks) <= 52 ? null : t('validation.max', { max: 52 })
      }
    }
  })
  const values = form.getValues()
  const group = GROUP_KINDS.includes(values.kind)

  const submit = form.onSubmit(async (v) => {
    const outcome = await write.send({
      kind: v.kind,
      studentId: GROUP_KINDS.includes(v.kind) ? null : v.studentId,
      counsellorId: v.counsellorId ?? '',
      roomId: roomIdOf(v.room),
      start: fromCentreWall(`${v.date} ${v.time}`),
      durationMinutes: Number(v.minutes),
      repeatWeeks: Number(v.repeatWeeks),
      ...(GROUP_KINDS.includes(v.kind) ? { capacity: Number(v.capacity) } : {}),
      ...(draft.waitlistId ? { waitlistId: draft.waitlistId } : {}),
      ...(write.outside !== null ? { overrideReason: v.overrideReason.trim() } : {})
    })
    if (outcome.ok) {
      notify(t, t('calendar.booking.done', { count: outcome.value.length }))
      onBooked(outcome.value.map((a) => a.id))
      return
    }
    const placed = placeIssues(t, outcome.issues, ISSUE_FIELDS)
    form.setErrors(placed.errors)
    if (placed.rest.length > 0) write.setFailure(placed.rest.join(' '))
  })

  const onKind = (value: string | null) => {
    if (!value) return
    const kind = value as AppointmentKind
    form.setFieldValue('kind', kind)
    // A new kind brings its own length and room, unless the user already chose them.
    if (!form.isTouched('minutes')) form.setFieldValue('minutes', settings.minutes[kind])
    if (!form.isTouched('room') && draft.roomId === undefined) form.setFieldValue('room', defaultRoomFor(kind, rooms))
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('calendar.booking.kind')}
            withAsterisk
            allowDeselect={false}
            data={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
            onChange={onKind}
          />
          {group ? (
            <NumberInput label={t('calendar.booking.capacity')} withAsterisk min={1} max={500} {...form.getInputProps('capacity')} />
          ) : draft.studentId ? (
            <Text fw={500} pt="lg">
              {t('calendar.booking.studentFixed', { name: draft.studentLabel ?? '' })}
            </Text>
          ) : (
            <StudentPicker
              label={t('calendar.booking.student')}
              withAsterisk
              value={values.studentId}
              onChange={(id) => form.setFieldValue('studentId', id)}
              error={form.errors.studentId}
            />
          )}
          <Select
            label={t('calendar.booking.counsellor')}
            withAsterisk
            searchable
            data={counsellors}
            {...form.getInputProps('counsellorId')}
          />
          <Select label={t('calendar.booking.room')} withAsterisk data={roomChoices(t, rooms)} {...form.getInputProps('room')} />
        </SimpleGrid>
        <WhenFields form={form} />
        <NumberInput
          label={t('calendar.booking.repeat')}
          description={t('calendar.booking.repeatHelp')}
          min={1}
          max={52}
          maw={260}
          {...form.getInputProps('repeatWeeks')}
        />
        <WriteFooter
          write={write}
          reasonField={form.getInputProps('overrideReason')}
          leaveLabel={t('actions.cancel')}
          onLeave={onClose}
          submitLabel={t('calendar.booking.submit')}
        />
      </Stack>
    </form>
  )
}
