import { z } from 'zod'

/** 初访, counselling, follow-up, crisis, group, 心理体验开放日 visit, phone/online. */
export const APPOINTMENT_KINDS = ['intake', 'counselling', 'follow_up', 'crisis', 'group', 'open_day', 'remote'] as const
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number]
export const appointmentKind = z.enum(APPOINTMENT_KINDS, { message: 'validation.choice' })

/** Kinds with many participants and a capacity rather than one student. */
export const GROUP_KINDS: readonly AppointmentKind[] = ['group', 'open_day']

export const APPOINTMENT_STATUSES = ['booked', 'attended', 'cancelled'] as const
export const CANCEL_REASONS = ['student', 'centre', 'no_show'] as const
export const EXCEPTION_KINDS = ['leave', 'training', 'other'] as const
export const WAITLIST_URGENCIES = ['routine', 'soon', 'urgent'] as const

/** Default lengths in minutes (50-minute counselling hour); admin may change them. */
export const DEFAULT_KIND_MINUTES: Record<AppointmentKind, number> = {
  intake: 50,
  counselling: 50,
  follow_up: 50,
  crisis: 60,
  group: 90,
  open_day: 60,
  remote: 30
}
