import { calendarStrings } from './appointments/calendar/i18n'
import { deskStrings } from './appointments/desk/i18n'
import { auditStrings } from './audit/i18n'
import { backupStrings } from './backup/i18n'
import { alertsStrings } from './notes/alerts/i18n'
import { notesAdminStrings } from './notes/admin/i18n'
import { notesStrings } from './notes/i18n'
import { referralsStrings } from './referrals/i18n'
import { screeningStrings } from './screening/i18n'
import { authStrings } from './auth/i18n'
import { homeStrings } from './home/i18n'
import { settingsStrings } from './settings/i18n'
import { statsStrings } from './stats/i18n'
import { studentsStrings } from './students/i18n'
import { usersStrings } from './users/i18n'
import { watchStrings } from './watch/i18n'

/** Each feature's strings, under its own top-level key (`t('users.title')`). */
export const featureStrings = {
  auth: authStrings,
  users: usersStrings,
  audit: auditStrings,
  settings: settingsStrings,
  home: homeStrings,
  students: studentsStrings,
  watch: watchStrings,
  calendar: calendarStrings,
  desk: deskStrings,
  notes: notesStrings,
  notesAdmin: notesAdminStrings,
  alerts: alertsStrings,
  referrals: referralsStrings,
  screening: screeningStrings,
  stats: statsStrings,
  backup: backupStrings
}
