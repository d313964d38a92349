import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, FOLLOW_UP_CHANNELS, FOLLOW_UP_KINDS } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { centreToday } from './format'
import { WATCH_QUERIES } from './invalidate'

type Kind = (typeof FOLLOW_UP_KINDS)[number]
type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number]

interface FollowUpValues extends Record<string, unknown> {
  kind: Kind | null
  date: string
  channel: FollowUpChannel | null
  withWhom: string
  summary: string
}

/** Peer support, family contact, dorm visit …: each counted later as a person-time. */
export function FollowUpModal({ studentId, onClose }: { studentId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['watch.followUp.add'].input, t)
  const form = useForm<FollowUpValues>({
    initialValues: { kind: null, date: centreToday(), channel: null, withWhom: '', summary: '' },
    validate: (values) => check({ ...values, studentId })
  })
  const send = useFormCall('watch.followUp.add', form, {
    toInput: (v) => ({
      studentId,
      kind: v.kind as Kind,
      date: v.date,
      channel: v.channel as FollowUpChannel,
      withWhom: v.withWhom,
      summary: v.summary
    }),
    invalidate: WATCH_QUERIES,
    onDone: () => {
      notify(t, t('watch.followUp.saved', { kind: t(`watch.followUpKinds.${form.getValues().kind}`) }))
      onClose()
    }
  })

  return (
    <FormModal
      title={t('watch.followUp.title')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('watch.followUp.submit')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('watch.followUp.kind')}
          withAsterisk
          data-autofocus
          data={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`watch.followUpKinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput type="date" label={t('watch.followUp.date')} withAsterisk {...form.getInputProps('date')} />
        <Select
          label={t('watch.followUp.channel')}
          withAsterisk
          data={FOLLOW_UP_CHANNELS.map((c) => ({ value: c, label: t(`watch.followUpChannels.${c}`) }))}
          {...form.getInputProps('channel')}
        />
        <TextInput label={t('watch.followUp.withWhom')} description={t('watch.followUp.withWhomHelp')} {...form.getInputProps('withWhom')} />
      </SimpleGrid>
      <Textarea label={t('watch.followUp.summary')} withAsterisk autosize minRows={3} maxRows={10} {...form.getInputProps('summary')} />
    </FormModal>
  )
}
