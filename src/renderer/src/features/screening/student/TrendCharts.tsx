import '@mantine/charts/styles.css'
import { LineChart } from '@mantine/charts'
import { Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ResultDto } from '@shared/contract'
import { useWatchFormat } from '../../watch/format'
import { useInstrumentText } from '../useInstruments'

/**
 * One line chart per instrument: the total over time ('levels' instruments: the severity), with
 * the bands' cut-offs drawn as reference lines. The results table below holds the same numbers
 * as text, which is what a screen reader reads; the chart is the picture of it.
 */
export function TrendCharts({ results }: { results: ResultDto[] }) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const format = useWatchFormat()
  const keys = [...new Set(results.map((r) => r.instrumentKey))]
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {keys.map((key) => {
        const definition = text.definition(key)
        const levels = definition?.kind === 'levels'
        const points = results
          .filter((r) => r.instrumentKey === key)
          .sort((a, b) => a.takenOn.localeCompare(b.takenOn))
          .map((r) => ({ date: format.date(r.takenOn), value: levels ? r.score.severity : (r.score.total ?? 0) }))
        const title = levels ? t('screening.card.chartSeverity', { instrument: text.short(key) }) : t('screening.card.chartLabel', { instrument: text.short(key) })
        const cutOffs = levels ? [] : (definition?.bands ?? []).filter((b) => b.min > 0)
        // The whole scale (PHQ-9: 0–27), so a low score looks low and every band's line shows.
        const top = levels ? 4 : definition?.answers ? (definition.itemCount - definition.unscoredItems.length) * definition.answers.max : undefined
        return (
          <Paper key={key} withBorder p="sm" component="figure" m={0}>
            <Text component="figcaption" fw={600} size="sm" mb="xs">
              {title}
            </Text>
            <LineChart
              h={180}
              data={points}
              dataKey="date"
              series={[{ name: 'value', label: levels ? t('screening.card.severityAxis') : t('screening.card.total'), color: 'teal.9' }]}
              curveType="linear"
              withPointLabels
              referenceLines={cutOffs.map((b) => ({ y: b.min, label: text.label(b.label), color: 'gray.6', labelPosition: 'insideTopRight' }))}
              yAxisProps={{ domain: [0, top ?? 'auto'], allowDecimals: false }}
            />
          </Paper>
        )
      })}
    </SimpleGrid>
  )
}
