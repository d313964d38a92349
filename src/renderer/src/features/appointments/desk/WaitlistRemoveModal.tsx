import { Radio, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { useFormCall } from '../../../components/useFormCall'
import { DESK_QUERIES } from './invalidate'

const REASONS = ['withdrawn', 'booked_elsewhere'] as const
type Reason = (typeof REASONS)[number]

/** Takes a student off the waitlist, saying why; the dialog is the confirmation. */
export function WaitlistRemoveModal({ entry, onClose }: { entry: { id: string; studentName: string }; onClose: () => void }) {
  const { t } = useTranslation()
  const form = useForm<{ reason: Reason }>({ initialValues: { reason: 'withdrawn' } })
  const send = useFormCall('appointments.waitlist.remove', form, {
    toInput: (v) => ({ id: entry.id, reason: v.reason }),
    invalidate: DESK_QUERIES,
    onDone: () => {
      notify(t, t('desk.waitlistRemove.saved', { name: entry.studentName }))
      onClose()
    }
  })

  return (
    <FormModal
      title={t('desk.waitlistRemove.title')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('desk.waitlistRemove.submit')}
    >
      <Text>{t('desk.waitlistRemove.body', { name: entry.studentName })}</Text>
      <Radio.Group label={t('desk.waitlistRemove.reason')} withAsterisk {...form.getInputProps('reason')}>
        <Stack gap="xs" mt="xs">
          {REASONS.map((r) => (
            <Radio key={r} value={r} label={t(`desk.waitlistRemove.${r}`)} data-autofocus={r === 'withdrawn' || undefined} />
          ))}
        </Stack>
      </Radio.Group>
    </FormModal>
  )
}
