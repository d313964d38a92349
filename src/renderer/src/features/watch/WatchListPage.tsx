import { useState } from 'react'
import { Checkbox, Group, Paper, Select, SimpleGrid, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { TIERS, type Tier } from '@shared/contract'
import { callOrThrow } from '../../api'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { QueryState } from '../../components/QueryState'
import { TierBadge } from './TierBadge'
import { WatchTable } from './WatchTable'

/** Every student on the watch list, with the counts per tier and what is open or overdue. */
export function WatchListPage() {
  const { t } = useTranslation()
  const { user } = useSession()
  const [tier, setTier] = useState<Tier | null>(null)
  const [collegeId, setCollegeId] = useState<string | null>(null)
  const [mine, setMine] = useState(false)
  const org = useQuery({ queryKey: ['settings.org.get', {}], queryFn: () => callOrThrow('settings.org.get', {}) })
  // The tier is filtered here, not in the core, so the counts per tier stay visible while filtering.
  const input = { ...(collegeId ? { collegeId } : {}), ...(mine ? { counsellorId: user.id } : {}) }
  const list = useQuery({ queryKey: ['watch.list', input], queryFn: () => callOrThrow('watch.list', input) })
  const rows = (list.data ?? []).filter((row) => !tier || row.tier === tier)
  const counts = Object.fromEntries(TIERS.map((x) => [x, (list.data ?? []).filter((row) => row.tier === x).length])) as Record<Tier, number>

  return (
    <>
      <PageTitle>{t('watch.list.title')}</PageTitle>
      <section aria-label={t('watch.list.counts')}>
        <SimpleGrid component="ul" cols={{ base: 1, xs: 3 }} spacing="sm" p={0} m={0} mb="md" style={{ listStyle: 'none' }}>
          {TIERS.map((x) => (
            <Paper component="li" key={x} withBorder p="sm">
              <Group gap="sm" wrap="nowrap">
                <TierBadge tier={x} short size="lg" />
                <Text fw={700} size="xl">
                  {t('watch.list.count', { count: counts[x] })}
                </Text>
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      </section>
      <Group component="section" aria-label={t('watch.list.filters')} align="flex-end" gap="md" mb="md">
        <Select
          label={t('watch.list.tier')}
          placeholder={t('watch.list.allTiers')}
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          data={TIERS.map((x) => ({ value: x, label: t(`watch.tiers.${x}`) }))}
          value={tier}
          onChange={(value) => setTier(value as Tier | null)}
        />
        <Select
          label={t('watch.list.college')}
          placeholder={t('watch.list.allColleges')}
          clearable
          searchable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          data={(org.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={collegeId}
          onChange={setCollegeId}
        />
        <Checkbox label={t('watch.list.mine')} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} mb={8} />
      </Group>
      <QueryState query={list} failedKey="watch.loadFailed" />
      {list.data && (rows.length === 0 ? <Text>{t('watch.list.empty')}</Text> : <WatchTable rows={rows} />)}
    </>
  )
}
