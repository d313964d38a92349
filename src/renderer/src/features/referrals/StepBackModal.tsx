import { Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, REFERRAL_STATUSES, type ReferralDto, type ReferralStatus } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { REFERRAL_QUERIES } from './paths'

/**
 * The state a step back returns to: the one before in the events (on leave or straight back to
 * school), or the one before in order; a closed referral reopens to follow-up.
 */
function previousState(referral: ReferralDto): ReferralStatus {
  const entered = referral.events.filter((e) => e.kind !== 'contact' && e.status).map((e) => e.status as ReferralStatus)
  const before = entered.length >= 2 ? entered[entered.length - 2] : undefined
  if (before && REFERRAL_STATUSES.indexOf(before) < REFERRAL_STATUSES.indexOf(referral.status)) return before
  return REFERRAL_STATUSES[Math.max(0, REFERRAL_STATUSES.indexOf(referral.status) - 1)] ?? 'draft'
}

/** One step back with a written reason; for a closed referral, reopening it. */
export function StepBackModal({ referral, onClose }: { referral: ReferralDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['referrals.stepBack'].input, t)
  const form = useForm<{ reason: string }>({ initialValues: { reason: '' }, validate: (v) => check({ id: referral.id, ...v }) })
  const reopen = referral.status === 'closed'
  const send = useFormCall('referrals.stepBack', form, {
    toInput: (v) => ({ id: referral.id, reason: v.reason }),
    invalidate: REFERRAL_QUERIES,
    onDone: (value) => {
      notify(t, t('referrals.back.saved', { status: t(`referrals.statuses.${value.status}`) }))
      onClose()
    }
  })
  const from = t(`referrals.statuses.${referral.status}`)
  const to = t(`referrals.statuses.${previousState(referral)}`)

  return (
    <FormModal
      title={t(reopen ? 'referrals.back.reopenTitle' : 'referrals.back.title')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t(reopen ? 'referrals.back.reopenSubmit' : 'referrals.back.submit')}
    >
      <Text size="sm">{t('referrals.back.intro', { from, to })}</Text>
      <Textarea label={t('referrals.back.reason')} withAsterisk data-autofocus autosize minRows={3} maxRows={10} {...form.getInputProps('reason')} />
    </FormModal>
  )
}
