import { Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export type Phase = 'idle' | 'reading' | 'checking' | 'checked' | 'saving' | 'done'

const STEP: Record<Phase, number> = { idle: 0, reading: 1, checking: 2, checked: 2, saving: 3, done: 4 }
const TOTAL = 4

/**
 * Where the import is: reading the file → checking → saving → done. The core answers each phase
 * in one call, so the bar moves by phase; aria-valuetext says the phase, not a bare percentage.
 */
export function ImportProgress({ phase }: { phase: Phase }) {
  const { t } = useTranslation()
  const n = STEP[phase]
  const name = t(`students.import.phases.${phase}`)
  const text = phase === 'idle' ? name : t('students.import.phases.step', { phase: name, n, total: TOTAL })
  const busy = phase === 'reading' || phase === 'checking' || phase === 'saving'
  return (
    <div>
      <Text size="sm" mb={4} role="status">
        {text}
      </Text>
      <Progress.Root size="lg">
        <Progress.Section
          value={(n / TOTAL) * 100}
          withAria={false}
          role="progressbar"
          aria-label={t('students.import.phases.label')}
          aria-valuemin={0}
          aria-valuemax={TOTAL}
          aria-valuenow={n}
          aria-valuetext={text}
          aria-busy={busy}
          striped={busy}
          animated={busy}
          color={phase === 'done' ? 'teal' : 'blue'}
        />
      </Progress.Root>
    </div>
  )
}
