import { useState } from 'react'
import { Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { STEP_DETAILS, type ReferralDto, type ReferralStatus } from '@shared/contract'
import type { CallError } from '@shared/errors'
import { call } from '../../api'
import { describeError } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { centreToday } from '../watch/format'
import { fieldLabelKey, REFERRAL_QUERIES } from './paths'

interface NextStepProps {
  referral: ReferralDto
  to: ReferralStatus
  beforeAdvance?: () => Promise<boolean>
  onFormIssues?: (error: CallError) => void
  onClose: () => void
}

/** Details written as dates rather than text. */
const DATE_DETAILS = new Set(['until'])

/** Records the next step: its date and what the step asks for (the outcome's diagnosis is required). */
export function NextStepModal({ referral, to, beforeAdvance, onFormIssues, onClose }: NextStepProps) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const keys = STEP_DETAILS[to]
  const [failure, setFailure] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const form = useForm<{ date: string; details: Record<string, string> }>({
    initialValues: { date: centreToday(), details: Object.fromEntries(keys.map((k) => [k, ''])) },
    validate: {
      date: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('validation.date')),
      details: { diagnosis: (v) => (to === 'outcome' && !v?.trim() ? t('validation.required') : null) }
    }
  })
  const status = t(`referrals.statuses.${to}`)

  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    setPending(true)
    try {
      if (beforeAdvance && !(await beforeAdvance())) {
        // The form's own refusal is shown on the page, at its fields.
        onClose()
        return
      }
      const details = Object.fromEntries(Object.entries(values.details).filter(([, v]) => v.trim() !== ''))
      const result = await call('referrals.advance', { id: referral.id, to, date: values.date, details })
      if (!result.ok) {
        const issues = result.error.issues ?? []
        const mine = issues.filter((i) => i.path === 'date' || i.path.startsWith('details.'))
        form.setErrors(Object.fromEntries(mine.map((i) => [i.path, describeError(t, i)])))
        const onForm = issues.filter((i) => fieldLabelKey(i.path) !== null)
        if (onForm.length > 0 && onFormIssues) {
          onFormIssues(result.error)
          onClose()
          return
        }
        if (mine.length === 0 || mine.length < issues.length) setFailure(describeError(t, result.error))
        return
      }
      await Promise.all(REFERRAL_QUERIES.map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
      notify(t, t('referrals.step.saved', { status }))
      onClose()
    } finally {
      setPending(false)
    }
  })

  return (
    <FormModal
      title={t('referrals.track.nextStep', { status })}
      onClose={onClose}
      onSubmit={submit}
      failure={failure}
      pending={pending}
      submitLabel={t('referrals.step.submit')}
    >
      {to === 'sent' && <Text size="sm">{t('referrals.step.sentHelp')}</Text>}
      <TextInput
        type="date"
        label={t('referrals.step.date')}
        description={t('referrals.step.dateHelp')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('date')}
      />
      {keys.map((key) =>
        DATE_DETAILS.has(key) ? (
          <TextInput key={key} type="date" label={t(`referrals.step.details.${key}`)} {...form.getInputProps(`details.${key}`)} />
        ) : (
          <Textarea
            key={key}
            label={t(`referrals.step.details.${key}`)}
            withAsterisk={to === 'outcome' && key === 'diagnosis'}
            autosize
            minRows={key === 'method' || key === 'doctor' ? 1 : 2}
            maxRows={10}
            {...form.getInputProps(`details.${key}`)}
          />
        )
      )}
    </FormModal>
  )
}
