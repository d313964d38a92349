import { Alert, Checkbox, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, type AlertDto } from '@shared/contract'
import { schemaValidator } from '../../../components/forms'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { useFormCall } from '../../../components/useFormCall'
import { WATCH_QUERIES } from '../../watch/invalidate'

interface ResolveValues extends Record<string, unknown> {
  action: string
  moveToCrisis: boolean
}

/**
 * Records what was done about an alert, which closes it for everyone. Moving the student to the
 * crisis tier is offered, ticked, in the same step: the usual next act should take no extra work.
 */
export function ResolveAlertModal({ alert, onClose }: { alert: AlertDto; onClose: () => void }) {
  const { t } = useTranslation()
  const alreadyCrisis = alert.tier === 'crisis'
  const check = schemaValidator(contract['alerts.resolve'].input, t)
  const form = useForm<ResolveValues>({
    initialValues: { action: '', moveToCrisis: !alreadyCrisis },
    validate: (values) => check({ id: alert.id, ...values })
  })
  const send = useFormCall('alerts.resolve', form, {
    toInput: (values) => ({ id: alert.id, action: values.action, moveToCrisis: !alreadyCrisis && values.moveToCrisis }),
    invalidate: ['alerts.list', ...WATCH_QUERIES],
    onDone: () => {
      const moved = !alreadyCrisis && form.getValues().moveToCrisis
      notify(t, moved ? t('alerts.resolve.savedAndMoved', { name: alert.studentName }) : t('alerts.resolve.saved'))
      onClose()
    }
  })
  const level = t(`alerts.levels.${alert.level}`)
  const source = t(`alerts.card.sources.${alert.source}`)

  return (
    <FormModal
      title={t('alerts.resolve.title', { name: alert.studentName })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('alerts.resolve.submit')}
    >
      <Text size="sm">{t('alerts.resolve.summary', { name: alert.studentName, studentNo: alert.studentNo, level, source })}</Text>
      <Textarea
        label={t('alerts.resolve.action')}
        description={t('alerts.resolve.actionHelp')}
        withAsterisk
        autosize
        minRows={4}
        maxRows={10}
        data-autofocus
        {...form.getInputProps('action')}
      />
      {alreadyCrisis ? (
        <Alert color="blue" variant="light">
          {t('alerts.resolve.alreadyCrisis')}
        </Alert>
      ) : (
        <Checkbox
          label={t('alerts.resolve.moveToCrisis')}
          description={t('alerts.resolve.moveToCrisisHelp')}
          {...form.getInputProps('moveToCrisis', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  )
}
