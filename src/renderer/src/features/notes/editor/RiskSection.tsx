import { Button, Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, Switch, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { modals } from '@mantine/modals'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RiskLevel } from '@shared/contract'
import { EMPTY_RISK, type DraftValues } from './draftValues'
import { RiskLevelControl } from './RiskLevelControl'

const CHOICES = {
  suicidalIdeation: ['none', 'passive', 'active'],
  pastAttempts: ['none', 'one', 'multiple'],
  selfHarm: ['none', 'past', 'recent'],
  harmToOthers: ['none', 'thoughts', 'plan']
} as const
const SWITCHES = ['plan', 'intent', 'means'] as const
const FACTORS = ['family_support', 'friends', 'future_plans', 'help_seeking', 'faith_values', 'responsibility'] as const

interface RiskSectionProps {
  form: UseFormReturnType<DraftValues>
  mode: 'required' | 'optional'
  computed: RiskLevel | null
}

/**
 * The risk questions in plain words. Every choice is made explicitly (nothing is preselected),
 * so a level is only computed from answers the counsellor actually gave.
 */
export function RiskSection({ form, mode, computed }: RiskSectionProps) {
  const { t } = useTranslation()
  const values = form.getValues()
  const errorOf = (path: string) => form.errors[path] as string | undefined

  if (!values.riskOn) {
    return (
      <Fieldset legend={t('notes.risk.title')} variant="filled">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('notes.risk.optionalIntro')}</Text>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.setFieldValue('riskOn', true)}>
            {t('notes.risk.add')}
          </Button>
        </Stack>
      </Fieldset>
    )
  }

  const remove = () =>
    modals.openConfirmModal({
      title: t('notes.risk.removeTitle'),
      children: <Text size="sm">{t('notes.risk.removeBody')}</Text>,
      labels: { confirm: t('notes.risk.remove'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: () => form.setValues({ riskOn: false, risk: { ...EMPTY_RISK }, level: null, lowerReason: '' })
    })

  const choice = (question: keyof typeof CHOICES) => (
    <Radio.Group
      key={question}
      label={t(`notes.risk.questions.${question}`)}
      required
      value={values.risk[question]}
      error={errorOf(`risk.${question}`)}
      onChange={(value) => {
        form.setFieldValue(`risk.${question}`, value as DraftValues['risk'][typeof question])
        form.clearFieldError(`risk.${question}`)
      }}
    >
      <Stack gap={6} mt={6}>
        {CHOICES[question].map((answer) => (
          <Radio key={answer} value={answer} label={t(`notes.risk.answers.${question}.${answer}`)} />
        ))}
      </Stack>
    </Radio.Group>
  )

  return (
    <Fieldset legend={t('notes.risk.title')} variant="filled" aria-describedby="risk-intro">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Text size="sm" id="risk-intro">
            {t(mode === 'required' ? 'notes.risk.requiredIntro' : 'notes.risk.optionalIntro')}
          </Text>
          {mode === 'optional' && (
            <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={remove}>
              {t('notes.risk.remove')}
            </Button>
          )}
        </Group>
        {errorOf('risk') && (
          <Text c="var(--mantine-color-error)" size="sm" role="alert">
            {errorOf('risk')}
          </Text>
        )}
        {choice('suicidalIdeation')}
        <Stack gap="xs">
          {SWITCHES.map((question) => (
            <Switch
              key={question}
              label={t(`notes.risk.questions.${question}`)}
              checked={values.risk[question]}
              onChange={(e) => form.setFieldValue(`risk.${question}`, e.currentTarget.checked)}
            />
          ))}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {choice('pastAttempts')}
          {choice('selfHarm')}
          {choice('harmToOthers')}
        </SimpleGrid>
        <Checkbox.Group
          label={t('notes.risk.questions.protectiveFactors')}
          value={values.risk.protectiveFactors}
          onChange={(value) => form.setFieldValue('risk.protectiveFactors', value as DraftValues['risk']['protectiveFactors'])}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt={6}>
            {FACTORS.map((factor) => (
              <Checkbox key={factor} value={factor} label={t(`notes.risk.factors.${factor}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <RiskLevelControl form={form} computed={computed} />
      </Stack>
    </Fieldset>
  )
}
