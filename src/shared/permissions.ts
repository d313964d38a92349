import type { Channel } from './contract'
import type { Role } from './roles'

/**
 * Who may call each channel. One table for the whole app: the core checks it on every call,
 * the renderer reads it only to hide what a role cannot use.
 *
 * - `public`: no session needed (first screen, login, recovery).
 * - `session`: any logged-in user, even one who must still change the first password.
 * - a list of roles: a logged-in user whose password is not temporary and whose role is listed.
 */
export type Access = 'public' | 'session' | readonly Role[]

const ALL: readonly Role[] = ['admin', 'counsellor', 'part_time', 'assistant']
const ADMIN: readonly Role[] = ['admin']
/** Roles that do clinical work (part_time only on the students of their stations, checked per record). */
const CLINICAL: readonly Role[] = ['admin', 'counsellor', 'part_time']
const CENTRE_STAFF: readonly Role[] = ['admin', 'counsellor']
/** The centre's intake desk: who keeps the waitlist and calls students the day before. */
const FRONT_DESK: readonly Role[] = ['admin', 'counsellor', 'assistant']

export const ACCESS = {
  'app.status': 'public',
  'auth.setup': 'public',
  'auth.login': 'public',
  'auth.recover': 'public',
  'auth.logout': 'session',
  'auth.lock': 'session',
  'auth.activity': 'session',
  'auth.changePassword': 'session',
  'auth.recoveryCode.get': ADMIN,
  'auth.recoveryCode.confirm': ADMIN,
  'users.list': ADMIN,
  'users.staff': ALL,
  'users.create': ADMIN,
  'users.update': ADMIN,
  'users.resetPassword': ADMIN,
  'users.deactivate': ADMIN,
  'users.reactivate': ADMIN,
  'users.setStations': ADMIN,
  'audit.list': ADMIN,
  'audit.actions': ADMIN,
  'audit.verify': ADMIN,
  'settings.centre.get': ALL,
  'settings.centre.update': ADMIN,
  'settings.security.get': ADMIN,
  'settings.security.update': ADMIN,
  'settings.org.get': ALL,
  'settings.college.create': ADMIN,
  'settings.college.update': ADMIN,
  'settings.college.delete': ADMIN,
  'settings.class.create': ADMIN,
  'settings.class.update': ADMIN,
  'settings.class.delete': ADMIN,
  'settings.rooms.list': ALL,
  'settings.room.create': ADMIN,
  'settings.room.update': ADMIN,
  'settings.room.delete': ADMIN,
  // Students: the front desk sees contact data (checked per record in core/students/access.ts).
  'students.search': ALL,
  'students.list': ALL,
  'students.get': ALL,
  'students.timeline': ALL,
  'students.create': ['admin', 'counsellor', 'assistant'],
  'students.update': ALL,
  'students.import.check': CENTRE_STAFF,
  'students.import.commit': CENTRE_STAFF,
  // The watch list is clinical: never the front desk.
  'watch.list': CLINICAL,
  'watch.get': CLINICAL,
  'watch.setTier': CLINICAL,
  'watch.checklist.complete': CLINICAL,
  'watch.plan.save': CLINICAL,
  'watch.plan.revisions': CLINICAL,
  'watch.followUp.add': CLINICAL,
  'watch.dashboard': CLINICAL,
  // The weekly review is the centre's own meeting.
  'watch.review.agenda': CENTRE_STAFF,
  'watch.review.decide': CENTRE_STAFF,
  'watch.review.pdf': CENTRE_STAFF,
  // Appointments: the front desk books and cancels; a part-time counsellor works on their own
  // calendar and sees others' bookings only as busy rooms (checked per record in core/appointments).
  'appointments.settings.get': ALL,
  'appointments.settings.update': ADMIN,
  'appointments.availability.get': ALL,
  'appointments.availability.set': CLINICAL,
  'appointments.exception.add': CLINICAL,
  'appointments.exception.delete': CLINICAL,
  'appointments.calendar': ALL,
  'appointments.get': ALL,
  'appointments.book': ALL,
  'appointments.move': ALL,
  'appointments.cancel': ALL,
  'appointments.attend': ALL,
  'appointments.participant.add': ALL,
  'appointments.participant.remove': ALL,
  'appointments.forStudent': ALL,
  'appointments.waitlist.list': FRONT_DESK,
  'appointments.waitlist.add': FRONT_DESK,
  'appointments.waitlist.remove': FRONT_DESK,
  'appointments.remindList': FRONT_DESK,
  'appointments.dayList.pdf': ALL,
  'appointments.dashboard': ALL,
  // Notes are clinical: never the front desk. Sensitive notes: author and admin (checked per record).
  'notes.templates.list': CLINICAL,
  'notes.templates.save': ADMIN,
  'notes.templates.retire': ADMIN,
  'notes.categories.get': CLINICAL,
  'notes.categories.save': ADMIN,
  'notes.riskRules.get': CLINICAL,
  'notes.riskRules.save': ADMIN,
  'notes.create': CLINICAL,
  'notes.saveDraft': CLINICAL,
  'notes.discardDraft': CLINICAL,
  'notes.sign': CLINICAL,
  'notes.addendum': CLINICAL,
  'notes.get': CLINICAL,
  'notes.forStudent': CLINICAL,
  'notes.myDrafts': CLINICAL,
  'notes.search': CLINICAL,
  'notes.summary.pdf': CLINICAL,
  'alerts.list': CLINICAL,
  'alerts.resolve': CLINICAL,
  // Referrals carry clinical content (history, risk): never the front desk.
  'referrals.hospitals.list': CLINICAL,
  'referrals.hospitals.save': ADMIN,
  'referrals.prefill': CLINICAL,
  'referrals.create': CLINICAL,
  'referrals.update': CLINICAL,
  'referrals.get': CLINICAL,
  'referrals.forStudent': CLINICAL,
  'referrals.list': CLINICAL,
  'referrals.advance': CLINICAL,
  'referrals.stepBack': CLINICAL,
  'referrals.contact': CLINICAL,
  'referrals.letter.pdf': CLINICAL,
  'referrals.returnForm.pdf': CLINICAL,
  // Screening: never the front desk. Rounds and imports are the centre's; part-time counsellors
  // interview the flagged students of their stations (checked per record).
  'screening.instruments.list': CLINICAL,
  'screening.instruments.save': ADMIN,
  'screening.rounds.list': CLINICAL,
  'screening.rounds.create': CENTRE_STAFF,
  'screening.platforms.list': CENTRE_STAFF,
  'screening.import.check': CENTRE_STAFF,
  'screening.import.commit': CENTRE_STAFF,
  'screening.import.progress': CENTRE_STAFF,
  'screening.imports.list': CENTRE_STAFF,
  'screening.flags.list': CLINICAL,
  'screening.interview.book': CLINICAL,
  'screening.interview.record': CLINICAL,
  'screening.overview': CENTRE_STAFF,
  'screening.overview.export': CENTRE_STAFF,
  'screening.student.results': CLINICAL,
  'screening.result.get': CLINICAL,
  'screening.administer': CLINICAL,
  // Statistics: anonymised aggregates for the centre's full-time staff; the threshold is the director's.
  'stats.settings.get': CENTRE_STAFF,
  'stats.settings.update': ADMIN,
  'stats.report': CENTRE_STAFF,
  'stats.export': CENTRE_STAFF,
  // The centre's own activities (trainings, publicity, events): logged by whoever ran them.
  'activities.list': CLINICAL,
  'activities.create': CLINICAL,
  'activities.update': CLINICAL,
  'activities.remove': CLINICAL,
  // Backups, restore and the data lifecycle are the director's; everyone sees a failed backup.
  'backup.settings.get': ADMIN,
  'backup.settings.update': ADMIN,
  'backup.status': ALL,
  // Only opens the shell's folder dialog and returns the path chosen; the first screen needs it.
  'backup.pickFolder': 'public',
  'backup.create': ADMIN,
  'backup.list': ADMIN,
  'backup.verify': ADMIN,
  'backup.restore': ADMIN,
  // The first screen of a fresh install or a vault that cannot be opened (refused otherwise).
  'backup.inspect': 'public',
  'backup.restoreFresh': 'public',
  'retention.get': ADMIN,
  'retention.update': ADMIN,
  'retention.preview': ADMIN,
  'retention.purge': ADMIN,
  'records.student.pdf': ADMIN
} as const satisfies Record<Channel, Access>

/** Whether a role may call a channel at all (the core adds per-record checks on top). */
export function roleMayCall(role: Role, channel: Channel): boolean {
  const access: Access = ACCESS[channel]
  if (access === 'public' || access === 'session') return true
  return access.includes(role)
}
