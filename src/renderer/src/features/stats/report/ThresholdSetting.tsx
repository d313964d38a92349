import { Button, Group, NumberInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '@shared/contract'
import { callOrThrow } from '../../../api'
import { schemaValidator } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { QueryState } from '../../../components/QueryState'
import { useFormCall } from '../../../components/useFormCall'

/** The director's threshold k: below it a count is published as "<k". Saving makes the report again. */
export function ThresholdSetting() {
  const settings = useQuery({ queryKey: ['stats.settings.get', {}], queryFn: () => callOrThrow('stats.settings.get', {}) })
  if (!settings.data) return <QueryState query={settings} failedKey="stats.threshold.loadFailed" />
  return <ThresholdForm threshold={settings.data.threshold} />
}

function ThresholdForm({ threshold }: { threshold: number }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['stats.settings.update'].input, t)
  const form = useForm<{ threshold: number | string }>({ initialValues: { threshold }, validate: (v) => check({ threshold: v.threshold === '' ? undefined : v.threshold }) })
  const send = useFormCall('stats.settings.update', form, {
    toInput: (v) => ({ threshold: Number(v.threshold) }),
    invalidate: ['stats.settings.get', 'stats.report'],
    onDone: (value) => {
      form.resetDirty({ threshold: value.threshold })
      notify(t, t('stats.threshold.saved', { k: value.threshold }))
    }
  })
  return (
    <form onSubmit={send.submit} noValidate>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('stats.threshold.label')}
          description={t('stats.threshold.help')}
          min={3}
          max={11}
          step={1}
          // Out of range is said at the field, not silently corrected on leaving it.
          clampBehavior="none"
          allowDecimal={false}
          w={320}
          {...form.getInputProps('threshold')}
          // A refusal about no field (e.g. the vault locked) still shows where the user is looking.
          error={form.errors.threshold ?? send.failure ?? undefined}
        />
        <Button type="submit" variant="default" loading={send.pending}>
          {t('stats.threshold.save')}
        </Button>
      </Group>
    </form>
  )
}
