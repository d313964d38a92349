import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import type { StatsRange } from '@shared/contract'
import { centreDate } from '@shared/centreTime'

dayjs.extend(utc)

/*
 * The periods a report covers, as centre dates (both ends included). A month is `YYYY-MM`; a term
 * is `YYYY-autumn` (September to January) or `YYYY-spring` (February to August), `YYYY` being the
 * year the academic year starts in. Calendar arithmetic is on UTC midnights, as in centreTime.ts,
 * so the PC's time zone can never shift a day.
 */

export type RangeMode = 'month' | 'term' | 'year' | 'custom'
export const RANGE_MODES: RangeMode[] = ['month', 'term', 'year', 'custom']

/** How far back the pickers offer periods: the longest range the core accepts is five years. */
const YEARS_BACK = 5

const day = (date: string) => dayjs.utc(date)

/** The month of a centre date, `YYYY-MM`. */
export const monthOf = (date: string): string => date.slice(0, 7)

/** This month at the centre. */
export const thisMonth = (today: string = centreDate()): string => monthOf(today)

/** The month before this one: a monthly report is made at the start of the next month. */
export const previousMonth = (today: string = centreDate()): string => day(`${monthOf(today)}-01`).subtract(1, 'month').format('YYYY-MM')

export function monthRange(month: string): StatsRange {
  const first = day(`${month}-01`)
  return { from: first.format('YYYY-MM-DD'), to: first.endOf('month').format('YYYY-MM-DD') }
}

/** This month and the months before it, newest first. */
export function recentMonths(today: string = centreDate()): string[] {
  const first = day(`${monthOf(today)}-01`)
  return Array.from({ length: YEARS_BACK * 12 + 1 }, (_, n) => first.subtract(n, 'month').format('YYYY-MM'))
}

export type Season = 'autumn' | 'spring'
export interface Term {
  key: string
  /** The year the academic year starts in. */
  start: number
  season: Season
}

export function parseTerm(key: string): Term {
  const [year, season] = key.split('-')
  return { key, start: Number(year), season: season === 'spring' ? 'spring' : 'autumn' }
}

/** The term a centre date falls in. */
export function termOf(date: string): string {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  if (month >= 9) return `${year}-autumn`
  if (month === 1) return `${year - 1}-autumn`
  return `${year - 1}-spring`
}

export function termRange(key: string): StatsRange {
  const { start, season } = parseTerm(key)
  return season === 'autumn' ? { from: `${start}-09-01`, to: `${start + 1}-01-31` } : { from: `${start + 1}-02-01`, to: `${start + 1}-08-31` }
}

/** The current term and the ones before it, newest first. */
export function recentTerms(today: string = centreDate()): string[] {
  const terms: string[] = []
  let { start, season } = parseTerm(termOf(today))
  for (let n = 0; n < YEARS_BACK * 2 + 1; n++) {
    terms.push(`${start}-${season}`)
    if (season === 'spring') season = 'autumn'
    else {
      season = 'spring'
      start -= 1
    }
  }
  return terms
}

export const yearRange = (year: string): StatsRange => ({ from: `${year}-01-01`, to: `${year}-12-31` })

/** This calendar year and the ones before it, newest first. */
export function recentYears(today: string = centreDate()): string[] {
  const year = Number(today.slice(0, 4))
  return Array.from({ length: YEARS_BACK + 1 }, (_, n) => String(year - n))
}
