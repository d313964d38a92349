import { useState } from 'react'
import type { UseFormReturnType } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ActivityDto, ActivityForm } from '@shared/contract'
import { call } from '../../../api'
import { describeError, issuesToFormErrors } from '../../../components/forms'
import { toForm, type ActivityValues } from './activityValues'
import { ACTIVITY_QUERIES } from './queries'

/**
 * Creates an activity, or updates `activity`. An update's issues come back under `form.` (the
 * form is nested in its input); they land on the same fields as a new activity's.
 */
export function useActivitySave(form: UseFormReturnType<ActivityValues>, activity: ActivityDto | undefined, onDone: (saved: ActivityDto) => void) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: (values: ActivityForm) => (activity ? call('activities.update', { id: activity.id, form: values }) : call('activities.create', values))
  })
  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    const result = await save.mutateAsync(toForm(values))
    if (!result.ok) {
      const issues = (result.error.issues ?? []).map((issue) => ({ ...issue, path: issue.path.replace(/^form\./, '') }))
      const onForm = issues.filter((issue) => issue.path in values)
      form.setErrors(issuesToFormErrors(onForm, t))
      const elsewhere = issues.filter((issue) => !(issue.path in values))
      if (onForm.length === 0 || elsewhere.length > 0) setFailure([describeError(t, result.error), ...elsewhere.map((i) => describeError(t, i))].join(' '))
      return
    }
    await Promise.all(ACTIVITY_QUERIES.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })))
    onDone(result.value)
  })
  return { submit, failure, pending: save.isPending }
}
