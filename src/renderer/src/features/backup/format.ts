import { useTranslation } from 'react-i18next'
import { CENTRE_TIME_ZONE } from '@shared/centreTime'
import type { ChannelOutput } from '@shared/contract'
import { describeError } from '../../components/forms'

type Problem = ChannelOutput<'backup.verify'>['problems'][number]

/** The tables a count names, as the reader knows them; an unknown table shows its own name. */
const KNOWN_TABLES = new Set([
  'students',
  'notes',
  'note_addenda',
  'crisis_alerts',
  'referrals',
  'referral_events',
  'screening_flags',
  'screening_results',
  'checklist_items',
  'watch_status',
  'tier_changes',
  'plan_revisions',
  'follow_ups',
  'review_decisions',
  'waitlist',
  'appointment_participants',
  'appointments',
  'appointment_series'
])

/** Dates, sizes, counts and problems of backups, in the reader's language and the centre's time. */
export function useBackupFormat() {
  const { t, i18n } = useTranslation()
  const moment = new Intl.DateTimeFormat(i18n.language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: CENTRE_TIME_ZONE
  })
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' })
  const number = new Intl.NumberFormat(i18n.language)
  return {
    /** An instant, e.g. 2026年11月2日 09:00 (centre time). */
    at: (iso: string): string => moment.format(new Date(iso)),
    /** A calendar date `YYYY-MM-DD` (already the centre's), e.g. 2016年11月2日. */
    date: (date: string): string => day.format(new Date(`${date}T00:00:00Z`)),
    bytes: (n: number): string => bytes(i18n.language, n),
    /** Students, notes and appointments at the backup, and every row in all. */
    counts: (counts: Record<string, number>): string => {
      const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
      const of = (table: string): string => number.format(counts[table] ?? 0)
      return t('backup.list.counts', { students: of('students'), notes: of('notes'), appointments: of('appointments'), total: number.format(total) })
    },
    table: (name: string): string => (KNOWN_TABLES.has(name) ? t(`backup.tables.${name}`) : name),
    problem: (problem: Problem): string => describeError(t, problem)
  }
}

function bytes(locale: string, n: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = n
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)
}
