import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { CENTRE_UTC_OFFSET_MINUTES, centreDate } from '@shared/centreTime'

export { addDays, centreDate, centreDayStartUtc, isRealDate } from '@shared/centreTime'

dayjs.extend(utc)

/**
 * The contract's longest appointment (minutes). A range query may start this far before its
 * window and still use the start_at index: nothing that starts earlier can reach into it.
 */
export const LONGEST_MINUTES = 480

/** The centre's wall clock at an instant, as a UTC dayjs (so formatting shows centre time). */
const wallClock = (instant: string | Date): Dayjs => dayjs.utc(instant).add(CENTRE_UTC_OFFSET_MINUTES, 'minute')
const fromWallClock = (wall: Dayjs): string => wall.subtract(CENTRE_UTC_OFFSET_MINUTES, 'minute').toISOString()

/** One spelling of an instant (the contract accepts `…:00Z` and `…:00.000Z`), so stored strings compare. */
export const instant = (iso: string | Date): string => dayjs.utc(iso).toISOString()

export const addMinutes = (iso: string, minutes: number): string => dayjs.utc(iso).add(minutes, 'minute').toISOString()

export const minutesBetween = (from: string, to: string): number => dayjs.utc(to).diff(dayjs.utc(from), 'minute')

/** `HH:mm` on the centre's clock. */
export const centreClock = (iso: string): string => wallClock(iso).format('HH:mm')

/** The same centre-local time `weeks` weeks later (calendar weeks on the centre's clock, not 168-hour steps). */
export const addCentreWeeks = (iso: string, weeks: number): string => fromWallClock(wallClock(iso).add(weeks, 'week'))

/** The instants of a centre date's `HH:mm` times (the day is parsed once: the calendar lays out many slots on it). */
export function centreDayClock(date: string): (clock: string) => string {
  const midnight = dayjs.utc(date).subtract(CENTRE_UTC_OFFSET_MINUTES, 'minute')
  return (clock) => midnight.add(Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)), 'minute').toISOString()
}

/** 1 = Monday … 7 = Sunday, for a centre date. */
export const weekdayOf = (date: string): number => dayjs.utc(date).day() || 7

/** Whole centre calendar days from one date to another. */
export const daysBetween = (from: string, to: string): number => dayjs.utc(to).diff(dayjs.utc(from), 'day')

/** How an interval reads to a person: its centre date and `HH:mm–HH:mm`. */
export const describeInterval = (start: string, end: string): { date: string; time: string } => ({
  date: centreDate(start),
  time: `${centreClock(start)}–${centreClock(end)}`
})
