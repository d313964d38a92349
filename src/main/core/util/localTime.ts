import { addDays, centreDayStartUtc } from '@shared/centreTime'

export { CENTRE_UTC_OFFSET_MINUTES } from '@shared/centreTime'

/** The UTC instant at which a local date (`YYYY-MM-DD`) begins. */
export const localDayStartUtc = centreDayStartUtc

/** The UTC instant at which the day after a local date begins (an exclusive upper bound). */
export const nextLocalDayStartUtc = (date: string): string => centreDayStartUtc(addDays(date, 1))
