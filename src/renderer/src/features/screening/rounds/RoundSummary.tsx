import { Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RoundDto } from '@shared/contract'

/** The round in four numbers; a list of terms and values, so it reads in order by screen reader. */
export function RoundSummary({ round }: { round: RoundDto }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const count = (n: number) => ({ count: n, formatted: number.format(n) })
  const items = [
    { label: t('screening.rounds.screened'), value: t('screening.rounds.people', count(round.screened)) },
    { label: t('screening.rounds.flagged'), value: t('screening.rounds.people', count(round.flagged)) },
    { label: t('screening.rounds.awaiting'), value: t('screening.rounds.people', count(round.awaitingOutcome)) },
    { label: t('screening.rounds.imports'), value: t('screening.rounds.times', count(round.imports)) }
  ]
  return (
    <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="sm" m={0}>
      {items.map((item) => (
        <Paper key={item.label} withBorder p="sm">
          <Text component="dt" size="sm">
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {item.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
