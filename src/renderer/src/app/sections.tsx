import type { ComponentType } from 'react'
import {
  IconCalendarCheck,
  IconCalendarEvent,
  IconCalendarTime,
  IconChartBar,
  IconClipboardList,
  IconEye,
  IconFileText,
  IconHome,
  IconHourglass,
  IconReportMedical,
  IconStethoscope,
  IconSchool,
  IconSettings,
  IconUserCircle,
  IconUsers
} from '@tabler/icons-react'
import type { Channel } from '@shared/contract'
import { CalendarPage } from '../features/appointments/calendar/CalendarPage'
import { AvailabilityPage } from '../features/appointments/desk/AvailabilityPage'
import { WaitlistPage } from '../features/appointments/desk/WaitlistPage'
import { AuditPage } from '../features/audit/AuditPage'
import { NotesSearchPage } from '../features/notes/NotesSearchPage'
import { ReferralsPage } from '../features/referrals/ReferralsPage'
import { ScreeningPage } from '../features/screening/ScreeningPage'
import { AccountPage } from '../features/auth/AccountPage'
import { HomePage } from '../features/home/HomePage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { StatsPage } from '../features/stats/StatsPage'
import { UsersPage } from '../features/users/UsersPage'
import { StudentsPage } from '../features/students/StudentsPage'
import { WatchListPage } from '../features/watch/WatchListPage'
import { WeeklyReviewPage } from '../features/watch/WeeklyReviewPage'

export interface Section {
  path: string
  labelKey: string
  icon: ComponentType<{ size?: number; stroke?: number }>
  Page: ComponentType
  /** Shown only to roles that may call this channel (shared/permissions.ts). */
  needs?: Channel
}

/** Every section of the app; a capability adds its own. Only what exists is listed. */
export const SECTIONS: Section[] = [
  { path: '/', labelKey: 'nav.home', icon: IconHome, Page: HomePage },
  { path: '/calendar', labelKey: 'nav.calendar', icon: IconCalendarEvent, Page: CalendarPage, needs: 'appointments.calendar' },
  { path: '/waitlist', labelKey: 'nav.waitlist', icon: IconHourglass, Page: WaitlistPage, needs: 'appointments.waitlist.list' },
  { path: '/students', labelKey: 'nav.students', icon: IconSchool, Page: StudentsPage, needs: 'students.list' },
  { path: '/notes', labelKey: 'nav.notes', icon: IconFileText, Page: NotesSearchPage, needs: 'notes.search' },
  { path: '/watch', labelKey: 'nav.watch', icon: IconEye, Page: WatchListPage, needs: 'watch.list' },
  { path: '/screening', labelKey: 'nav.screening', icon: IconReportMedical, Page: ScreeningPage, needs: 'screening.rounds.list' },
  { path: '/referrals', labelKey: 'nav.referrals', icon: IconStethoscope, Page: ReferralsPage, needs: 'referrals.list' },
  { path: '/stats', labelKey: 'nav.stats', icon: IconChartBar, Page: StatsPage, needs: 'activities.list' },
  { path: '/review', labelKey: 'nav.review', icon: IconCalendarCheck, Page: WeeklyReviewPage, needs: 'watch.review.agenda' },
  { path: '/availability', labelKey: 'nav.availability', icon: IconCalendarTime, Page: AvailabilityPage, needs: 'appointments.availability.set' },
  { path: '/users', labelKey: 'nav.users', icon: IconUsers, Page: UsersPage, needs: 'users.list' },
  { path: '/audit', labelKey: 'nav.audit', icon: IconClipboardList, Page: AuditPage, needs: 'audit.list' },
  { path: '/settings', labelKey: 'nav.settings', icon: IconSettings, Page: SettingsPage, needs: 'settings.centre.update' },
  { path: '/account', labelKey: 'nav.account', icon: IconUserCircle, Page: AccountPage }
]
