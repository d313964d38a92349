import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { addDays as addCentreDays, centreDayStartUtc } from '@shared/centreTime'

dayjs.extend(utc)

/**
 * A plan asks the same few thousand dates the same questions hundreds of thousands of times:
 * dayjs answers each once, and the answer is kept.
 */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) {
      value = compute(key)
      known.set(key, value)
    }
    return value
  }
}

const shifted = memo((key) => {
  const [date, days] = key.split('|') as [string, string]
  return addCentreDays(date, Number(days))
})
/** `addDays` of @shared/centreTime, remembered. */
export const addDays = (date: string, days: number): string => (days === 0 ? date : shifted(`${date}|${days}`))

/**
 * The college year as the centre lives it: two semesters of full service, reduced hours in the
 * vacations (full-time counsellors only), and closed on Sundays and over the National Day,
 * Labour Day and Spring Festival holidays (fixed dates here; close enough for synthetic data).
 */
export type DayKind = 'term' | 'vacation' | 'closed'

const CLOSED: readonly (readonly [string, string])[] = [
  ['10-01', '10-07'],
  ['05-01', '05-05'],
  ['01-25', '02-10']
]
const TERMS: readonly (readonly [string, string])[] = [
  ['09-01', '12-31'],
  ['01-01', '01-15'],
  ['02-24', '07-10']
]

const within = (monthDay: string, [from, to]: readonly [string, string]): boolean => monthDay >= from && monthDay <= to

export const dayKind = memo((date): DayKind => {
  if (weekdayOf(date) === 7) return 'closed'
  const monthDay = date.slice(5)
  if (CLOSED.some((range) => within(monthDay, range))) return 'closed'
  return TERMS.some((range) => within(monthDay, range)) ? 'term' : 'vacation'
})

/** How busy a day is, relative to a term day. */
export const DAY_WEIGHT: Record<DayKind, number> = { term: 1, vacation: 0.35, closed: 0 }

/** 1 = Monday … 7 = Sunday. */
export const weekdayOf = memo((date): number => dayjs.utc(date).day() || 7)

/** The Monday on or before a date. */
export const mondayOf = (date: string): string => addDays(date, 1 - weekdayOf(date))

/** The instant `minute` past midnight (centre time) on a centre date, ms since the epoch. */
const dayStartMs = memo((date) => Date.parse(centreDayStartUtc(date)))
export const centreMs = (date: string, minute: number): number => dayStartMs(date) + minute * 60_000

/** The first Monday of each semester on or after `from`, up to `to`. */
export function semesterStarts(from: string, to: string): string[] {
  const starts: string[] = []
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year++) {
    for (const monthDay of ['02-24', '09-01']) {
      const day = `${year}-${monthDay}`
      const monday = weekdayOf(day) === 1 ? day : addDays(mondayOf(day), 7)
      if (monday >= from && monday <= to) starts.push(monday)
    }
  }
  return starts.sort()
}

/** Months with an open day (心理体验开放日): the second Friday of each term month. */
export function openDayIn(monday: string): string | null {
  const friday = addDays(monday, 4)
  const dayOfMonth = Number(friday.slice(8))
  const month = Number(friday.slice(5, 7))
  const termMonth = [3, 4, 5, 6, 9, 10, 11, 12].includes(month)
  return termMonth && dayOfMonth >= 8 && dayOfMonth <= 14 && dayKind(friday) === 'term' ? friday : null
}

const UNIT_MS = 30 * 60_000

/**
 * Who is taken when, in half-hour units: counsellors, rooms and students ("c3", "r沙盘室",
 * "s1200"). The plan checks here what the core will check, so that every booking it makes
 * goes through; back-to-back is fine, as in the core.
 */
export class Occupancy {
  private readonly taken = new Set<string>()

  free(keys: readonly string[], startMs: number, endMs: number): boolean {
    const first = Math.floor(startMs / UNIT_MS)
    for (const key of keys) for (let u = first; u * UNIT_MS < endMs; u++) if (this.taken.has(`${key}@${u}`)) return false
    return true
  }

  take(keys: readonly string[], startMs: number, endMs: number): void {
    const first = Math.floor(startMs / UNIT_MS)
    for (const key of keys) for (let u = first; u * UNIT_MS < endMs; u++) this.taken.add(`${key}@${u}`)
  }
}
