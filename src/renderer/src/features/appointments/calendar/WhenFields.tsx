import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput, type TextareaProps } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { WhenValues } from './whenValues'

/** Date, start time (the centre's clock, whatever the PC's zone) and length. */
export function WhenFields<V extends WhenValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput type="date" label={t('calendar.booking.date')} withAsterisk {...form.getInputProps('date')} />
      <TextInput
        type="time"
        step={300}
        label={t('calendar.booking.time')}
        description={t('calendar.booking.timeHelp')}
        withAsterisk
        {...form.getInputProps('time')}
      />
      <NumberInput label={t('calendar.booking.minutes')} withAsterisk min={10} max={480} step={5} {...form.getInputProps('minutes')} />
    </SimpleGrid>
  )
}

type OverrideProps = Pick<TextareaProps, 'value' | 'onChange' | 'onFocus' | 'onBlur' | 'error'> & {
  /** The core's refusal, which says whose hours and when. */
  message: string
}

/** Outside the counsellor's hours: said plainly, and booked anyway only with a reason. */
export function OverrideReason({ message, ...field }: OverrideProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs">
      <Alert color="orange" role="alert" title={t('calendar.booking.overrideTitle')}>
        {message}
      </Alert>
      <Textarea
        label={t('calendar.booking.overrideReason')}
        description={t('calendar.booking.overrideHelp')}
        withAsterisk
        data-autofocus
        autosize
        minRows={2}
        {...field}
      />
    </Stack>
  )
}

interface WriteFooterProps {
  /** The state of the book or move (useAppointmentWrite). */
  write: { outside: string | null; failure: string | null; pending: boolean }
  /** The override reason field's input props, shown once the core says "outside hours". */
  reasonField: Omit<TextareaProps, 'label'>
  leaveLabel: string
  onLeave: () => void
  submitLabel: string
}

/** The end of a booking or move form: the override reason when asked for, the failure, the buttons. */
export function WriteFooter({ write, reasonField, leaveLabel, onLeave, submitLabel }: WriteFooterProps) {
  const { t } = useTranslation()
  return (
    <>
      {write.outside !== null && <OverrideReason message={write.outside} {...reasonField} />}
      {write.failure && (
        <Alert color="red" role="alert" title={t('calendar.failed')}>
          {write.failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onLeave}>
          {leaveLabel}
        </Button>
        <Button type="submit" loading={write.pending}>
          {write.outside !== null ? t('calendar.booking.submitOverride') : submitLabel}
        </Button>
      </Group>
    </>
  )
}
