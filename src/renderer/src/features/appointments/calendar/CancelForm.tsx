import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { CANCEL_REASONS, contract, type AppointmentDto } from '@shared/contract'
import { schemaValidator } from '../../../components/forms'
import { useFormCall } from '../../../components/useFormCall'
import { notify } from '../../../components/notify'
import { ScopeChoice, type Scope } from './ScopeChoice'
import { APPOINTMENT_QUERIES } from './useCalendarData'

type Reason = (typeof CANCEL_REASONS)[number]

interface CancelValues extends Record<string, unknown> {
  reason: Reason | null
  note: string
  scope: Scope
}

/** Cancels with a reason (student, centre, no-show) and a note; for a series, this one or the rest. */
export function CancelForm({ appointment: a, onDone, onBack }: { appointment: AppointmentDto; onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['appointments.cancel'].input, t)
  const form = useForm<CancelValues>({
    initialValues: { reason: null, note: '', scope: 'one' },
    validate: (v) => check({ ...v, id: a.id })
  })
  const send = useFormCall('appointments.cancel', form, {
    toInput: (v) => ({ id: a.id, reason: v.reason as Reason, note: v.note, scope: v.scope }),
    invalidate: [...APPOINTMENT_QUERIES],
    onDone: (cancelled) => {
      notify(t, t('calendar.cancel.done', { count: cancelled.length }))
      onDone()
    }
  })
  return (
    <form onSubmit={send.submit} noValidate>
      <Stack>
        <Radio.Group label={t('calendar.cancel.reason')} withAsterisk {...form.getInputProps('reason')}>
          <Group mt={4}>
            {CANCEL_REASONS.map((r) => (
              <Radio key={r} value={r} label={t(`calendar.cancelReasons.${r}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t('calendar.cancel.note')} autosize minRows={2} {...form.getInputProps('note')} />
        {a.seriesId && <ScopeChoice label={t('calendar.cancel.scope')} {...form.getInputProps('scope')} />}
        {send.failure && (
          <Alert color="red" role="alert" title={t('calendar.failed')}>
            {send.failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onBack}>
            {t('calendar.cancel.keep')}
          </Button>
          <Button type="submit" color="red" loading={send.pending}>
            {t('calendar.cancel.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
