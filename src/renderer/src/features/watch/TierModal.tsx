import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, RISK_FACTORS, SPECIAL_PERIODS, TIERS, type Tier, type WatchDto } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { WATCH_QUERIES } from './invalidate'

type RiskFactor = (typeof RISK_FACTORS)[number]
type SpecialPeriod = (typeof SPECIAL_PERIODS)[number]
/** 'off' takes the student off the list; '' is "not chosen yet". */
type TierChoice = Tier | 'off' | ''

interface TierValues extends Record<string, unknown> {
  tier: TierChoice
  reason: string
  riskFactors: RiskFactor[]
  specialPeriod: SpecialPeriod | null
}

const toTier = (choice: TierChoice): Tier | null => (choice === 'off' || choice === '' ? null : choice)

/** Put a student on the list, change the tier, or take them off: who, when and why are recorded. */
export function TierModal({ watch, onClose }: { watch: WatchDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['watch.setTier'].input, t)
  const form = useForm<TierValues>({
    initialValues: {
      tier: watch.tier ?? '',
      reason: '',
      riskFactors: [...watch.riskFactors],
      specialPeriod: watch.specialPeriod
    },
    validate: (values) => {
      const errors = check({ ...values, studentId: watch.studentId, tier: toTier(values.tier) })
      if (values.tier === '') errors['tier'] = t('validation.choice')
      return errors
    }
  })
  const send = useFormCall('watch.setTier', form, {
    toInput: (v) => ({
      studentId: watch.studentId,
      tier: toTier(v.tier),
      reason: v.reason,
      riskFactors: v.riskFactors,
      specialPeriod: v.specialPeriod
    }),
    invalidate: WATCH_QUERIES,
    onDone: (saved) => {
      notify(t, saved.tier ? t('watch.tierForm.saved', { tier: t(`watch.tiers.${saved.tier}`) }) : t('watch.tierForm.removed'))
      onClose()
    }
  })
  const choices: TierChoice[] = watch.tier ? [...TIERS, 'off'] : [...TIERS]

  return (
    <FormModal
      title={t('watch.tierForm.title')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('watch.tierForm.submit')}
    >
      <Radio.Group label={t('watch.tierForm.tier')} withAsterisk {...form.getInputProps('tier')}>
        <Stack gap="xs" mt="xs">
          {choices.map((choice, n) => (
            <Radio
              key={choice}
              value={choice}
              label={choice === 'off' ? t('watch.tierForm.off') : t(`watch.tiers.${choice}`)}
              data-autofocus={n === 0 ? true : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('watch.tierForm.reason')}
        description={t('watch.tierForm.reasonHelp')}
        withAsterisk
        autosize
        minRows={3}
        maxRows={8}
        {...form.getInputProps('reason')}
      />
      <Checkbox.Group label={t('watch.tierForm.riskFactors')} {...form.getInputProps('riskFactors')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
          {RISK_FACTORS.map((factor) => (
            <Checkbox key={factor} value={factor} label={t(`watch.riskFactors.${factor}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group grow>
        <Select
          label={t('watch.tierForm.specialPeriod')}
          placeholder={t('watch.tierForm.noSpecialPeriod')}
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          data={SPECIAL_PERIODS.map((p) => ({ value: p, label: t(`watch.specialPeriods.${p}`) }))}
          {...form.getInputProps('specialPeriod')}
        />
      </Group>
    </FormModal>
  )
}
