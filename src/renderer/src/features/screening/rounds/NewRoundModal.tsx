import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, type RoundDto } from '@shared/contract'
import { schemaValidator } from '../../../components/forms'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { useFormCall } from '../../../components/useFormCall'
import { centreToday } from '../../watch/format'

interface RoundValues extends Record<string, unknown> {
  name: string
  date: string
}

/** A new screening round: its name and the date results without their own are recorded on. */
export function NewRoundModal({ onClose, onCreated }: { onClose: () => void; onCreated: (round: RoundDto) => void }) {
  const { t } = useTranslation()
  const form = useForm<RoundValues>({
    initialValues: { name: '', date: centreToday() },
    validate: schemaValidator(contract['screening.rounds.create'].input, t)
  })
  const send = useFormCall('screening.rounds.create', form, {
    toInput: (v) => ({ name: v.name, date: v.date }),
    invalidate: ['screening.rounds.list'],
    onDone: (round) => {
      notify(t, t('screening.rounds.created', { name: round.name }))
      onCreated(round)
    }
  })
  return (
    <FormModal
      title={t('screening.rounds.create')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('screening.rounds.submit')}
    >
      <TextInput label={t('screening.rounds.name')} description={t('screening.rounds.nameHelp')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <TextInput type="date" label={t('screening.rounds.date')} description={t('screening.rounds.dateHelp')} withAsterisk {...form.getInputProps('date')} />
    </FormModal>
  )
}
