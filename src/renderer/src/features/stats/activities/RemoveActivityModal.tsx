import { Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, type ActivityDto } from '@shared/contract'
import { schemaValidator } from '../../../components/forms'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { useFormCall } from '../../../components/useFormCall'
import { ACTIVITY_QUERIES } from './queries'

/** Takes an activity out of the log and the counts, with a written reason (the row is kept). */
export function RemoveActivityModal({ activity, onClose }: { activity: ActivityDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['activities.remove'].input, t)
  const form = useForm<{ reason: string }>({ initialValues: { reason: '' }, validate: (v) => check({ id: activity.id, ...v }) })
  const send = useFormCall('activities.remove', form, {
    toInput: (v) => ({ id: activity.id, reason: v.reason }),
    invalidate: ACTIVITY_QUERIES,
    onDone: () => {
      notify(t, t('stats.activities.removeForm.removed', { title: activity.title }))
      onClose()
    }
  })
  return (
    <FormModal
      title={t('stats.activities.removeForm.title', { title: activity.title })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('stats.activities.removeForm.submit')}
    >
      <Text size="sm">{t('stats.activities.removeForm.intro')}</Text>
      <Textarea label={t('stats.activities.removeForm.reason')} withAsterisk data-autofocus autosize minRows={2} maxRows={6} {...form.getInputProps('reason')} />
    </FormModal>
  )
}
