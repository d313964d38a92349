import { Button, Group, Table, Text } from '@mantine/core'
import { IconCalendarPlus, IconUserMinus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '@shared/contract'
import { StudentLink } from '../../watch/StudentLink'
import { centreToday } from '../../watch/format'
import { daysSince, useDeskFormat } from './format'
import { UrgencyBadge } from './UrgencyBadge'

export type WaitlistEntry = ChannelOutput<'appointments.waitlist.list'>[number]

interface WaitlistTableProps {
  entries: WaitlistEntry[]
  onBook: (entry: WaitlistEntry) => void
  onRemove: (entry: WaitlistEntry) => void
}

/** The open waitlist, in the core's order (most urgent, then longest waiting, first). */
export function WaitlistTable({ entries, onBook, onRemove }: WaitlistTableProps) {
  const { t } = useTranslation()
  const format = useDeskFormat()
  const today = centreToday()
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('desk.waitlist.caption', { count: entries.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('desk.waitlist.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('desk.waitlist.columns.urgency')}</Table.Th>
            <Table.Th scope="col">{t('desk.waitlist.columns.studentNo')}</Table.Th>
            <Table.Th scope="col">{t('desk.waitlist.columns.phone')}</Table.Th>
            <Table.Th scope="col">{t('desk.waitlist.columns.waiting')}</Table.Th>
            <Table.Th scope="col">{t('desk.waitlist.columns.note')}</Table.Th>
            <Table.Th scope="col">{t('desk.waitlist.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                <StudentLink id={entry.studentId} name={entry.studentName} />
              </Table.Th>
              <Table.Td>
                <UrgencyBadge urgency={entry.urgency} />
              </Table.Td>
              <Table.Td>{entry.studentNo}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.phone || t('desk.waitlist.noPhone')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text span fw={500}>
                  {t('desk.waitlist.waitingDays', { count: daysSince(entry.addedAt, today) })}
                </Text>
                <Text size="sm" c="dimmed">
                  <time dateTime={entry.addedAt}>{t('desk.waitlist.addedOn', { date: format.moment(entry.addedAt) })}</time>
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    leftSection={<IconCalendarPlus size={16} aria-hidden />}
                    aria-label={t('desk.waitlist.bookLabel', { name: entry.studentName })}
                    onClick={() => onBook(entry)}
                  >
                    {t('desk.waitlist.book')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconUserMinus size={16} aria-hidden />}
                    aria-label={t('desk.waitlist.removeLabel', { name: entry.studentName })}
                    onClick={() => onRemove(entry)}
                  >
                    {t('desk.waitlist.remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
