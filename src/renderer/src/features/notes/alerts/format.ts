import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CENTRE_TIME_ZONE } from '@shared/centreTime'

/** Date and time of an instant on the centre's clock, in the user's language. */
export function useMoment(): (iso: string) => string {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: CENTRE_TIME_ZONE })
    return (iso: string) => format.format(new Date(iso))
  }, [i18n.language])
}

/** The note editor's route (features/notes/editor): opening it reads, and audits, the note. */
export const notePath = (studentId: string, noteId: string): string => `/students/${studentId}/notes/${noteId}`
