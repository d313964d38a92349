import { Group, Text, ThemeIcon } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

const STEPS = ['file', 'check', 'commit'] as const

/** The import's three steps; the current one is marked for screen readers too (aria-current). */
export function ImportSteps({ active }: { active: number }) {
  const { t } = useTranslation()
  return (
    <Group component="ol" gap="lg" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('screening.import.stepsLabel')}>
      {STEPS.map((step, n) => {
        const done = n < active
        const current = n === active
        return (
          <Group component="li" key={step} gap={6} wrap="nowrap" aria-current={current ? 'step' : undefined}>
            <ThemeIcon size="md" radius="xl" variant={current ? 'filled' : 'light'} color={done || current ? 'teal' : 'gray'} aria-hidden>
              {done ? (
                <IconCheck size={16} />
              ) : (
                <Text size="sm" fw={700} span>
                  {n + 1}
                </Text>
              )}
            </ThemeIcon>
            <Text fw={current ? 700 : 400}>{t(`screening.import.steps.${step}`)}</Text>
          </Group>
        )
      })}
    </Group>
  )
}
