import { Badge, Button, Table, Text } from '@mantine/core'
import { IconListDetails } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ResultDto } from '@shared/contract'
import { useWatchFormat } from '../../watch/format'
import { NoneMark } from '../flags/FlagTable'
import { useInstrumentText } from '../useInstruments'

/** Every result of the student, newest first, each opening its answers. */
export function ResultsTable({ results, onView }: { results: ResultDto[]; onView: (result: ResultDto) => void }) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const format = useWatchFormat()
  const rows = [...results].sort((a, b) => b.takenOn.localeCompare(a.takenOn))
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{t('screening.card.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('screening.card.date')}</Table.Th>
            <Table.Th scope="col">{t('screening.card.instrument')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('screening.card.score')}</Table.Th>
            <Table.Th scope="col">{t('screening.card.band')}</Table.Th>
            <Table.Th scope="col">{t('screening.card.flagged')}</Table.Th>
            <Table.Th scope="col">{t('screening.card.source')}</Table.Th>
            <Table.Th scope="col">{t('screening.card.view')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const date = format.date(r.takenOn)
            const instrument = text.short(r.instrumentKey)
            const words = text.band(r.instrumentKey, r.score.band) ?? text.level(r.instrumentKey, r.score.level)
            return (
              <Table.Tr key={r.id}>
                <Table.Th scope="row" fw={500}>
                  {date}
                </Table.Th>
                <Table.Td>{instrument}</Table.Td>
                <Table.Td ta="end">{r.score.total ?? <NoneMark />}</Table.Td>
                <Table.Td>{words ?? <NoneMark />}</Table.Td>
                <Table.Td>
                  {r.score.flagged ? (
                    <Badge color="red" variant="light">
                      {t('screening.import.flaggedMark')}
                    </Badge>
                  ) : (
                    t('status.no')
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`screening.card.sources.${r.source}`)}</Text>
                  {r.roundName && <Text size="xs">{t('screening.card.round', { name: r.roundName })}</Text>}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconListDetails size={14} aria-hidden />}
                    aria-label={t('screening.card.viewFor', { instrument, date })}
                    onClick={() => onView(r)}
                  >
                    {t('screening.card.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
