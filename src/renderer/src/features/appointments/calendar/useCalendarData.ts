import { useQuery } from '@tanstack/react-query'
import type { ChannelInput } from '@shared/contract'
import { callOrThrow } from '../../../api'

/** The pseudo-room of phone and online sessions (they have no room: `roomId` null). */
export const REMOTE_ROOM = 'remote'

export type CalendarBy = 'counsellor' | 'room'

/** Active clinical staff (anyone may list them: booking needs their names). */
export function useStaff() {
  return useQuery({ queryKey: ['users.staff', {}], queryFn: () => callOrThrow('users.staff', {}) })
}

export function useRooms() {
  return useQuery({ queryKey: ['settings.rooms.list', {}], queryFn: () => callOrThrow('settings.rooms.list', {}) })
}

export function useAppointmentSettings() {
  return useQuery({ queryKey: ['appointments.settings.get', {}], queryFn: () => callOrThrow('appointments.settings.get', {}) })
}

interface CalendarQuery {
  from: string
  to: string
  by: CalendarBy
  /** Counsellor ids, or room ids (with REMOTE_ROOM for phone/online). */
  shown: string[]
  includeCancelled: boolean
}

/**
 * The appointments of the shown counsellors or rooms. Phone and online sessions have no room, so
 * the core cannot be asked for them by room: when they are shown, every room is asked for and the
 * schedule keeps only the rows on screen.
 */
export function useCalendar({ from, to, by, shown, includeCancelled }: CalendarQuery) {
  const input: ChannelInput<'appointments.calendar'> =
    by === 'counsellor'
      ? { from, to, counsellorIds: shown, includeCancelled }
      : shown.includes(REMOTE_ROOM)
        ? { from, to, includeCancelled }
        : { from, to, roomIds: shown, includeCancelled }
  return useQuery({
    queryKey: ['appointments.calendar', input],
    queryFn: () => callOrThrow('appointments.calendar', input),
    enabled: shown.length > 0,
    // Keeps the old week on screen while the next one loads, so the grid does not jump.
    placeholderData: (previous) => previous
  })
}

/** Every query a booking, move, cancel or attendance changes. */
export const APPOINTMENT_QUERIES = [
  'appointments.calendar',
  'appointments.get',
  'appointments.forStudent',
  'appointments.dashboard',
  'appointments.waitlist.list',
  'appointments.remindList',
  'students.timeline'
] as const
