import { useState } from 'react'
import { Alert, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { StatsRange } from '@shared/contract'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow, CallFailed } from '../../../api'
import { useSession } from '../../../app/session'
import { describeError } from '../../../components/forms'
import { useWatchFormat } from '../../watch/format'
import { useReportLocale } from '../format'
import { RangePicker } from '../RangePicker'
import { rangeErrors } from '../rangeErrors'
import { monthRange, previousMonth } from '../ranges'
import { ExportButtons } from './ExportButtons'
import { Legend } from './Legend'
import { SectionCard } from './SectionCard'
import { ThresholdSetting } from './ThresholdSetting'

/** The anonymised report for a period (by default last month, made at the start of this one), with its exports. */
export function ReportPanel() {
  const { t } = useTranslation()
  const role = useSession().user.role
  const format = useWatchFormat()
  const locale = useReportLocale()
  const [initialMonth] = useState(() => previousMonth())
  const [range, setRange] = useState<StatsRange>(() => monthRange(initialMonth))
  const report = useQuery({
    queryKey: ['stats.report', { range, locale }],
    queryFn: () => callOrThrow('stats.report', { range, locale }),
    // The last report stays on screen while the next period's is made, instead of a blank page.
    placeholderData: keepPreviousData
  })
  const data = report.isError ? undefined : report.data

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <RangePicker initialMonth={initialMonth} value={range} onChange={setRange} errors={rangeErrors(report.error, t)} />
        {roleMayCall(role, 'stats.settings.update') && <ThresholdSetting />}
      </Group>
      {report.isPending && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {report.isError && (
        <Alert color="red" role="alert">
          {t('stats.report.loadFailed', { message: report.error instanceof CallFailed ? describeError(t, report.error.error) : t('errors.internal') })}
        </Alert>
      )}
      {data && (
        <Stack aria-busy={report.isFetching}>
          <Group justify="space-between" align="flex-end">
            <Stack gap={2}>
              <Text fw={600}>{t('stats.range.shown', { from: format.date(data.from), to: format.date(data.to) })}</Text>
              <Text size="sm" c="dimmed">
                {t('stats.report.generated', { time: format.time(data.generatedAt), k: data.threshold })}
              </Text>
              {data.rounds.length > 0 && <Text size="sm">{t('stats.report.rounds', { names: data.rounds.join(t('stats.listSeparator')) })}</Text>}
            </Stack>
            <ExportButtons range={{ from: data.from, to: data.to }} locale={data.locale} />
          </Group>
          <Legend k={data.threshold} />
          {data.sections.map((section) => (
            <SectionCard key={section.key} section={section} k={data.threshold} />
          ))}
        </Stack>
      )}
    </Stack>
  )
}
