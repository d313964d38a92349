import { Box, Card, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatsFigureDto, StatsSectionDto } from '@shared/contract'
import { useFigureText } from '../format'
import { HiddenMark } from '../HiddenMark'
import { MarginChart } from './MarginChart'
import { StatsTable } from './StatsTable'

/** One section of the report: its single figures, then its tables, each with its chart if it has one. */
export function SectionCard({ section, k }: { section: StatsSectionDto; k: number }) {
  const { t } = useTranslation()
  const headingId = `stats-section-${section.key}`
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {section.title}
        </Title>
        {section.figures.length > 0 && <Figures figures={section.figures} k={k} label={t('stats.report.figures', { section: section.title })} />}
        {section.tables.map((table) => (
          <Stack key={table.key} gap="sm">
            <StatsTable table={table} k={k} />
            <MarginChart table={table} />
          </Stack>
        ))}
      </Stack>
    </Card>
  )
}

/** Figures as a description list: each label with its value, "<k" when too small, "—" for a rate withheld with it. */
function Figures({ figures, k, label }: { figures: StatsFigureDto[]; k: number; label: string }) {
  const { t } = useTranslation()
  const text = useFigureText()
  return (
    <SimpleGrid component="dl" aria-label={label} cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" verticalSpacing="sm" m={0}>
      {figures.map((figure) => {
        const shown = text(figure)
        return (
          <Box key={figure.key} data-figure={figure.key}>
            <Text component="dt" size="sm" c="dimmed">
              {figure.label}
            </Text>
            <Text component="dd" m={0} fw={700} size="lg">
              {shown ??
                (figure.unit === 'percent' ? (
                  <>
                    <span aria-hidden>{t('stats.report.noRate')}</span>
                    <VisuallyHidden>{t('stats.hidden.notShown')}</VisuallyHidden>
                  </>
                ) : (
                  <HiddenMark why={figure.hidden ?? 'primary'} k={k} />
                ))}
            </Text>
          </Box>
        )
      })}
    </SimpleGrid>
  )
}
