import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'

export { addDays, centreDate, isRealDate } from '@shared/centreTime'

dayjs.extend(utc)

export const addHours = (instant: Date, hours: number): string => dayjs.utc(instant).add(hours, 'hour').toISOString()

