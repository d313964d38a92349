import { Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ClassCellDto } from '@shared/contract'
import { byCollege, percent } from './groups'
import { ExportButtons } from './ExportButtons'

/**
 * Bands of the flagged rate, green to red. Backgrounds are light tints with dark text, so every
 * cell passes AA contrast in either colour scheme; the text carries every number, so colour is
 * never the only way to read a cell.
 */
const BANDS = [
  { key: 'b0', from: 0, color: 'var(--mantine-color-green-1)' },
  { key: 'b5', from: 0.05, color: 'var(--mantine-color-lime-2)' },
  { key: 'b10', from: 0.1, color: 'var(--mantine-color-yellow-2)' },
  { key: 'b15', from: 0.15, color: 'var(--mantine-color-orange-2)' },
  { key: 'b20', from: 0.2, color: 'var(--mantine-color-red-3)' }
] as const
const NOT_SCREENED = 'var(--mantine-color-gray-2)'
const INK = 'var(--mantine-color-black)'

function colorOf(cell: ClassCellDto): string {
  if (cell.screened === 0) return NOT_SCREENED
  const rate = cell.flagged / cell.screened
  return [...BANDS].reverse().find((b) => rate >= b.from)?.color ?? BANDS[0].color
}

/** 班级心理状况云图: each college's classes as cells coloured by flagged rate, with the numbers written in. */
export function HeatMap({ roundId, cells, threshold }: { roundId: string; cells: ClassCellDto[]; threshold: number }) {
  const { t, i18n } = useTranslation()
  const groups = byCollege(cells)
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={720}>
          <Title order={2} size="h4">
            {t('screening.heat.title')}
          </Title>
          <Text size="sm">{t('screening.heat.intro')}</Text>
          <Text size="sm">{t('screening.heat.threshold', { k: threshold })}</Text>
        </Stack>
        <ExportButtons roundId={roundId} />
      </Group>
      <Legend />
      {groups.length === 0 && <Text c="dimmed">{t('screening.heat.empty')}</Text>}
      {groups.map((group) => {
        const college = group.name ?? t('screening.flags.noCollege')
        return (
          <section key={group.key} aria-labelledby={`heat-${group.key || 'none'}`}>
            <Title order={3} size="h5" id={`heat-${group.key || 'none'}`} mb="xs">
              {college}
            </Title>
            <SimpleGrid
              component="ul"
              cols={{ base: 2, sm: 3, md: 4, lg: 6 }}
              spacing="xs"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('screening.heat.collegeLabel', { college })}
            >
              {group.cells.map((cell) => {
                const rate = percent(cell.flagged, cell.screened, i18n.language)
                return (
                  <Paper component="li" key={cell.classId ?? 'none'} p="xs" withBorder style={{ background: colorOf(cell), color: INK }}>
                    <Text fw={700} size="sm" c={INK}>
                      {cell.className ?? t('screening.flags.noClass')}
                    </Text>
                    <Text size="sm" c={INK}>
                      {rate === null ? t('screening.heat.notScreened') : t('screening.heat.rate', { rate })}
                    </Text>
                    <Text size="xs" c={INK}>
                      {t('screening.heat.counts', { flagged: cell.flagged, screened: cell.screened })}
                    </Text>
                    <Text size="xs" c={INK}>
                      {t('screening.heat.enrolled', { enrolled: cell.enrolled })}
                    </Text>
                  </Paper>
                )
              })}
            </SimpleGrid>
          </section>
        )
      })}
    </Stack>
  )
}

/** What each colour means, written out. */
function Legend() {
  const { t } = useTranslation()
  const items = [{ key: 'none', color: NOT_SCREENED }, ...BANDS.map((b) => ({ key: b.key, color: b.color }))]
  return (
    <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('screening.heat.legend')}>
      {items.map((item) => (
        <Group component="li" key={item.key} gap={6} wrap="nowrap">
          <Box w={18} h={18} style={{ background: item.color, border: '1px solid var(--mantine-color-gray-5)', borderRadius: 4 }} aria-hidden />
          <Text size="sm">{t(`screening.heat.bands.${item.key}`)}</Text>
        </Group>
      ))}
    </Group>
  )
}
