import { useEffect, useState } from 'react'
import { Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { addDays } from '@shared/centreTime'
import type { ChannelInput, ChannelOutput, FlagRowDto, RoomDto, StaffDto } from '@shared/contract'
import { call } from '../../../api'
import { useSession } from '../../../app/session'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { describeError } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { QueryState } from '../../../components/QueryState'
import { fromCentreWall } from '../../appointments/calendar/centreClock'
import { counsellorChoices, defaultRoomFor, ISSUE_FIELDS, placeIssues, roomChoices, roomIdOf } from '../../appointments/calendar/choices'
import { invalidateAppointments, isOutsideAvailability } from '../../appointments/calendar/useAppointmentWrite'
import { useAppointmentSettings, useRooms, useStaff } from '../../appointments/calendar/useCalendarData'
import { WhenFields, WriteFooter } from '../../appointments/calendar/WhenFields'
import { checkWhen, type WhenValues } from '../../appointments/calendar/whenValues'
import { centreToday } from '../../watch/format'
import { invalidateQueries, SCREENING_QUERIES } from '../invalidate'

interface BookValues extends WhenValues {
  counsellorId: string | null
  room: string | null
}

/** Books the second-stage interview: an intake on the calendar, linked to the flag. */
export function BookInterviewModal({ flag, onClose }: { flag: FlagRowDto; onClose: () => void }) {
  const { t } = useTranslation()
  const settings = useAppointmentSettings()
  const staff = useStaff()
  const rooms = useRooms()
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const waiting = [settings, staff, rooms].find((q) => !q.data)
  return (
    <Modal opened onClose={onClose} title={t('screening.book.title', { name: flag.name })} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      {waiting || !settings.data || !staff.data || !rooms.data ? (
        <QueryState query={waiting ?? settings} failedKey="screening.loadFailed" />
      ) : (
        <BookForm flag={flag} settings={settings.data} staff={staff.data} rooms={rooms.data} onClose={onClose} />
      )}
    </Modal>
  )
}

interface BookFormProps {
  flag: FlagRowDto
  settings: ChannelOutput<'appointments.settings.get'>
  staff: StaffDto[]
  rooms: RoomDto[]
  onClose: () => void
}

function BookForm({ flag, settings, staff, rooms, onClose }: BookFormProps) {
  const { t } = useTranslation()
  const { user } = useSession()
  const queryClient = useQueryClient()
  const counsellors = counsellorChoices(staff, user)
  const [failure, setFailure] = useState<string | null>(null)
  // The core asks for a reason when the time is outside the counsellor's hours (as on the calendar).
  const [outside, setOutside] = useState<string | null>(null)
  const book = useMutation({ mutationFn: (input: ChannelInput<'screening.interview.book'>) => call('screening.interview.book', input) })
  const form = useForm<BookValues>({
    initialValues: {
      counsellorId: counsellors.some((c) => c.value === user.id) ? user.id : (counsellors[0]?.value ?? null),
      room: defaultRoomFor('intake', rooms),
      date: addDays(centreToday(), 1),
      time: settings.dayStart,
      minutes: settings.minutes.intake,
      overrideReason: ''
    },
    validate: (v) => ({
      ...checkWhen(t, v, outside !== null),
      counsellorId: v.counsellorId ? null : t('validation.required'),
      room: v.room ? null : t('validation.required')
    })
  })

  const submit = form.onSubmit(async (v) => {
    setFailure(null)
    const result = await book.mutateAsync({
      flagId: flag.id,
      counsellorId: v.counsellorId ?? '',
      roomId: roomIdOf(v.room),
      start: fromCentreWall(`${v.date} ${v.time}`),
      durationMinutes: Number(v.minutes),
      ...(outside !== null ? { overrideReason: v.overrideReason.trim() } : {})
    })
    if (result.ok) {
      await Promise.all([invalidateQueries(queryClient, SCREENING_QUERIES), invalidateAppointments(queryClient)])
      notify(t, t('screening.book.done', { name: flag.name }))
      onClose()
      return
    }
    if (isOutsideAvailability(result.error)) return setOutside(describeError(t, result.error))
    const issues = result.error.code === 'CONFLICT' ? [] : (result.error.issues ?? [])
    const placed = placeIssues(t, issues, ISSUE_FIELDS)
    form.setErrors(placed.errors)
    if (issues.length === 0 || placed.rest.length > 0) setFailure([describeError(t, result.error), ...placed.rest].join(' '))
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('screening.book.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('screening.book.counsellor')}
            withAsterisk
            searchable
            data={counsellors}
            data-autofocus
            {...form.getInputProps('counsellorId')}
          />
          <Select label={t('screening.book.room')} withAsterisk data={roomChoices(t, rooms)} {...form.getInputProps('room')} />
        </SimpleGrid>
        <WhenFields form={form} />
        <WriteFooter
          write={{ outside, failure, pending: book.isPending }}
          reasonField={form.getInputProps('overrideReason')}
          leaveLabel={t('actions.cancel')}
          onLeave={onClose}
          submitLabel={t('screening.book.submit')}
        />
      </Stack>
    </form>
  )
}
