import { Fragment } from 'react'
import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ClassCellDto } from '@shared/contract'
import { byCollege, percent } from './groups'

/** Screened ÷ enrolled for every class, a subtotal per college and the total for the round. */
export function CoverageTable({ cells }: { cells: ClassCellDto[] }) {
  const { t, i18n } = useTranslation()
  const groups = byCollege(cells)
  if (groups.length === 0) return <Text c="dimmed">{t('screening.coverage.empty')}</Text>
  const share = (screened: number, enrolled: number) => percent(screened, enrolled, i18n.language) ?? t('screening.none')
  const total = groups.reduce((sum, g) => ({ enrolled: sum.enrolled + g.enrolled, screened: sum.screened + g.screened }), { enrolled: 0, screened: 0 })
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table captionSide="top" withTableBorder>
        <Table.Caption style={{ textAlign: 'start' }}>{t('screening.coverage.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('screening.coverage.college')}</Table.Th>
            <Table.Th scope="col">{t('screening.coverage.class')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('screening.coverage.enrolled')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('screening.coverage.screened')}</Table.Th>
            <Table.Th scope="col" ta="end">{t('screening.coverage.coverage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => {
            const college = group.name ?? t('screening.flags.noCollege')
            return (
              <Fragment key={group.key}>
                {group.cells.map((cell) => (
                  <Table.Tr key={cell.classId ?? 'none'}>
                    <Table.Td>{college}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {cell.className ?? t('screening.flags.noClass')}
                    </Table.Th>
                    <Table.Td ta="end">{cell.enrolled}</Table.Td>
                    <Table.Td ta="end">{cell.screened}</Table.Td>
                    <Table.Td ta="end">{share(cell.screened, cell.enrolled)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={700} bg="var(--mantine-color-default-hover)">
                  <Table.Th scope="row" colSpan={2}>
                    {t('screening.coverage.subtotal', { college })}
                  </Table.Th>
                  <Table.Td ta="end">{group.enrolled}</Table.Td>
                  <Table.Td ta="end">{group.screened}</Table.Td>
                  <Table.Td ta="end">{share(group.screened, group.enrolled)}</Table.Td>
                </Table.Tr>
              </Fragment>
            )
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row" colSpan={2}>
              {t('screening.coverage.total')}
            </Table.Th>
            <Table.Td ta="end">{total.enrolled}</Table.Td>
            <Table.Td ta="end">{total.screened}</Table.Td>
            <Table.Td ta="end">{share(total.screened, total.enrolled)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  )
}
