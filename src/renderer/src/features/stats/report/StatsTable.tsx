import { Alert, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatsTableDto } from '@shared/contract'
import { useNumbers } from '../format'
import { HiddenMark, type HiddenWhy } from '../HiddenMark'

/**
 * One table of the report as the core published it: row labels, its columns, a 合计 column and
 * row where the table has those margins. A hidden cell shows why it is hidden; the exports mark
 * them all alike, but the centre's own preview may say which is which.
 */
export function StatsTable({ table, k }: { table: StatsTableDto; k: number }) {
  const { t } = useTranslation()
  const numbers = useNumbers()
  const why = new Map<string, HiddenWhy>(table.hidden.map((h) => [`${h.row}:${h.col}`, h.why]))
  const cell = (value: number | null, row: number, col: number) =>
    value === null ? <HiddenMark why={why.get(`${row}:${col}`) ?? 'secondary'} k={k} /> : numbers.whole(value)

  if (table.withheld) {
    return (
      <Stack gap={4}>
        <Text fw={600}>{table.title}</Text>
        <Alert color="gray" variant="light">
          {t('stats.table.withheld', { k })}
        </Alert>
      </Stack>
    )
  }

  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={Math.max(360, 120 * (table.cols.length + 2))}>
        <Table captionSide="top" withTableBorder withColumnBorders striped style={{ whiteSpace: 'nowrap' }}>
          <Table.Caption style={{ textAlign: 'start', fontWeight: 600 }}>{table.title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{table.rowHeader}</Table.Th>
              {table.cols.map((col) => (
                <Table.Th key={col} scope="col" ta="end">
                  {col}
                </Table.Th>
              ))}
              {table.rowTotals && (
                <Table.Th scope="col" ta="end">
                  {t('stats.table.total')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, r) => (
              <Table.Tr key={row}>
                <Table.Th scope="row" fw={400}>
                  {row}
                </Table.Th>
                {table.cols.map((col, c) => (
                  <Table.Td key={col} ta="end">
                    {cell(table.cells[r]?.[c] ?? null, r, c)}
                  </Table.Td>
                ))}
                {table.rowTotals && (
                  <Table.Td ta="end" fw={600}>
                    {numbers.whole(table.rowTotals[r] ?? 0)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {table.colTotals && (
            <Table.Tfoot>
              <Table.Tr fw={600}>
                <Table.Th scope="row">{t('stats.table.total')}</Table.Th>
                {table.colTotals.map((total, c) => (
                  <Table.Td key={table.cols[c] ?? c} ta="end">
                    {numbers.whole(total)}
                  </Table.Td>
                ))}
                {table.rowTotals && <Table.Td ta="end">{table.total === null ? '' : numbers.whole(table.total)}</Table.Td>}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Table.ScrollContainer>
      {table.merged.rows.length > 0 && (
        <Text size="sm">{t('stats.table.merged', { names: table.merged.rows.join(t('stats.listSeparator')) })}</Text>
      )}
      {table.merged.cols.length > 0 && (
        <Text size="sm">{t('stats.table.mergedCols', { names: table.merged.cols.join(t('stats.listSeparator')) })}</Text>
      )}
      {table.notes.map((note) => (
        <Text key={note} size="sm" c="dimmed">
          {note}
        </Text>
      ))}
    </Stack>
  )
}
