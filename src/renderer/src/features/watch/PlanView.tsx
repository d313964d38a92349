import { SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PlanDto } from '@shared/contract'

/** One revision of a plan, whole: used for the plan in force and for each earlier revision. */
export function PlanView({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation()
  const none = t('watch.none')
  // Goals and measures are long free text: each takes a full row.
  const fields: [string, string, boolean][] = [
    [t('watch.plan.goals'), plan.goals, true],
    [t('watch.plan.measures'), plan.measures, true],
    [t('watch.plan.counsellor'), plan.counsellorName ?? t('watch.plan.noCounsellor'), false],
    [t('watch.plan.advisorName'), plan.advisorName || none, false],
    [t('watch.plan.peerSupporter'), plan.peerSupporter || none, false],
    [t('watch.plan.familyContact'), plan.familyContact || none, false],
    [t('watch.plan.reviewEveryDays'), t('watch.plan.reviewEvery', { days: plan.reviewEveryDays }), false]
  ]
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm" m={0}>
      {fields.map(([label, value, wide]) => (
        <div key={label} style={wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" fw={600} size="sm">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  )
}
