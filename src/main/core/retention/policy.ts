import { isRealDate } from '@shared/centreTime'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import type { Orm } from '../db/connection'
import { readSetting, writeSetting } from '../settings/store'

dayjs.extend(utc)

export interface RetentionPolicy {
  /** Whole years a student's records are kept after the day they left (settings: 3–30, default 10). */
  yearsAfterLeaving: number
}

export const readRetention = (orm: Orm): RetentionPolicy => readSetting(orm, 'retention')

/** Sets the policy (the admin's act; the caller audits it). Values outside 3–30 throw (zod). */
export function writeRetention(orm: Orm, policy: RetentionPolicy, at: string): RetentionPolicy {
  writeSetting(orm, 'retention', policy, at)
  return readRetention(orm)
}

/**
 * The first leaving date that is still kept on `today`: a student who left before it has had
 * their `years` (left_on + years < today). On 29 February the cutoff is 28 February `years`
 * earlier, so at the edge a record is kept one day longer, never destroyed one day early.
 */
export function purgeCutoff(today: string, years: number): string {
  if (!isRealDate(today)) throw new Error(`purgeCutoff: not a date: ${today}`)
  if (!Number.isInteger(years) || years < 1) throw new Error(`purgeCutoff: bad number of years: ${years}`)
  return dayjs.utc(today).subtract(years, 'year').format('YYYY-MM-DD')
}
