import type { students } from './schema'

type Status = (typeof students.$inferSelect)['status']

/** Statuses of a student who has left the college: their records' retention clock runs. */
export const LEFT_STATUSES: readonly Status[] = ['graduated', 'withdrawn']

export const hasLeft = (status: Status): boolean => LEFT_STATUSES.includes(status)

/**
 * The `left_on` date after a status is written. The first day the student is recorded as left
 * starts the retention clock; a move between graduated and withdrawn keeps it; coming back
 * (enrolled, on leave) clears it, so a returning student's records are never purged.
 */
export function leftOnAfter(before: { status: Status; leftOn: string | null } | undefined, status: Status, today: string): string | null {
  if (!hasLeft(status)) return null
  if (before && hasLeft(before.status) && before.leftOn !== null) return before.leftOn
  return today
}
