import { useEffect, useState } from 'react'
import { Modal, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow } from '../../api'
import { focusOrigin, returnFocus } from '../../components/focusReturn'
import { useWatchFormat } from './format'
import { PlanView } from './PlanView'
import { QueryState } from '../../components/QueryState'

/** Every revision of the plan, newest first, each shown whole and read-only. */
export function PlanHistoryModal({ studentId, onClose }: { studentId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const input = { studentId }
  const revisions = useQuery({ queryKey: ['watch.plan.revisions', input], queryFn: () => callOrThrow('watch.plan.revisions', input) })
  const sorted = [...(revisions.data ?? [])].sort((a, b) => b.revision - a.revision)

  return (
    <Modal opened onClose={onClose} title={t('watch.plan.historyTitle')} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <QueryState query={revisions} failedKey="watch.loadFailed" />
      {revisions.data && sorted.length === 0 && <Text>{t('watch.plan.historyEmpty')}</Text>}
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {sorted.map((plan) => (
          <Paper component="li" key={plan.revision} withBorder p="md">
            <Title order={3} size="h5" mb="xs">
              {t('watch.plan.revisionMeta', {
                revision: plan.revision,
                time: format.time(plan.createdAt),
                name: plan.createdByName ?? t('watch.none')
              })}
            </Title>
            <PlanView plan={plan} />
          </Paper>
        ))}
      </Stack>
    </Modal>
  )
}
