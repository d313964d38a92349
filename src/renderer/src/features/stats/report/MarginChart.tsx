import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { Box, Paper, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatsTableDto, StatsTableKey } from '@shared/contract'
import { useNumbers } from '../format'

/**
 * The charts draw only a table's published margins (its 合计 row or column), never its cells:
 * a margin is never hidden, so a picture cannot show a number the table withholds.
 */
const CHARTS: Partial<Record<StatsTableKey, { margin: 'rows' | 'cols'; titleKey: string }>> = {
  sessionsByCollegeKind: { margin: 'cols', titleKey: 'stats.charts.sessionsByKind' },
  studentsByCollegeGender: { margin: 'rows', titleKey: 'stats.charts.studentsByCollege' },
  watchByCollegeTier: { margin: 'cols', titleKey: 'stats.charts.watchByTier' }
}

/** The bars of a table's margin, if the table has a chart and publishes that margin. */
export function marginBars(table: StatsTableDto): { label: string; value: number }[] | null {
  const chart = CHARTS[table.key]
  if (!chart || table.withheld) return null
  const labels = chart.margin === 'cols' ? table.cols : table.rows
  const totals = chart.margin === 'cols' ? table.colTotals : table.rowTotals
  if (!totals || totals.length !== labels.length) return null
  // Nothing to compare when every bar is 0; the table already says so.
  if (!totals.some((n) => n > 0)) return null
  return labels.map((label, n) => ({ label, value: totals[n] ?? 0 }))
}

/**
 * A bar chart with its numbers as text: the picture is hidden from screen readers (it says
 * nothing the list does not) and takes no keyboard stop of its own.
 */
export function MarginChart({ table }: { table: StatsTableDto }) {
  const { t } = useTranslation()
  const numbers = useNumbers()
  const bars = marginBars(table)
  const chart = CHARTS[table.key]
  if (!bars || !chart) return null
  const title = t(chart.titleKey)
  return (
    <Paper withBorder p="sm" component="figure" m={0}>
      <Text component="figcaption" fw={600} size="sm" mb="xs">
        {title}
      </Text>
      <Box aria-hidden>
        <BarChart
          h={200}
          data={bars}
          dataKey="label"
          series={[{ name: 'value', label: t('stats.charts.series'), color: 'teal.9' }]}
          withBarValueLabel
          withTooltip={false}
          valueFormatter={numbers.whole}
          yAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
        />
      </Box>
      <VisuallyHidden component="ul">
        {bars.map((bar) => (
          <li key={bar.label}>{t('stats.charts.value', { label: bar.label, value: numbers.whole(bar.value) })}</li>
        ))}
      </VisuallyHidden>
    </Paper>
  )
}
