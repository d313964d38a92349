import type { TFunction } from 'i18next'
import { isRealDate } from '@shared/centreTime'

/** When an appointment is: the centre's date and clock time, and its length. */
export interface WhenValues extends Record<string, unknown> {
  date: string
  time: string
  minutes: number | string
  overrideReason: string
}

/** The same rules as the contract (`HH:mm`, 10–480 minutes), said next to each field. */
export function checkWhen(t: TFunction, v: WhenValues, needsReason: boolean): Record<string, string | null> {
  const minutes = Number(v.minutes)
  return {
    date: isRealDate(v.date) ? null : t('validation.date'),
    time: /^([01]\d|2[0-3]):[0-5]\d$/.test(v.time) ? null : t('validation.time'),
    minutes: !Number.isInteger(minutes) || minutes < 10 ? t('validation.min', { min: 10 }) : minutes > 480 ? t('validation.max', { max: 480 }) : null,
    overrideReason: needsReason && !v.overrideReason.trim() ? t('validation.required') : null
  }
}
