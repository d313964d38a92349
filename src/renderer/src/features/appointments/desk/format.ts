import { useMemo } from 'react'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AppointmentKind } from '@shared/contract'
import { CENTRE_TIME_ZONE, centreDate } from '@shared/centreTime'

dayjs.extend(utc)

/** A kind of appointment in words: the calendar's names, so every screen calls a kind the same. */
export const kindLabel = (t: TFunction, kind: AppointmentKind): string => t(`calendar.kinds.${kind}`)

/** Whole days between the centre date of an instant and a centre date (`YYYY-MM-DD`). */
export const daysSince = (instant: string, today: string): number =>
  Math.max(0, dayjs.utc(today).diff(dayjs.utc(centreDate(instant)), 'day'))

/** Appointment times on the centre's clock, in the user's language. */
export function useDeskFormat() {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const clock = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CENTRE_TIME_ZONE })
    const moment = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone: CENTRE_TIME_ZONE
    })
    const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' })
    const weekday = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: CENTRE_TIME_ZONE })
    const span = (start: string, end: string) => `${clock.format(new Date(start))}–${clock.format(new Date(end))}`
    return {
      /** `09:00–09:50` of an appointment. */
      span,
      /** The day and `09:00–09:50` of an appointment. */
      when: (start: string, end: string) => `${weekday.format(new Date(start))} ${span(start, end)}`,
      /** Date and time of an instant. */
      moment: (iso: string) => moment.format(new Date(iso)),
      /** A centre calendar date, `YYYY-MM-DD`, shown as the day it names. */
      date: (local: string) => day.format(new Date(`${local}T00:00:00Z`))
    }
  }, [i18n.language])
}
