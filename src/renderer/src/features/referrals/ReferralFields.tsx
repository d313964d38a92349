import { Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { HOSPITAL_REQUESTS, RISK_LEVELS, URGENCIES } from '@shared/contract'
import { callOrThrow } from '../../api'
import type { ReferralValues } from './formValues'
import { ConsentFields } from './ConsentFields'

const HOSPITALS_INPUT = { includeInactive: true }

/** Every field of the referral form, grouped as the letter lays them out for the hospital. */
export function ReferralFields({ form }: { form: UseFormReturnType<ReferralValues> }) {
  const { t } = useTranslation()
  const f = (key: string) => t(`referrals.form.${key}`)
  const hospitals = useQuery({
    queryKey: ['referrals.hospitals.list', HOSPITALS_INPUT],
    queryFn: () => callOrThrow('referrals.hospitals.list', HOSPITALS_INPUT)
  })
  const chosen = form.getValues().hospitalId
  // An inactive hospital is offered only to the referral that already names it.
  const hospitalOptions = (hospitals.data ?? [])
    .filter((h) => h.active || h.id === chosen)
    .map((h) => ({
      value: h.id,
      label: h.active ? [h.name, h.department].filter(Boolean).join(' · ') : t('referrals.form.inactive', { name: h.name })
    }))
  const area = (key: keyof ReferralValues & string, rows = 3) => (
    <Textarea label={f(key)} autosize minRows={rows} maxRows={16} {...form.getInputProps(key)} />
  )

  return (
    <Stack gap="md">
      <Fieldset legend={f('groups.hospital')}>
        <Stack gap="sm">
          <Select
            label={f('hospital')}
            description={hospitalOptions.length === 0 && hospitals.isSuccess ? f('noHospitals') : f('hospitalHelp')}
            data={hospitalOptions}
            clearable
            searchable
            {...form.getInputProps('hospitalId')}
          />
          <Radio.Group label={f('urgency')} withAsterisk {...form.getInputProps('urgency')}>
            <Group mt={4}>
              {URGENCIES.map((u) => (
                <Radio key={u} value={u} label={t(`referrals.urgencies.${u}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Select
            label={f('riskLevel')}
            withAsterisk
            allowDeselect={false}
            data={RISK_LEVELS.map((level) => ({ value: level, label: t(`alerts.levels.${level}`) }))}
            {...form.getInputProps('riskLevel')}
          />
          <Textarea label={f('riskSummary')} description={f('riskSummaryHelp')} autosize minRows={2} maxRows={12} {...form.getInputProps('riskSummary')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={f('groups.clinical')}>
        <Stack gap="sm">
          {area('reason')}
          {area('presentingProblems')}
          <Textarea label={f('history')} description={f('historyHelp')} autosize minRows={4} maxRows={20} {...form.getInputProps('history')} />
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            {area('screening', 2)}
            {area('medication', 2)}
            {area('previousTreatment', 2)}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={f('groups.requests')}>
        <Checkbox.Group label={f('requests')} {...form.getInputProps('requests')}>
          <Group mt={4}>
            {HOSPITAL_REQUESTS.map((r) => (
              <Checkbox key={r} value={r} label={t(`referrals.requests.${r}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Fieldset>
      <ConsentFields form={form} />
    </Stack>
  )
}
