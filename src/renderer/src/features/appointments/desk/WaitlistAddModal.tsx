import { Radio, Group, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, WAITLIST_URGENCIES } from '@shared/contract'
import { schemaValidator } from '../../../components/forms'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { useFormCall } from '../../../components/useFormCall'
import { DESK_QUERIES } from './invalidate'
import { StudentPicker } from '../calendar/StudentPicker'

type Urgency = (typeof WAITLIST_URGENCIES)[number]

interface WaitlistValues extends Record<string, unknown> {
  studentId: string | null
  urgency: Urgency
  note: string
}

/**
 * Puts a student on the waitlist for a first appointment. Opened from the waitlist (the student
 * is searched for) or from a student's file (`student` given, no search).
 */
export function WaitlistAddModal({ student, onClose }: { student?: { id: string; label: string }; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['appointments.waitlist.add'].input, t)
  const form = useForm<WaitlistValues>({
    initialValues: { studentId: student?.id ?? null, urgency: 'routine', note: '' },
    validate: (values) => check({ ...values, studentId: values.studentId ?? undefined })
  })
  const send = useFormCall('appointments.waitlist.add', form, {
    toInput: (v) => ({ studentId: v.studentId ?? '', urgency: v.urgency, note: v.note }),
    invalidate: DESK_QUERIES,
    onDone: (entry) => {
      notify(t, t('desk.waitlistAdd.saved', { name: entry.studentName }))
      onClose()
    }
  })

  return (
    <FormModal
      title={t('desk.waitlistAdd.title')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('desk.waitlistAdd.submit')}
    >
      {student ? (
        <Text fw={500}>{t('desk.waitlistAdd.studentFixed', { name: student.label })}</Text>
      ) : (
        <StudentPicker
          label={t('desk.waitlistAdd.student')}
          withAsterisk
          autoFocus
          value={form.getValues().studentId}
          onChange={(id) => form.setFieldValue('studentId', id)}
          error={form.errors['studentId']}
        />
      )}
      <Radio.Group label={t('desk.waitlistAdd.urgency')} withAsterisk {...form.getInputProps('urgency')}>
        <Group mt="xs">
          {[...WAITLIST_URGENCIES].reverse().map((u) => (
            <Radio key={u} value={u} label={t(`desk.urgencies.${u}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('desk.waitlistAdd.note')}
        description={t('desk.waitlistAdd.noteHelp')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('note')}
      />
    </FormModal>
  )
}
