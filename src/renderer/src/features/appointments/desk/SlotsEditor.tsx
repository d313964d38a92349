import { useState } from 'react'
import { ActionIcon, Alert, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { randomId } from '@mantine/hooks'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract, type ChannelInput, type ChannelOutput } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { call, callOrThrow } from '../../../api'
import { describeError, issuesToFormErrors, schemaValidator } from '../../../components/forms'
import { notify } from '../../../components/notify'

type Slot = ChannelOutput<'appointments.availability.get'>['slots'][number]
interface SlotRow {
  key: string
  weekday: number
  start: string
  end: string
  roomId: string | null
  site: string
}
interface SlotValues extends Record<string, unknown> {
  slots: SlotRow[]
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7]
const FIELD_ISSUE = /^slots\.(\d+)\.(weekday|start|end|roomId|site)$/
const ROW_ISSUE = /^slots\.(\d+)(\.|$)/

const toRows = (slots: Slot[]): SlotRow[] =>
  [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
    .map((s) => ({ key: s.id, weekday: s.weekday, start: s.start, end: s.end, roomId: s.roomId, site: s.site }))

const toInput = (userId: string, values: SlotValues): ChannelInput<'appointments.availability.set'> => ({
  userId,
  // Sent in the form's order, so the core's `slots.N` issues point at the row on screen.
  slots: values.slots.map(({ weekday, start, end, roomId, site }) => ({ weekday, start, end, roomId, site }))
})

/**
 * A counsellor's weekly hours, one fieldset per weekday. Saving replaces them all; the core's
 * objections (an end before its start, overlapping hours) land on the row they are about.
 */
export function SlotsEditor({ userId, slots }: { userId: string; slots: Slot[] }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({})
  const rooms = useQuery({ queryKey: ['settings.rooms.list', {}], queryFn: () => callOrThrow('settings.rooms.list', {}) })
  const check = schemaValidator(contract['appointments.availability.set'].input, t)
  const form = useForm<SlotValues>({
    initialValues: { slots: toRows(slots) },
    validate: (values) => check(toInput(userId, values))
  })
  const save = useMutation({ mutationFn: (input: ChannelInput<'appointments.availability.set'>) => call('appointments.availability.set', input) })

  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    setRowErrors({})
    const result = await save.mutateAsync(toInput(userId, values))
    if (!result.ok) {
      showIssues(result.error.issues ?? [], describeError(t, result.error))
      return
    }
    form.resetDirty()
    notify(t, t('desk.availability.saved'))
    await Promise.all(['appointments.availability.get', 'appointments.calendar'].map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
  })

  function showIssues(issues: FieldIssue[], headline: string) {
    const onField = issues.filter((i) => FIELD_ISSUE.test(i.path))
    form.setErrors(issuesToFormErrors(onField, t))
    const onRow: Record<number, string> = {}
    const rest: string[] = []
    for (const issue of issues) {
      if (FIELD_ISSUE.test(issue.path)) continue
      const row = ROW_ISSUE.exec(issue.path)
      if (row) onRow[Number(row[1])] ??= describeError(t, issue)
      else rest.push(describeError(t, issue))
    }
    setRowErrors(onRow)
    if (rest.length > 0 || issues.length === 0) setFailure([headline, ...rest].join(' '))
  }

  const roomOptions = (rooms.data ?? [])
    .filter((r) => r.active || form.values.slots.some((s) => s.roomId === r.id))
    .map((r) => ({ value: r.id, label: r.name }))
  const weekday = (n: number) => t(`desk.weekdays.${n}`)

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {WEEKDAYS.map((day) => {
          const rows = form.values.slots.map((row, index) => ({ row, index })).filter(({ row }) => row.weekday === day)
          return (
            <Fieldset key={day} legend={weekday(day)} variant="filled" p="sm">
              <Stack gap="xs">
                {rows.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('desk.availability.noSlots')}
                  </Text>
                )}
                {rows.map(({ row, index }, n) => (
                  <div key={row.key} role="group" aria-label={t('desk.availability.slotGroup', { weekday: weekday(day), n: n + 1 })}>
                    <Group align="flex-start" gap="sm" wrap="wrap">
                      <TextInput type="time" label={t('desk.availability.start')} w={130} withAsterisk {...form.getInputProps(`slots.${index}.start`)} />
                      <TextInput type="time" label={t('desk.availability.end')} w={130} withAsterisk {...form.getInputProps(`slots.${index}.end`)} />
                      <Select
                        label={t('desk.availability.room')}
                        placeholder={t('desk.availability.noRoom')}
                        data={roomOptions}
                        clearable
                        clearButtonProps={{ 'aria-label': t('actions.clear') }}
                        w={200}
                        {...form.getInputProps(`slots.${index}.roomId`)}
                      />
                      <TextInput label={t('desk.availability.site')} placeholder={t('desk.availability.siteHelp')} w={200} {...form.getInputProps(`slots.${index}.site`)} />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        mt={26}
                        aria-label={t('desk.availability.removeSlotLabel', { weekday: weekday(day), start: row.start, end: row.end })}
                        onClick={() => {
                          setRowErrors({})
                          form.removeListItem('slots', index)
                        }}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Group>
                    {rowErrors[index] && (
                      <Text c="var(--mantine-color-error)" size="sm" role="alert" mt={4}>
                        {rowErrors[index]}
                      </Text>
                    )}
                  </div>
                ))}
                <Group>
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    aria-label={t('desk.availability.addSlotLabel', { weekday: weekday(day) })}
                    onClick={() => form.insertListItem('slots', { key: randomId(), weekday: day, start: '09:00', end: '12:00', roomId: null, site: '' })}
                  >
                    {t('desk.availability.addSlot')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          )
        })}
        {failure && (
          <Alert color="red" role="alert" title={t('desk.availability.failed')}>
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('desk.availability.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
