import { Group, List, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { HiddenMark } from '../HiddenMark'

/** How to read a hidden number, once above the tables; and that the exports do not tell the two apart. */
export function Legend({ k }: { k: number }) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="stats-legend">
      <Text id="stats-legend" fw={600} size="sm" mb={4}>
        {t('stats.hidden.legendTitle')}
      </Text>
      <List size="sm" spacing={4} listStyleType="none">
        <List.Item>
          <Group gap="xs" wrap="nowrap">
            <HiddenMark why="primary" k={k} />
            <Text size="sm">{t('stats.hidden.legendPrimary', { k })}</Text>
          </Group>
        </List.Item>
        <List.Item>
          <Group gap="xs" wrap="nowrap">
            <HiddenMark why="secondary" k={k} />
            <Text size="sm">{t('stats.hidden.legendSecondary')}</Text>
          </Group>
        </List.Item>
        <List.Item>
          <Text size="sm">{t('stats.hidden.legendExport')}</Text>
        </List.Item>
      </List>
    </Paper>
  )
}
