import { Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { RISK_LEVELS, type RiskLevel } from '@shared/contract'
import { RiskBadge } from '../badges'
import { completeRisk, isLowered, type DraftValues } from './draftValues'

/**
 * The computed level (announced as it changes) and the level recorded: raising it is free;
 * lowering it below the computed level asks for a written reason, and is not kept until given.
 */
export function RiskLevelControl({ form, computed }: { form: UseFormReturnType<DraftValues>; computed: RiskLevel | null }) {
  const { t } = useTranslation()
  const values = form.getValues()
  const complete = completeRisk(values.risk) !== null
  const known = complete ? computed : null
  const lowered = known !== null && isLowered(values.level, known)
  const levelName = (level: RiskLevel) => t(`notes.levels.${level}`)
  const reasonError =
    (form.errors['lowerReason'] as string | undefined) ??
    (lowered && !values.lowerReason.trim() && known ? t('notes.risk.lowerReasonRequired', { level: levelName(known) }) : undefined)

  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        <Group gap="sm" role="status">
          {!complete && <Text size="sm">{t('notes.risk.incomplete')}</Text>}
          {complete && !known && <Text size="sm">{t('notes.risk.pending')}</Text>}
          {known && (
            <>
              <Text fw={600}>{t('notes.risk.computed', { level: levelName(known) })}</Text>
              <RiskBadge level={known} />
            </>
          )}
        </Group>
        <Radio.Group
          label={t('notes.risk.level')}
          description={t('notes.risk.levelHelp')}
          value={known ? (values.level ?? known) : null}
          error={form.errors['level'] as string | undefined}
          onChange={(value) => {
            const level = value as RiskLevel
            // The computed level is stored as "no override", so it follows later answers.
            form.setFieldValue('level', level === known ? null : level)
            form.clearFieldError('level')
          }}
        >
          <Group gap="lg" mt={6}>
            {RISK_LEVELS.map((level) => (
              <Radio key={level} value={level} label={levelName(level)} disabled={!known} />
            ))}
          </Group>
        </Radio.Group>
        {lowered && (
          <Textarea
            label={t('notes.risk.lowerReason')}
            description={t('notes.risk.lowerReasonHelp')}
            required
            autosize
            minRows={2}
            maxRows={8}
            value={values.lowerReason}
            error={reasonError}
            onChange={(e) => {
              form.setFieldValue('lowerReason', e.currentTarget.value)
              form.clearFieldError('lowerReason')
            }}
          />
        )}
      </Stack>
    </Paper>
  )
}
