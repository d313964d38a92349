import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CENTRE_TIME_ZONE, centreDate } from '@shared/centreTime'

/** Today's calendar date (`YYYY-MM-DD`) at the centre, as the core computes it. */
export const centreToday = (now: Date = new Date()): string => centreDate(now)

/** Whether an open deadline (ISO instant) has passed. */
export function isPast(iso: string, now: Date = new Date()): boolean {
  return new Date(iso).getTime() < now.getTime()
}

/** Dates and times in the user's language; calendar dates are shown as the day they name, in any time zone. */
export function useWatchFormat() {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' })
    const moment = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: CENTRE_TIME_ZONE })
    return {
      /** A local calendar date, `YYYY-MM-DD`. */
      date: (local: string) => day.format(new Date(`${local}T00:00:00Z`)),
      /** An ISO instant. */
      time: (iso: string) => moment.format(new Date(iso))
    }
  }, [i18n.language])
}
