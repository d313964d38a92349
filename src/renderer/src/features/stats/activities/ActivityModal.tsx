import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { ACTIVITY_KINDS, activityForm, EVENT_THEMES, PUBLICITY_CHANNELS, type ActivityDto, type ActivityKind } from '@shared/contract'
import { centreDate } from '@shared/centreTime'
import { schemaValidator } from '../../../components/forms'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { toForm, type ActivityValues } from './activityValues'
import { useActivitySave } from './useActivitySave'

const pick = ({ kind, title, date, channel, theme, notes }: ActivityDto) => ({ kind, title, date, channel, theme, notes })

const counted = (kind: ActivityKind | null) => kind === 'training' || kind === 'lecture'

/** Logs a new activity, or edits one (`activity`). Channel shows for publicity only, theme for events only. */
export function ActivityModal({ activity, onClose }: { activity?: ActivityDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(activityForm, t)
  const form = useForm<ActivityValues>({
    initialValues: activity
      ? { ...pick(activity), participants: activity.participants ?? '' }
      : { kind: null, title: '', date: centreDate(), participants: '', channel: null, theme: null, notes: '' },
    validate: (values) => check(toForm(values))
  })
  const editing = activity !== undefined
  const send = useActivitySave(form, activity, (saved) => {
    notify(t, t(editing ? 'stats.activities.form.updated' : 'stats.activities.form.created', { title: saved.title }))
    onClose()
  })
  const kind = form.getValues().kind
  const pickKind = (next: string | null) =>
    // A kind without a channel or theme drops the one picked before, so the form never sends it.
    form.setValues({
      kind: next as ActivityKind | null,
      channel: next === 'publicity' ? form.getValues().channel : null,
      theme: next === 'event' ? form.getValues().theme : null
    })

  return (
    <FormModal
      title={t(editing ? 'stats.activities.form.editTitle' : 'stats.activities.form.createTitle')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t(editing ? 'stats.activities.form.submitEdit' : 'stats.activities.form.submitCreate')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('stats.activities.form.kind')}
          withAsterisk
          data-autofocus
          data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`stats.activities.kinds.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          onChange={pickKind}
        />
        <TextInput type="date" label={t('stats.activities.form.date')} withAsterisk {...form.getInputProps('date')} />
      </SimpleGrid>
      <TextInput label={t('stats.activities.form.title')} withAsterisk {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t('stats.activities.form.participants')}
          description={t('stats.activities.form.participantsHelp')}
          withAsterisk={counted(kind)}
          min={0}
          max={100_000}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('participants')}
        />
        {kind === 'publicity' && (
          <Select
            label={t('stats.activities.form.channel')}
            withAsterisk
            data={PUBLICITY_CHANNELS.map((c) => ({ value: c, label: t(`stats.activities.channels.${c}`) }))}
            {...form.getInputProps('channel')}
          />
        )}
        {kind === 'event' && (
          <Select
            label={t('stats.activities.form.theme')}
            withAsterisk
            data={EVENT_THEMES.map((c) => ({ value: c, label: t(`stats.activities.themes.${c}`) }))}
            {...form.getInputProps('theme')}
          />
        )}
      </SimpleGrid>
      <Textarea
        label={t('stats.activities.form.notes')}
        description={t('stats.activities.form.notesHelp')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('notes')}
      />
    </FormModal>
  )
}
