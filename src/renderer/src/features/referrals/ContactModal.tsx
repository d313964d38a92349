import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { CONTACT_CHANNELS, CONTACT_WITH, contract, type ReferralDto } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { centreToday } from '../watch/format'
import { REFERRAL_QUERIES } from './paths'

type With = (typeof CONTACT_WITH)[number]
type ContactChannel = (typeof CONTACT_CHANNELS)[number]

interface ContactValues extends Record<string, unknown> {
  with: With | null
  channel: ContactChannel | null
  date: string
  summary: string
}

/** A call or visit with the family, the hospital, the advisor or the student, logged on the referral. */
export function ContactModal({ referral, onClose }: { referral: ReferralDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['referrals.contact'].input, t)
  const form = useForm<ContactValues>({
    initialValues: { with: null, channel: null, date: centreToday(), summary: '' },
    validate: (v) => check({ id: referral.id, ...v })
  })
  const send = useFormCall('referrals.contact', form, {
    toInput: (v) => ({ id: referral.id, with: v.with as With, channel: v.channel as ContactChannel, date: v.date, summary: v.summary }),
    invalidate: REFERRAL_QUERIES,
    onDone: () => {
      notify(t, t('referrals.contact.saved'))
      onClose()
    }
  })

  return (
    <FormModal
      title={t('referrals.contact.title')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('referrals.contact.submit')}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('referrals.contact.with')}
          withAsterisk
          data-autofocus
          allowDeselect={false}
          data={CONTACT_WITH.map((w) => ({ value: w, label: t(`referrals.contactWith.${w}`) }))}
          {...form.getInputProps('with')}
        />
        <Select
          label={t('referrals.contact.channel')}
          withAsterisk
          allowDeselect={false}
          data={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`referrals.contactChannels.${c}`) }))}
          {...form.getInputProps('channel')}
        />
        <TextInput type="date" label={t('referrals.contact.date')} withAsterisk {...form.getInputProps('date')} />
      </SimpleGrid>
      <Textarea label={t('referrals.contact.summary')} withAsterisk autosize minRows={3} maxRows={10} {...form.getInputProps('summary')} />
    </FormModal>
  )
}
