import type { Channel } from '@shared/contract'

/**
 * Everything a booking, an attendance or a waitlist change can alter: the waitlist, the home
 * page's counts, the student's card and timeline, the calendar and tomorrow's reminder list.
 */
export const DESK_QUERIES: Channel[] = [
  'appointments.waitlist.list',
  'appointments.dashboard',
  'appointments.forStudent',
  'appointments.calendar',
  'appointments.get',
  'appointments.remindList',
  'students.timeline'
]
