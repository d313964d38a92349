import { Checkbox, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { INTERVIEW_OUTCOMES, RISK_FACTORS, TIERS, type FlagRowDto, type Tier } from '@shared/contract'
import { FormModal } from '../../../components/FormModal'
import { notify } from '../../../components/notify'
import { useFormCall } from '../../../components/useFormCall'
import { WATCH_QUERIES } from '../../watch/invalidate'
import { SCREENING_QUERIES } from '../invalidate'

type Outcome = (typeof INTERVIEW_OUTCOMES)[number]
type RiskFactor = (typeof RISK_FACTORS)[number]

interface OutcomeValues extends Record<string, unknown> {
  outcome: Outcome | ''
  note: string
  tier: Tier | ''
  riskFactors: RiskFactor[]
}

/**
 * The interview's outcome. "Confirmed" needs a tier: the core puts the student on the watch list
 * in the same step, so the tier and risk factors are asked for only then.
 */
export function RecordOutcomeModal({ flag, onClose }: { flag: FlagRowDto; onClose: () => void }) {
  const { t } = useTranslation()
  const form = useForm<OutcomeValues>({
    initialValues: { outcome: '', note: '', tier: '', riskFactors: [] },
    validate: {
      outcome: (v) => (v === '' ? t('validation.choice') : null),
      tier: (v, values) => (values.outcome === 'confirmed' && v === '' ? t('validation.choice') : null),
      note: (v) => (v.trim().length > 2000 ? t('validation.tooLong', { max: 2000 }) : null)
    }
  })
  const confirmed = form.getValues().outcome === 'confirmed'
  const send = useFormCall('screening.interview.record', form, {
    toInput: (v) => {
      const isConfirmed = v.outcome === 'confirmed'
      return {
        flagId: flag.id,
        outcome: v.outcome as Outcome,
        note: v.note,
        tier: isConfirmed && v.tier !== '' ? v.tier : null,
        riskFactors: isConfirmed ? v.riskFactors : []
      }
    },
    invalidate: [...SCREENING_QUERIES, ...WATCH_QUERIES, 'alerts.list'],
    onDone: (row) => {
      notify(
        t,
        row.status === 'confirmed' && row.tier
          ? t('screening.record.doneTier', { name: flag.name, tier: t(`watch.tiers.${row.tier}`) })
          : t('screening.record.done', { name: flag.name, outcome: t(`screening.statuses.${row.status}`) })
      )
      onClose()
    }
  })

  return (
    <FormModal
      title={t('screening.record.title', { name: flag.name })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('screening.record.submit')}
    >
      <Radio.Group label={t('screening.record.outcome')} withAsterisk {...form.getInputProps('outcome')}>
        <Stack gap="xs" mt="xs">
          {INTERVIEW_OUTCOMES.map((outcome, n) => (
            <Radio key={outcome} value={outcome} label={t(`screening.record.outcomes.${outcome}`)} data-autofocus={n === 0 ? true : undefined} />
          ))}
        </Stack>
      </Radio.Group>
      {confirmed && (
        <>
          <Radio.Group label={t('screening.record.tier')} description={t('screening.record.tierHelp')} withAsterisk {...form.getInputProps('tier')}>
            <Stack gap="xs" mt="xs">
              {TIERS.map((tier) => (
                <Radio key={tier} value={tier} label={t(`watch.tiers.${tier}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Checkbox.Group label={t('screening.record.riskFactors')} {...form.getInputProps('riskFactors')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
              {RISK_FACTORS.map((factor) => (
                <Checkbox key={factor} value={factor} label={t(`watch.riskFactors.${factor}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </>
      )}
      <Textarea label={t('screening.record.note')} description={t('screening.record.noteHelp')} autosize minRows={3} maxRows={8} {...form.getInputProps('note')} />
    </FormModal>
  )
}
