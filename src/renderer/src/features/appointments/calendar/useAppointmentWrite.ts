import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ChannelInput, ChannelOutput } from '@shared/contract'
import type { CallError, FieldIssue } from '@shared/errors'
import { call } from '../../../api'
import { describeError } from '../../../components/forms'
import { APPOINTMENT_QUERIES } from './useCalendarData'

type WriteChannel = 'appointments.book' | 'appointments.move'

/**
 * The core refuses a booking outside the counsellor's hours, or on their leave, unless a reason
 * is given: both are answered by asking for the reason.
 */
export function isOutsideAvailability(error: CallError): boolean {
  return error.messageKey === 'errors.appointments.outsideAvailability' || error.messageKey === 'errors.appointments.onLeave'
}

export type WriteOutcome<C extends WriteChannel> =
  | { ok: true; value: ChannelOutput<C> }
  | { ok: false; issues: FieldIssue[] }

/**
 * Books or moves. A clash is shown as the core words it (it names the clash); a booking outside
 * available hours is not an error to the user but a question: it opens the "reason" field, and
 * the next submit sends the reason along.
 */
export function useAppointmentWrite<C extends WriteChannel>(channel: C) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  const [outside, setOutside] = useState<string | null>(null)
  const mutation = useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input) })

  const send = async (input: ChannelInput<C>): Promise<WriteOutcome<C>> => {
    setFailure(null)
    const result = await mutation.mutateAsync(input)
    if (result.ok) {
      await invalidateAppointments(queryClient)
      return { ok: true, value: result.value }
    }
    const message = describeError(t, result.error)
    if (isOutsideAvailability(result.error)) {
      setOutside(message)
      return { ok: false, issues: [] }
    }
    // A clash is one sentence naming it, said in one place (an alert), not split over fields.
    const issues = result.error.code === 'CONFLICT' ? [] : (result.error.issues ?? [])
    // Field issues go next to their fields (the caller places them); anything else is said here.
    if (issues.length === 0) setFailure(message)
    return { ok: false, issues }
  }

  return { send, failure, outside, pending: mutation.isPending, setFailure }
}

/** The core's refusal in full: its message and, for bad input, what was wrong with each field. */
export function describeRefusal(t: TFunction, error: CallError): string {
  const details = error.code === 'VALIDATION' ? (error.issues ?? []).map((issue) => describeError(t, issue)) : []
  return [describeError(t, error), ...details].join(' ')
}

export function invalidateAppointments(queryClient: ReturnType<typeof useQueryClient>): Promise<unknown> {
  return Promise.all(APPOINTMENT_QUERIES.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })))
}
