import { Table, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow } from '../../../api'
import { QueryState } from '../../../components/QueryState'
import { useWatchFormat } from '../../watch/format'

/** What was imported into the round, by whom and when. */
export function ImportsTable({ roundId }: { roundId: string }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const input = { roundId }
  const imports = useQuery({ queryKey: ['screening.imports.list', input], queryFn: () => callOrThrow('screening.imports.list', input) })
  if (!imports.data) return <QueryState query={imports} failedKey="screening.loadFailed" />
  if (imports.data.length === 0) return <Text c="dimmed">{t('screening.imports.empty')}</Text>
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{t('screening.imports.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('screening.imports.file')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('screening.imports.rows')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('screening.imports.imported')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('screening.imports.skipped')}</Table.Th>
            <Table.Th scope="col">{t('screening.imports.at')}</Table.Th>
            <Table.Th scope="col">{t('screening.imports.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.data.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row" fw={500}>
                {row.fileName}
              </Table.Th>
              <Table.Td ta="end">{row.rows}</Table.Td>
              <Table.Td ta="end">{row.imported}</Table.Td>
              <Table.Td ta="end">{row.skipped}</Table.Td>
              <Table.Td>{format.time(row.importedAt)}</Table.Td>
              <Table.Td>{row.importedByName ?? t('screening.imports.unknownUser')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
