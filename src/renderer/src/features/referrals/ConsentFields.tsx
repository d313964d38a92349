import { Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { CONSENT_BY, CONSENT_HOW } from '@shared/contract'
import type { ReferralValues } from './formValues'

/** Consent, the family told and the escort, and who refers: the letter's second half. */
export function ConsentFields({ form }: { form: UseFormReturnType<ReferralValues> }) {
  const { t } = useTranslation()
  const f = (key: string) => t(`referrals.form.${key}`)
  return (
    <>
      <Fieldset legend={f('groups.consent')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={f('consentBy')}
              data={CONSENT_BY.map((by) => ({ value: by, label: t(`referrals.consentBy.${by}`) }))}
              clearable
              {...form.getInputProps('consent.by')}
            />
            <TextInput type="date" label={f('consentDate')} {...form.getInputProps('consent.date')} />
            <Select
              label={f('consentHow')}
              data={CONSENT_HOW.map((how) => ({ value: how, label: t(`referrals.consentHow.${how}`) }))}
              clearable
              {...form.getInputProps('consent.how')}
            />
          </SimpleGrid>
          <Textarea label={f('consentNote')} autosize minRows={1} maxRows={6} {...form.getInputProps('consent.note')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={f('groups.family')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={f('familyWho')} description={f('familyWhoHelp')} {...form.getInputProps('familyInformed.who')} />
            <TextInput type="date" label={f('familyDate')} {...form.getInputProps('familyInformed.date')} />
          </SimpleGrid>
          <Textarea label={f('familyNote')} autosize minRows={1} maxRows={6} {...form.getInputProps('familyInformed.note')} />
          <Textarea label={f('escort')} description={f('escortHelp')} autosize minRows={2} maxRows={8} {...form.getInputProps('escort')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={f('groups.counsellor')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={f('counsellorName')} withAsterisk {...form.getInputProps('counsellorName')} />
          <TextInput label={f('counsellorPhone')} type="tel" withAsterisk {...form.getInputProps('counsellorPhone')} />
        </SimpleGrid>
      </Fieldset>
    </>
  )
}
