import { Tabs } from '@mantine/core'
import { IconCalendarStats, IconReportAnalytics } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { ActivitiesPanel } from './activities/ActivitiesPanel'
import { ReportPanel } from './report/ReportPanel'

type Tab = 'report' | 'activities'

/**
 * /stats: the anonymised report (centre staff) and the centre's activity log (whoever runs
 * activities, part-time counsellors included). The tab is in the address, so reload keeps it.
 */
export function StatsPage() {
  const { t } = useTranslation()
  const role = useSession().user.role
  const reports = roleMayCall(role, 'stats.report')
  const [params, setParams] = useSearchParams()
  const tab: Tab = reports && params.get('tab') !== 'activities' ? 'report' : 'activities'

  return (
    <>
      <PageTitle>{t('stats.title')}</PageTitle>
      {/* Panels mount when opened, so each reads fresh data. */}
      <Tabs value={tab} onChange={(next) => next && setParams({ tab: next }, { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('stats.tabs.label')} mb="md">
          {reports && (
            <Tabs.Tab value="report" leftSection={<IconReportAnalytics size={16} aria-hidden />}>
              {t('stats.tabs.report')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="activities" leftSection={<IconCalendarStats size={16} aria-hidden />}>
            {t('stats.tabs.activities')}
          </Tabs.Tab>
        </Tabs.List>
        {reports && (
          <Tabs.Panel value="report">
            <ReportPanel />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="activities">
          <ActivitiesPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
