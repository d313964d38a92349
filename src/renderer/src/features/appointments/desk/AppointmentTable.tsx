import { Button, Stack, Table, Text, Title } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'
import { centreDate } from '@shared/centreTime'
import { centreToday } from '../../watch/format'
import { kindLabel, useDeskFormat } from './format'
import { StatusBadge } from '../calendar/StatusBadge'

interface AppointmentTableProps {
  title: string
  caption: string
  empty: string
  rows: AppointmentDto[]
  /** Offered on booked appointments the caller sees in full, from their day on (as the core allows). */
  onAttend?: (a: AppointmentDto) => void
  pending: boolean
}

/** One student's appointments: when, what, with whom, where, and how it went. */
export function AppointmentTable({ title, caption, empty, rows, onAttend, pending }: AppointmentTableProps) {
  const { t } = useTranslation()
  const format = useDeskFormat()
  const today = centreToday()
  const attendable = (a: AppointmentDto) => onAttend && a.status === 'booked' && a.visibility === 'full' && centreDate(a.start) <= today
  const withActions = rows.some(attendable)
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped captionSide="top">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('desk.student.columns.time')}</Table.Th>
                <Table.Th scope="col">{t('desk.student.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('desk.student.columns.counsellor')}</Table.Th>
                <Table.Th scope="col">{t('desk.student.columns.room')}</Table.Th>
                <Table.Th scope="col">{t('desk.student.columns.status')}</Table.Th>
                {withActions && <Table.Th scope="col">{t('desk.student.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={a.start}>{format.when(a.start, a.end)}</time>
                  </Table.Th>
                  <Table.Td>{kindLabel(t, a.kind)}</Table.Td>
                  <Table.Td>{a.counsellorName}</Table.Td>
                  <Table.Td>{a.roomName ?? t('calendar.noRoom')}</Table.Td>
                  <Table.Td>
                    <StatusBadge appointment={a} />
                  </Table.Td>
                  {withActions && (
                    <Table.Td>
                      {attendable(a) && (
                        <Button
                          size="xs"
                          variant="light"
                          color="teal"
                          leftSection={<IconCheck size={16} aria-hidden />}
                          loading={pending}
                          aria-label={t('desk.student.attendLabel', { kind: kindLabel(t, a.kind), time: format.when(a.start, a.end) })}
                          onClick={() => onAttend?.(a)}
                        >
                          {t('desk.student.attend')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
