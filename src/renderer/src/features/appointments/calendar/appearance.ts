import type { TFunction } from 'i18next'
import type { ScheduleLabelsOverride } from '@mantine/schedule'
import type { AppointmentDto, AppointmentKind } from '@shared/contract'
import { centreTimeRange } from './centreClock'

/**
 * Colour tells the kind at a glance; it never carries meaning alone (the kind's name is always in
 * the text). Only hues whose light-variant text the theme darkens to AA contrast are used.
 */
export const KIND_COLOURS: Record<AppointmentKind, string> = {
  intake: 'blue',
  counselling: 'teal',
  follow_up: 'cyan',
  crisis: 'red',
  group: 'grape',
  open_day: 'orange',
  remote: 'indigo'
}

/** Cancelled and 'busy' appointments are grey: present, but not in the way. */
export function appointmentColour(a: AppointmentDto): string {
  if (a.visibility === 'busy' || a.status === 'cancelled') return 'gray'
  return KIND_COLOURS[a.kind]
}

/** Who the appointment is with, as the calendar may show it. */
export function appointmentWho(t: TFunction, a: AppointmentDto): string {
  if (a.visibility === 'busy') return t('calendar.busy')
  if (a.capacity !== null) return t('calendar.event.group', { count: a.participantCount, capacity: a.capacity })
  return a.studentName ?? ''
}

/** One line that says everything about an appointment: its button's name, its tooltip. */
export function appointmentTitle(t: TFunction, a: AppointmentDto): string {
  const time = centreTimeRange(a.start, a.end)
  if (a.visibility === 'busy') return t('calendar.event.busyTitle', { time, where: a.roomName ?? a.counsellorName })
  return t('calendar.event.title', {
    time,
    kind: t(`calendar.kinds.${a.kind}`),
    who: [appointmentWho(t, a), a.counsellorName, a.roomName ?? t('calendar.remoteRoom')].filter(Boolean).join(' · '),
    status: t(`calendar.statuses.${a.status}`)
  })
}

/** The schedule's own words (header, slots, "+n more") in the user's language. */
export function scheduleLabels(t: TFunction): ScheduleLabelsOverride {
  const keys = [
    'day',
    'week',
    'month',
    'year',
    'allDay',
    'weekday',
    'timeSlot',
    'today',
    'next',
    'previous',
    'more',
    'selectMonth',
    'selectYear',
    'switchToDayView',
    'switchToWeekView',
    'switchToMonthView',
    'switchToYearView',
    'viewSelectLabel',
    'noEvents',
    'resource',
    'resources',
    'resourceSlot',
    'agenda'
  ] as const
  return {
    ...Object.fromEntries(keys.map((k) => [k, t(`calendar.schedule.${k}`)])),
    moreLabel: (count: number) => t('calendar.schedule.moreLabel', { count })
  }
}
