import { useState, type ReactNode } from 'react'
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconHistory, IconMessagePlus, IconPencil, IconShieldHalf } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { WatchDto } from '@shared/contract'
import { callOrThrow } from '../../api'
import { ChecklistSection } from './ChecklistSection'
import { FollowUpModal } from './FollowUpModal'
import { useWatchFormat } from './format'
import { PlanHistoryModal } from './PlanHistoryModal'
import { PlanModal } from './PlanModal'
import { PlanView } from './PlanView'
import { QueryState } from '../../components/QueryState'
import { ReviewDate } from './ReviewDate'
import { TierBadge } from './TierBadge'
import { TierModal } from './TierModal'

type Dialog = 'tier' | 'plan' | 'history' | 'followUp' | null

/** The watch list on the student file (clinical roles only): tier, checklist, plan, follow-ups. */
export function WatchPanel({ studentId }: { studentId: string }) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<Dialog>(null)
  const input = { studentId }
  const watch = useQuery({ queryKey: ['watch.get', input], queryFn: () => callOrThrow('watch.get', input) })
  const close = () => setDialog(null)

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="watch-panel-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="watch-panel-title">
          {t('watch.panel.title')}
        </Title>
        {watch.data && (
          <Group gap="xs">
            <Button leftSection={<IconShieldHalf size={18} />} onClick={() => setDialog('tier')}>
              {t('watch.panel.setTier')}
            </Button>
            <Button variant="light" leftSection={<IconMessagePlus size={18} />} onClick={() => setDialog('followUp')}>
              {t('watch.panel.addFollowUp')}
            </Button>
          </Group>
        )}
      </Group>
      <QueryState query={watch} failedKey="watch.loadFailed" />
      {watch.data && (
        <Stack gap="lg">
          <TierSummary watch={watch.data} />
          {watch.data.tier && <ChecklistSection tier={watch.data.tier} items={watch.data.checklist} />}
          {(watch.data.tier || watch.data.plan) && <PlanSection watch={watch.data} onEdit={() => setDialog('plan')} onHistory={() => setDialog('history')} />}
        </Stack>
      )}
      {watch.data && dialog === 'tier' && <TierModal watch={watch.data} onClose={close} />}
      {watch.data && dialog === 'plan' && <PlanModal studentId={studentId} tier={watch.data.tier} plan={watch.data.plan} onClose={close} />}
      {dialog === 'history' && <PlanHistoryModal studentId={studentId} onClose={close} />}
      {dialog === 'followUp' && <FollowUpModal studentId={studentId} onClose={close} />}
    </Paper>
  )
}

function TierSummary({ watch }: { watch: WatchDto }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  if (!watch.tier) {
    return (
      <Stack gap="xs">
        <div>
          <TierBadge tier={null} size="lg" />
        </div>
        <Text size="sm">{t('watch.panel.notWatchedHelp')}</Text>
      </Stack>
    )
  }
  const fields: [string, ReactNode][] = [
    [t('watch.panel.since'), watch.since ? <time dateTime={watch.since}>{format.time(watch.since)}</time> : t('watch.none')],
    [t('watch.panel.riskFactors'), watch.riskFactors.length ? watch.riskFactors.map((f) => t(`watch.riskFactors.${f}`)).join(t('watch.listSeparator')) : t('watch.none')],
    [t('watch.panel.specialPeriod'), watch.specialPeriod ? t(`watch.specialPeriods.${watch.specialPeriod}`) : t('watch.none')],
    [t('watch.panel.nextReview'), <ReviewDate date={watch.nextReviewDate} />]
  ]
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" m={0}>
      <div>
        <Text component="dt" fw={600} size="sm">
          {t('watch.panel.currentTier')}
        </Text>
        <Text component="dd" m={0}>
          <TierBadge tier={watch.tier} size="lg" />
        </Text>
      </div>
      {fields.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" fw={600} size="sm">
            {label}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  )
}

function PlanSection({ watch, onEdit, onHistory }: { watch: WatchDto; onEdit: () => void; onHistory: () => void }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const plan = watch.plan
  return (
    <section aria-labelledby="watch-plan">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="watch-plan">
          {t('watch.plan.title')}
          {plan && (
            <Text span c="dimmed" size="sm" ml="sm" fw={400}>
              {t('watch.plan.revisionMeta', { revision: plan.revision, time: format.time(plan.createdAt), name: plan.createdByName ?? t('watch.none') })}
            </Text>
          )}
        </Title>
        <Group gap="xs">
          <Button variant="light" size="sm" leftSection={<IconPencil size={16} />} onClick={onEdit}>
            {plan ? t('watch.plan.edit') : t('watch.plan.create')}
          </Button>
          {plan && (
            <Button variant="subtle" size="sm" leftSection={<IconHistory size={16} />} onClick={onHistory}>
              {t('watch.plan.history')}
            </Button>
          )}
        </Group>
      </Group>
      {plan ? <PlanView plan={plan} /> : <Text size="sm">{t('watch.plan.none')}</Text>}
    </section>
  )
}
