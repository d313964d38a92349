import { memo } from 'react'
import { Anchor, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StudentRowDto } from '@shared/contract'
import { TierBadge } from '../watch/TierBadge'

export const ROW_HEIGHT = 44

interface RowProps {
  row: StudentRowDto
  index: number
  clinical: boolean
  onOpen: (id: string) => void
}

const cell = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const

/**
 * One row of the students table, memoised: scrolling re-renders the table body on every frame,
 * and only the rows that come into view should cost anything.
 */
export const StudentRow = memo(function StudentRow({ row, index, clinical, onOpen }: RowProps) {
  const { t } = useTranslation()
  return (
    <Table.Tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT, cursor: 'pointer' }} onClick={() => onOpen(row.id)}>
      <Table.Td style={cell}>{row.studentNo}</Table.Td>
      <Table.Th scope="row" fw={500} style={cell}>
        <Anchor component={Link} to={`/students/${row.id}`} data-row-index={index} onClick={(e) => e.stopPropagation()}>
          {row.name}
        </Anchor>
      </Table.Th>
      <Table.Td style={cell}>{t(`students.genders.${row.gender}`)}</Table.Td>
      <Table.Td style={cell}>{row.collegeName}</Table.Td>
      <Table.Td style={cell}>{row.className}</Table.Td>
      <Table.Td style={cell}>{row.dorm}</Table.Td>
      <Table.Td style={cell}>{t(`students.statuses.${row.status}`)}</Table.Td>
      {clinical && <Table.Td style={cell}>{row.tier && <TierBadge tier={row.tier} short size="sm" />}</Table.Td>}
    </Table.Tr>
  )
})
