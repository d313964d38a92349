import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, EXCEPTION_KINDS } from '@shared/contract'
import { schemaValidator } from '../../../components/forms'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { useFormCall } from '../../../components/useFormCall'
import { centreToday } from '../../watch/format'

type ExceptionKind = (typeof EXCEPTION_KINDS)[number]

interface ExceptionValues extends Record<string, unknown> {
  kind: ExceptionKind | null
  from: string
  to: string
  note: string
}

/** Leave, a training day …: dates on which this counsellor takes no bookings. */
export function ExceptionModal({ userId, onClose }: { userId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['appointments.exception.add'].input, t)
  const today = centreToday()
  const form = useForm<ExceptionValues>({
    initialValues: { kind: 'leave', from: today, to: today, note: '' },
    validate: (values) => check({ ...values, userId, kind: values.kind ?? undefined })
  })
  const send = useFormCall('appointments.exception.add', form, {
    toInput: (v) => ({ userId, kind: v.kind as ExceptionKind, from: v.from, to: v.to, note: v.note }),
    invalidate: ['appointments.availability.get', 'appointments.calendar'],
    onDone: () => {
      notify(t, t('desk.exceptions.saved'))
      onClose()
    }
  })

  return (
    <FormModal
      title={t('desk.exceptions.add')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('desk.exceptions.submit')}
    >
      <Select
        label={t('desk.exceptions.kind')}
        withAsterisk
        data-autofocus
        allowDeselect={false}
        data={EXCEPTION_KINDS.map((k) => ({ value: k, label: t(`desk.exceptionKinds.${k}`) }))}
        {...form.getInputProps('kind')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput type="date" label={t('desk.exceptions.from')} withAsterisk {...form.getInputProps('from')} />
        <TextInput type="date" label={t('desk.exceptions.to')} withAsterisk {...form.getInputProps('to')} />
      </SimpleGrid>
      <Textarea label={t('desk.exceptions.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
    </FormModal>
  )
}
