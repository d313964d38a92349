import { Alert, Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { APPOINTMENT_KINDS, contract, type AppointmentKind, type ChannelOutput } from '@shared/contract'
import { callOrThrow } from '../../../api'
import { schemaValidator } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { QueryState } from '../../../components/QueryState'
import { useFormCall } from '../../../components/useFormCall'
import { kindLabel } from './format'

type Settings = ChannelOutput<'appointments.settings.get'>
interface SettingsValues extends Record<string, unknown> {
  /** A number field being edited may be empty. */
  minutes: Record<AppointmentKind, number | string>
  dayStart: string
  dayEnd: string
}

/** An empty number field is "required", not "not a number". */
const toNumbers = (minutes: SettingsValues['minutes']) =>
  Object.fromEntries(APPOINTMENT_KINDS.map((k) => [k, minutes[k] === '' ? undefined : Number(minutes[k])])) as Record<AppointmentKind, number>

/** The settings page's appointments tab: default length per kind, and the calendar's hours. */
export function AppointmentSettingsTab() {
  const settings = useQuery({ queryKey: ['appointments.settings.get', {}], queryFn: () => callOrThrow('appointments.settings.get', {}) })
  return settings.data ? <SettingsForm settings={settings.data} /> : <QueryState query={settings} failedKey="desk.settings.loadFailed" />
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['appointments.settings.update'].input, t)
  const form = useForm<SettingsValues>({
    initialValues: { minutes: { ...settings.minutes }, dayStart: settings.dayStart, dayEnd: settings.dayEnd },
    validate: (v) => check({ ...v, minutes: toNumbers(v.minutes) })
  })
  const send = useFormCall('appointments.settings.update', form, {
    toInput: (v) => ({ minutes: toNumbers(v.minutes), dayStart: v.dayStart, dayEnd: v.dayEnd }),
    invalidate: ['appointments.settings.get', 'appointments.calendar'],
    onDone: () => notify(t, t('desk.settings.saved'))
  })

  return (
    <form onSubmit={send.submit} noValidate>
      <Stack maw={720}>
        <Text size="sm">{t('desk.settings.intro')}</Text>
        <Fieldset legend={t('desk.settings.minutesTitle')}>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm">
            {APPOINTMENT_KINDS.map((kind) => (
              <NumberInput
                key={kind}
                label={kindLabel(t, kind)}
                description={t('desk.settings.minutesHelp')}
                min={10}
                max={480}
                step={5}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                withAsterisk
                {...form.getInputProps(`minutes.${kind}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('desk.settings.dayTitle')}>
          <Group gap="sm" align="flex-start">
            <TextInput type="time" label={t('desk.settings.dayStart')} withAsterisk w={160} {...form.getInputProps('dayStart')} />
            <TextInput type="time" label={t('desk.settings.dayEnd')} withAsterisk w={160} {...form.getInputProps('dayEnd')} />
          </Group>
        </Fieldset>
        {send.failure && (
          <Alert color="red" role="alert" title={t('desk.settings.failed')}>
            {send.failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={send.pending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
