import { Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Progress as ProgressDto } from './useImportFlow'

/**
 * How far the commit is: the phase in words and rows done of all. aria-valuetext says both, so a
 * screen reader hears "scoring: 8,000 / 16,000" rather than a bare percentage.
 */
export function ImportProgressBar({ progress }: { progress: ProgressDto }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const phase = t(`screening.import.phases.${progress.phase}`)
  const text = progress.total > 0 ? t('screening.import.progress', { phase, done: number.format(progress.done), total: number.format(progress.total) }) : phase
  const done = progress.phase === 'done'
  const value = done ? 100 : progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0
  return (
    <div>
      <Text size="sm" mb={4} role="status">
        {text}
      </Text>
      <Progress.Root size="lg">
        <Progress.Section
          value={value}
          withAria={false}
          role="progressbar"
          aria-label={t('screening.import.phaseLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(value)}
          aria-valuetext={text}
          striped={!done}
          animated={!done}
          color={done ? 'teal' : 'blue'}
        />
      </Progress.Root>
    </div>
  )
}
