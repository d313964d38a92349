import '@mantine/schedule/styles.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'
import { useSession } from '../../../app/session'
import { PageTitle } from '../../../components/PageTitle'
import { QueryState } from '../../../components/QueryState'
import { centreToday, useWatchFormat } from '../../watch/format'
import type { BookingDraft } from '../bookingTypes'
import { AppointmentList } from './AppointmentList'
import { BookingModal } from './BookingModal'
import { CalendarToolbar, type CalendarState } from './CalendarToolbar'
import { fromCentreWall, viewRange } from './centreClock'
import { roomChoices } from './choices'
import { DetailsModal } from './DetailsModal'
import { DropScopeModal } from './DropScopeModal'
import type { MoveStart } from './MoveForm'
import { ScheduleGrid } from './ScheduleGrid'
import { REMOTE_ROOM, useAppointmentSettings, useCalendar, useRooms, useStaff } from './useCalendarData'
import { useDragMove } from './useDragMove'

type PageState = Omit<CalendarState, 'shown'> & { shown: string[] | null }

/** 预约日历: each counsellor's (or room's) day or week, to book, move, cancel and mark attended. */
export function CalendarPage() {
  const { t } = useTranslation()
  const { user } = useSession()
  const format = useWatchFormat()
  const staff = useStaff()
  const rooms = useRooms()
  const settings = useAppointmentSettings()
  const [state, setState] = useState<PageState>(() => ({
    view: 'day',
    layout: 'grid',
    date: centreToday(),
    by: 'counsellor',
    shown: null,
    includeCancelled: false
  }))
  const [booking, setBooking] = useState<{ opened: boolean; draft: BookingDraft }>({ opened: false, draft: {} })
  const [selected, setSelected] = useState<{ appointment: AppointmentDto; move?: MoveStart; key: number } | null>(null)
  const open = (appointment: AppointmentDto, move?: MoveStart) => setSelected({ appointment, move, key: Date.now() })
  const drag = useDragMove(state.by, open)

  const staffChoices = (staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))
  const choices = state.by === 'counsellor' ? staffChoices : roomChoices(t, rooms.data ?? [])
  // Everyone is shown at first; a part-time counsellor starts with their own calendar.
  const defaultShown = state.by === 'counsellor' && user.role === 'part_time' ? [user.id] : choices.map((c) => c.value)
  const shown = (state.shown ?? defaultShown).filter((id) => choices.some((c) => c.value === id))
  const range = viewRange(state.view, state.date)
  const calendar = useCalendar({ ...range, by: state.by, shown, includeCancelled: state.includeCancelled })
  const resources = choices.filter((c) => shown.includes(c.value)).map((c) => ({ id: c.value, label: c.label }))
  const rangeLabel =
    state.view === 'day' ? format.date(range.from) : t('calendar.range.week', { from: format.date(range.from), to: format.date(range.to) })

  const change = (patch: Partial<CalendarState>) =>
    setState((s) => ({ ...s, ...patch, ...(patch.by && patch.by !== s.by ? { shown: null } : {}) }))

  const bookAt = (wall: string, resourceId: string) => {
    const start = fromCentreWall(wall)
    if (state.by === 'room') {
      setBooking({ opened: true, draft: { start, roomId: resourceId === REMOTE_ROOM ? null : resourceId } })
      return
    }
    // The counsellor's room for those hours, when their availability names one.
    const at = Date.parse(start)
    const slot = calendar.data?.available.find((a) => a.userId === resourceId && Date.parse(a.start) <= at && at < Date.parse(a.end))
    setBooking({ opened: true, draft: { start, counsellorId: resourceId, ...(slot?.roomId ? { roomId: slot.roomId } : {}) } })
  }

  const setup = [staff, rooms, settings].find((q) => !q.data)
  return (
    <>
      <PageTitle>{t('calendar.title')}</PageTitle>
      <CalendarToolbar
        state={{ ...state, shown }}
        onChange={change}
        choices={choices}
        staff={staffChoices}
        onNew={() => setBooking({ opened: true, draft: {} })}
      />
      {setup ? (
        <QueryState query={setup} failedKey="calendar.loadFailed" />
      ) : (
        <>
          {shown.length > 0 && <QueryState query={calendar} failedKey="calendar.loadFailed" />}
          {(calendar.data || shown.length === 0) && state.layout === 'grid' && settings.data && (
            <ScheduleGrid
              view={state.view}
              date={state.date}
              by={state.by}
              resources={resources}
              data={calendar.data ?? { appointments: [], available: [], exceptions: [] }}
              dayStart={settings.data.dayStart}
              dayEnd={settings.data.dayEnd}
              label={t('calendar.grid.label', { range: rangeLabel })}
              onSlot={bookAt}
              onOpen={(a) => open(a)}
              onDrop={(appointment, wall, resourceId) => drag.drop({ appointment, wall, resourceId })}
            />
          )}
          {calendar.data && state.layout === 'list' && (
            <AppointmentList
              {...range}
              data={calendar.data}
              staffNames={new Map(staffChoices.map((s) => [s.value, s.label]))}
              onOpen={(a) => open(a)}
            />
          )}
        </>
      )}
      <BookingModal opened={booking.opened} draft={booking.draft} onClose={() => setBooking((b) => ({ ...b, opened: false }))} />
      {selected && (
        <DetailsModal key={selected.key} appointment={selected.appointment} initialMove={selected.move} onClose={() => setSelected(null)} />
      )}
      {drag.asking && <DropScopeModal onChoose={drag.choose} onClose={drag.dismiss} />}
    </>
  )
}
