import { useState } from 'react'
import { Stack, Table, Text, TextInput } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { addDays, isRealDate } from '@shared/centreTime'
import { callOrThrow } from '../../../api'
import { QueryState } from '../../../components/QueryState'
import { StudentLink } from '../../watch/StudentLink'
import { centreToday } from '../../watch/format'
import { appointmentWho } from '../calendar/appearance'
import { kindLabel, useDeskFormat } from './format'

/** "To contact tomorrow": the day's booked appointments with phone numbers, for reminder calls. */
export function RemindList() {
  const { t } = useTranslation()
  const format = useDeskFormat()
  const [date, setDate] = useState(() => addDays(centreToday(), 1))
  const valid = isRealDate(date)
  const list = useQuery({
    queryKey: ['appointments.remindList', { date }],
    queryFn: () => callOrThrow('appointments.remindList', { date }),
    enabled: valid
  })
  const rows = list.data ?? []

  return (
    <Stack>
      <Text>{t('desk.remind.intro')}</Text>
      <TextInput
        type="date"
        label={t('desk.remind.date')}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={valid ? undefined : t('validation.date')}
        maw={220}
      />
      {valid && !list.data && <QueryState query={list} failedKey="desk.remind.loadFailed" />}
      {valid && list.data && rows.length === 0 && <Text role="status">{t('desk.remind.empty')}</Text>}
      {valid && rows.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped captionSide="top">
            <Table.Caption>{t('desk.remind.caption', { date: format.date(date), count: rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('desk.remind.columns.time')}</Table.Th>
                <Table.Th scope="col">{t('desk.remind.columns.student')}</Table.Th>
                <Table.Th scope="col">{t('desk.remind.columns.phone')}</Table.Th>
                <Table.Th scope="col">{t('desk.remind.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('desk.remind.columns.counsellor')}</Table.Th>
                <Table.Th scope="col">{t('desk.remind.columns.room')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ appointment: a, phone }) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={a.start}>{format.span(a.start, a.end)}</time>
                  </Table.Th>
                  <Table.Td>{a.studentId && a.studentName ? <StudentLink id={a.studentId} name={a.studentName} /> : appointmentWho(t, a)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{phone || t('desk.waitlist.noPhone')}</Table.Td>
                  <Table.Td>{kindLabel(t, a.kind)}</Table.Td>
                  <Table.Td>{a.counsellorName}</Table.Td>
                  <Table.Td>{a.roomName ?? t('calendar.noRoom')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
