import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { CENTRE_UTC_OFFSET_MINUTES, centreDate } from '@shared/centreTime'

dayjs.extend(utc)

/**
 * @mantine/schedule reads and writes wall-clock strings (`YYYY-MM-DD HH:mm:ss`) in whatever zone
 * the PC is set to. The calendar must show the centre's clock on every PC, so instants are turned
 * into the centre's wall clock before they reach the schedule, and back into UTC when they leave.
 */
const WALL = 'YYYY-MM-DD HH:mm:ss'

/** An ISO instant as the centre's wall clock, `YYYY-MM-DD HH:mm:ss`. */
export const toCentreWall = (iso: string): string => dayjs.utc(iso).add(CENTRE_UTC_OFFSET_MINUTES, 'minute').format(WALL)

/** The centre's wall clock (`YYYY-MM-DD HH:mm[:ss]`) as an ISO instant. */
export const fromCentreWall = (wall: string): string => dayjs.utc(wall).subtract(CENTRE_UTC_OFFSET_MINUTES, 'minute').toISOString()

/** Now, on the centre's wall clock: the schedule's today line. */
export const centreNowWall = (): string => toCentreWall(new Date().toISOString())

/** `HH:mm` of an instant on the centre's clock. */
export const centreClockTime = (iso: string): string => toCentreWall(iso).slice(11, 16)

/** `YYYY-MM-DD` of an instant on the centre's clock. */
export const centreDay = (iso: string): string => centreDate(iso)

/** `09:00–09:50` on the centre's clock. */
export const centreTimeRange = (start: string, end: string): string => `${centreClockTime(start)}–${centreClockTime(end)}`

/** Minutes between two instants. */
export const minutesBetween = (start: string, end: string): number => dayjs.utc(end).diff(dayjs.utc(start), 'minute')

/** The Monday of the week a `YYYY-MM-DD` falls in (the centre's weeks start on Monday). */
export function mondayOf(date: string): string {
  const d = dayjs.utc(date)
  // day(): 0 = Sunday … 6 = Saturday.
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD')
}

/** The days a view shows: one, or Monday to Sunday. */
export function viewRange(view: 'day' | 'week', date: string): { from: string; to: string } {
  if (view === 'day') return { from: date, to: date }
  const from = mondayOf(date)
  return { from, to: dayjs.utc(from).add(6, 'day').format('YYYY-MM-DD') }
}

/** Every `YYYY-MM-DD` from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = []
  for (let d = dayjs.utc(from); !d.isAfter(dayjs.utc(to)); d = d.add(1, 'day')) days.push(d.format('YYYY-MM-DD'))
  return days
}
