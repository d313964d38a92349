import type { TFunction } from 'i18next'
import type { AppointmentKind, RoomDto, SessionDto, StaffDto } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { describeError } from '../../../components/forms'
import { REMOTE_ROOM } from './useCalendarData'

export interface Choice {
  value: string
  label: string
}

/** Active rooms, and "phone/online" for sessions without one. */
export function roomChoices(t: TFunction, rooms: RoomDto[]): Choice[] {
  return [...rooms.filter((r) => r.active).map((r) => ({ value: r.id, label: r.name })), { value: REMOTE_ROOM, label: t('calendar.remoteRoom') }]
}

/** Whose calendar one may book into: a part-time counsellor books only on their own. */
export function counsellorChoices(staff: StaffDto[], user: SessionDto['user']): Choice[] {
  const mine = user.role === 'part_time' ? staff.filter((s) => s.id === user.id) : staff
  return mine.map((s) => ({ value: s.id, label: s.displayName }))
}

const ROOM_KIND_OF: Record<AppointmentKind, RoomDto['kind']> = {
  intake: 'counselling',
  counselling: 'counselling',
  follow_up: 'counselling',
  crisis: 'counselling',
  group: 'group',
  open_day: 'open_day',
  remote: 'remote'
}

/** A first guess at the room: phone/online for remote sessions, else the first room of the right kind. */
export function defaultRoomFor(kind: AppointmentKind, rooms: RoomDto[]): string | null {
  if (kind === 'remote') return REMOTE_ROOM
  return rooms.find((r) => r.active && r.kind === ROOM_KIND_OF[kind])?.id ?? null
}

export const roomIdOf = (room: string | null): string | null => (room === REMOTE_ROOM ? null : room)

/**
 * The core's field issues placed on the form's own fields (the input's names differ from the
 * form's); those that fit no field are returned as text for an alert.
 */
export function placeIssues(
  t: TFunction,
  issues: FieldIssue[],
  fields: Record<string, string>
): { errors: Record<string, string>; rest: string[] } {
  const errors: Record<string, string> = {}
  const rest: string[] = []
  for (const issue of issues) {
    const field = fields[issue.path]
    if (field) errors[field] ??= describeError(t, issue)
    else rest.push(describeError(t, issue))
  }
  return { errors, rest }
}

/** Input field → form field, for booking and moving. */
export const ISSUE_FIELDS: Record<string, string> = {
  kind: 'kind',
  studentId: 'studentId',
  counsellorId: 'counsellorId',
  roomId: 'room',
  start: 'time',
  durationMinutes: 'minutes',
  repeatWeeks: 'repeatWeeks',
  capacity: 'capacity',
  overrideReason: 'overrideReason'
}
