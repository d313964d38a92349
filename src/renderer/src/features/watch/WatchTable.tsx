import { Badge, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { WatchRowDto } from '@shared/contract'
import { useWatchFormat } from './format'
import { ReviewDate } from './ReviewDate'
import { StudentLink } from './StudentLink'
import { TierBadge } from './TierBadge'

/** The watch list as a table: one row per watched student. */
export function WatchTable({ rows }: { rows: WatchRowDto[] }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  return (
    <Table.ScrollContainer minWidth={1100}>
      {/* Short values on one line each: a name or a badge broken in two is hard to read. */}
      <Table striped highlightOnHover captionSide="top" style={{ whiteSpace: 'nowrap' }}>
        <Table.Caption>{t('watch.list.caption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('watch.list.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.studentNo')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.org')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.tier')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.since')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.counsellor')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.nextReview')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.items')}</Table.Th>
            <Table.Th scope="col">{t('watch.list.columns.lastFollowUp')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.studentId}>
              <Table.Th scope="row">
                <StudentLink id={row.studentId} name={row.name} />
              </Table.Th>
              <Table.Td>{row.studentNo}</Table.Td>
              <Table.Td>{[row.collegeName, row.className].filter(Boolean).join(' / ') || t('watch.none')}</Table.Td>
              <Table.Td>
                <TierBadge tier={row.tier} short />
              </Table.Td>
              <Table.Td>
                <time dateTime={row.since}>{format.time(row.since)}</time>
              </Table.Td>
              <Table.Td>{row.counsellorName ?? t('watch.plan.noCounsellor')}</Table.Td>
              <Table.Td>
                <ReviewDate date={row.nextReviewDate} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text span size="sm">
                    {t('watch.list.items', { open: row.openItems, overdue: row.overdueItems })}
                  </Text>
                  {row.overdueItems > 0 && (
                    <Badge color="red" variant="light" size="sm">
                      {t('watch.overdue')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{row.lastFollowUpDate ? <time dateTime={row.lastFollowUpDate}>{format.date(row.lastFollowUpDate)}</time> : t('watch.list.never')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
