import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'

dayjs.extend(utc)

/**
 * The centre's clock. China has kept one offset all year since 1991, so calendar dates are
 * computed with a fixed UTC+8 and shown in Asia/Shanghai — in the core and in the renderer alike,
 * whatever zone the PC is set to, so both always agree which day it is.
 */
export const CENTRE_TIME_ZONE = 'Asia/Shanghai'
export const CENTRE_UTC_OFFSET_MINUTES = 8 * 60

/** The centre's calendar date (`YYYY-MM-DD`) at an instant. */
export const centreDate = (instant: Date | string = new Date()): string =>
  dayjs.utc(instant).add(CENTRE_UTC_OFFSET_MINUTES, 'minute').format('YYYY-MM-DD')

/** Calendar arithmetic on `YYYY-MM-DD`, as UTC midnights so no zone can shift a day. */
export const addDays = (date: string, days: number): string => dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')

/** Whether `YYYY-MM-DD` names a real day (a shape check lets 2026-02-30 through). */
export const isRealDate = (date: string): boolean => dayjs.utc(date).isValid() && dayjs.utc(date).format('YYYY-MM-DD') === date

/** The UTC instant at which a centre date begins. */
export const centreDayStartUtc = (date: string): string =>
  dayjs.utc(date).subtract(CENTRE_UTC_OFFSET_MINUTES, 'minute').toISOString()
