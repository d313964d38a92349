import { useState } from 'react'
import { Button, Group, Select, Stack, Tabs, Text } from '@mantine/core'
import { IconChartGridDots, IconFileImport, IconHistory, IconPercentage, IconPlus, IconUsersGroup } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { QueryState } from '../../components/QueryState'
import { useWatchFormat } from '../watch/format'
import { FlagsPanel } from './flags/FlagsPanel'
import { ImportsTable } from './overview/ImportsTable'
import { OverviewPanel } from './overview/OverviewPanel'
import { NewRoundModal } from './rounds/NewRoundModal'
import { RoundSummary } from './rounds/RoundSummary'
import { useRounds } from './rounds/useRounds'

const TABS = ['flags', 'heatmap', 'coverage', 'imports'] as const
type Tab = (typeof TABS)[number]

/** One round at a time: pick it (newest first), then its interview list and, for centre staff, its overview. */
export function ScreeningHome() {
  const { t } = useTranslation()
  const role = useSession().user.role
  const format = useWatchFormat()
  const [params, setParams] = useSearchParams()
  const [creating, setCreating] = useState(false)
  const rounds = useRounds()
  const wanted = params.get('round')
  const round = rounds.data?.find((r) => r.id === wanted) ?? rounds.data?.[0]
  // A part-time counsellor sees only the interview list: the overview and imports are centre staff's.
  const staff = roleMayCall(role, 'screening.overview')
  const shown: Tab[] = staff ? [...TABS] : ['flags']
  const asked = params.get('tab') as Tab | null
  const tab: Tab = asked && shown.includes(asked) ? asked : 'flags'
  const go = (next: { round?: string; tab?: string }) =>
    setParams((p) => {
      const merged = new URLSearchParams(p)
      for (const [k, v] of Object.entries(next)) merged.set(k, v)
      return merged
    })

  return (
    <>
      <PageTitle>{t('screening.title')}</PageTitle>
      <Stack>
        <QueryState query={rounds} failedKey="screening.loadFailed" />
        {rounds.data && (
          <Group justify="space-between" align="flex-end">
            {round ? (
              <Select
                label={t('screening.rounds.label')}
                data={rounds.data.map((r) => ({ value: r.id, label: t('screening.rounds.option', { name: r.name, date: format.date(r.date) }) }))}
                value={round.id}
                onChange={(id) => id && go({ round: id })}
                allowDeselect={false}
                w={360}
              />
            ) : (
              <Stack gap={2}>
                <Text fw={500}>{t('screening.rounds.none')}</Text>
                {roleMayCall(role, 'screening.rounds.create') && <Text size="sm">{t('screening.rounds.noneHelp')}</Text>}
              </Stack>
            )}
            <Group>
              {round && roleMayCall(role, 'screening.import.commit') && (
                <Button component={Link} to={`/screening/import?round=${round.id}`} leftSection={<IconFileImport size={18} aria-hidden />}>
                  {t('screening.import.button')}
                </Button>
              )}
              {roleMayCall(role, 'screening.rounds.create') && (
                <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                  {t('screening.rounds.create')}
                </Button>
              )}
            </Group>
          </Group>
        )}
        {round && <RoundSummary round={round} />}
        {round && (
          // Panels mount when opened, so each reads fresh data for the round.
          <Tabs value={tab} onChange={(next) => next && go({ tab: next })} keepMounted={false}>
            <Tabs.List aria-label={t('screening.tabs.label')} mb="md">
              <Tabs.Tab value="flags" leftSection={<IconUsersGroup size={16} aria-hidden />}>
                {t('screening.tabs.flags')}
              </Tabs.Tab>
              {staff && (
                <>
                  <Tabs.Tab value="heatmap" leftSection={<IconChartGridDots size={16} aria-hidden />}>
                    {t('screening.tabs.heatmap')}
                  </Tabs.Tab>
                  <Tabs.Tab value="coverage" leftSection={<IconPercentage size={16} aria-hidden />}>
                    {t('screening.tabs.coverage')}
                  </Tabs.Tab>
                  <Tabs.Tab value="imports" leftSection={<IconHistory size={16} aria-hidden />}>
                    {t('screening.tabs.imports')}
                  </Tabs.Tab>
                </>
              )}
            </Tabs.List>
            <Tabs.Panel value="flags">
              <FlagsPanel roundId={round.id} />
            </Tabs.Panel>
            {staff && (
              <>
                <Tabs.Panel value="heatmap">
                  <OverviewPanel roundId={round.id} view="heatmap" />
                </Tabs.Panel>
                <Tabs.Panel value="coverage">
                  <OverviewPanel roundId={round.id} view="coverage" />
                </Tabs.Panel>
                <Tabs.Panel value="imports">
                  <ImportsTable roundId={round.id} />
                </Tabs.Panel>
              </>
            )}
          </Tabs>
        )}
      </Stack>
      {creating && (
        <NewRoundModal
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false)
            go({ round: created.id, tab: 'flags' })
          }}
        />
      )}
    </>
  )
}
