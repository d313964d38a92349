import { useState, type SyntheticEvent } from 'react'
import type { UseFormReturnType } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import { call } from '../api'
import { describeError, issuesToFormErrors } from './forms'

interface FormCallOptions<C extends Channel, V> {
  toInput: (values: V) => ChannelInput<C>
  /** Queries whose data the write changes. */
  invalidate: Channel[]
  onDone: (value: ChannelOutput<C>) => void
}

export interface FormCall {
  submit: (event?: SyntheticEvent<HTMLFormElement>) => void
  /** A refusal that belongs to no field of the form (e.g. "last admin"), for an Alert. */
  failure: string | null
  pending: boolean
  clearFailure: () => void
}

/**
 * Submits a form to one channel. The core's field issues land on the form's fields (the same
 * translated messages the client-side check shows); a refusal about no field becomes `failure`,
 * so nothing the core says is lost and nothing is written twice.
 */
export function useFormCall<C extends Channel, V extends Record<string, unknown>>(
  channel: C,
  form: UseFormReturnType<V>,
  options: FormCallOptions<C, V>
): FormCall {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  const mutation = useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input) })

  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    const result = await mutation.mutateAsync(options.toInput(values))
    if (!result.ok) {
      const issues = result.error.issues ?? []
      const onForm = issues.filter((issue) => issue.path in values)
      form.setErrors(issuesToFormErrors(onForm, t))
      const elsewhere = issues.filter((issue) => !(issue.path in values))
      if (onForm.length === 0 || elsewhere.length > 0) {
        const details = elsewhere.map((issue) => describeError(t, issue))
        setFailure([describeError(t, result.error), ...details].join(' '))
      }
      return
    }
    await Promise.all(options.invalidate.map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
    options.onDone(result.value)
  })

  return { submit, failure, pending: mutation.isPending, clearFailure: () => setFailure(null) }
}
