import type { ReferralStatus } from '@shared/contract'
import { addDays, isRealDate } from '@shared/centreTime'

type Urgency = 'routine' | 'urgent' | 'emergency'

/** Days the hospital has to see the student once the letter is sent, by urgency. */
const SEEN_WITHIN: Record<Urgency, number> = { emergency: 1, urgent: 3, routine: 7 }

/** Days within which the step after each state is due (sent and on_leave depend on the case). */
const DUE_WITHIN: Record<Exclude<ReferralStatus, 'sent' | 'on_leave' | 'closed'>, number> = {
  draft: 3,
  seen: 14,
  outcome: 30,
  returned: 14,
  follow_up: 90
}

/** A leave with no end date given is looked at again after half a year. */
const LEAVE_DAYS = 180

export interface DueInput {
  status: ReferralStatus
  /** The centre date the state was entered. */
  statusDate: string
  urgency: Urgency
  /** The details of the step that entered the state (on_leave: `until`). */
  entryDetails: Record<string, string>
}

/** When the next step is due (a centre date), or null for a closed referral. */
export function dueDate({ status, statusDate, urgency, entryDetails }: DueInput): string | null {
  switch (status) {
    case 'closed':
      return null
    case 'sent':
      return addDays(statusDate, SEEN_WITHIN[urgency])
    case 'on_leave': {
      const until = entryDetails.until ?? ''
      return isRealDate(until) ? until : addDays(statusDate, LEAVE_DAYS)
    }
    default:
      return addDays(statusDate, DUE_WITHIN[status])
  }
}

/** Overdue once the due day has passed (on the due day itself the step is still on time). */
export const isOverdue = (due: string | null, today: string): boolean => due !== null && today > due
