import 'dayjs/locale/zh-cn'
import { useMemo } from 'react'
import { Text } from '@mantine/core'
import { ResourcesDayView, ResourcesWeekView, type ScheduleEventData, type ScheduleResourceData } from '@mantine/schedule'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto, ChannelOutput } from '@shared/contract'
import { appointmentColour, appointmentTitle, scheduleLabels } from './appearance'
import { centreNowWall, mondayOf, toCentreWall } from './centreClock'
import { EventBody } from './EventBody'
import type { CalendarView } from './CalendarToolbar'
import { REMOTE_ROOM, type CalendarBy } from './useCalendarData'

type CalendarData = ChannelOutput<'appointments.calendar'>

export interface GridProps {
  view: CalendarView
  date: string
  by: CalendarBy
  resources: ScheduleResourceData[]
  data: CalendarData
  dayStart: string
  dayEnd: string
  label: string
  /** A free slot was chosen: its start on the centre's wall clock, and its row. */
  onSlot: (wallStart: string, resourceId: string) => void
  onOpen: (appointment: AppointmentDto) => void
  /** An appointment was dropped at a new start (wall clock) and maybe another row. */
  onDrop: (appointment: AppointmentDto, wallStart: string, resourceId: string | undefined) => void
}

const rowOf = (by: CalendarBy, a: AppointmentDto): string => (by === 'counsellor' ? a.counsellorId : (a.roomId ?? REMOTE_ROOM))

/**
 * The day or week as @mantine/schedule draws it: one row per counsellor or room, appointments
 * as buttons, each counsellor's available hours behind them. Every slot is a button reached
 * with the arrow keys, so the grid works without a pointer too.
 */
export function ScheduleGrid({ view, date, by, resources, data, dayStart, dayEnd, label, onSlot, onOpen, onDrop }: GridProps) {
  const { t, i18n } = useTranslation()
  const rows = useMemo(() => new Set(resources.map((r) => String(r.id))), [resources])
  const events = useMemo(() => {
    const list: ScheduleEventData<{ appointment?: AppointmentDto }>[] = []
    data.available.forEach((slot, n) => {
      const row = by === 'counsellor' ? slot.userId : slot.roomId
      if (!row || !rows.has(row)) return
      list.push({
        id: `available-${n}`,
        title: t('calendar.grid.available'),
        start: toCentreWall(slot.start),
        end: toCentreWall(slot.end),
        color: 'green',
        display: 'background',
        resourceId: row
      })
    })
    for (const a of data.appointments) {
      if (!rows.has(rowOf(by, a))) continue
      list.push({
        id: a.id,
        title: appointmentTitle(t, a),
        start: toCentreWall(a.start),
        end: toCentreWall(a.end),
        color: appointmentColour(a),
        variant: 'light',
        resourceId: rowOf(by, a),
        payload: { appointment: a }
      })
    }
    return list
  }, [data, by, rows, t])

  const common = {
    resources,
    events,
    withHeader: false,
    startTime: `${dayStart}:00`,
    endTime: `${dayEnd}:00`,
    locale: i18n.language === 'en' ? 'en' : 'zh-cn',
    labels: scheduleLabels(t),
    getCurrentTime: centreNowWall,
    withCurrentTimeIndicator: undefined,
    withEventsDragAndDrop: true,
    canDragEvent: (event: ScheduleEventData) => {
      const a = (event.payload as { appointment?: AppointmentDto } | undefined)?.appointment
      return !!a && a.visibility === 'full' && a.status === 'booked'
    },
    eventDragInterval: 10,
    onEventDrop: ({ event, newStart, resourceId }: { event: ScheduleEventData; newStart: string; resourceId?: string | number }) => {
      const a = (event.payload as { appointment?: AppointmentDto } | undefined)?.appointment
      if (a) onDrop(a, newStart, resourceId === undefined ? undefined : String(resourceId))
    },
    onTimeSlotClick: ({ slotStart, resourceId }: { slotStart: string; resourceId?: string | number }) => {
      if (resourceId !== undefined) onSlot(slotStart, String(resourceId))
    },
    onEventClick: (event: ScheduleEventData) => {
      const a = (event.payload as { appointment?: AppointmentDto } | undefined)?.appointment
      if (a) onOpen(a)
    },
    renderEventBody: (event: ScheduleEventData) => {
      const a = (event.payload as { appointment?: AppointmentDto } | undefined)?.appointment
      return a ? <EventBody appointment={a} /> : event.title
    },
    highlightBusinessHours: false,
    maxEventsPerTimeSlot: 3
  }

  if (resources.length === 0) return <Text>{t('calendar.grid.noResources')}</Text>
  return (
    <section aria-label={label}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('calendar.grid.help')}
      </Text>
      {view === 'day' ? (
        <ResourcesDayView {...common} date={date} intervalMinutes={30} slotWidth={64} rowHeight={72} />
      ) : (
        <ResourcesWeekView
          {...common}
          // A new week starts scrolled to the chosen day (the schedule scrolls only when it mounts).
          key={mondayOf(date)}
          date={date}
          startScrollDateTime={`${date} ${dayStart}:00`}
          intervalMinutes={60}
          slotWidth={48}
          rowHeight={72}
          firstDayOfWeek={1}
        />
      )}
    </section>
  )
}
