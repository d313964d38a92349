import { Anchor, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconHourglass } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AppointmentDto } from '@shared/contract'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow } from '../../../api'
import { useSession } from '../../../app/session'
import { QueryState } from '../../../components/QueryState'
import { StudentLink } from '../../watch/StudentLink'
import { appointmentWho } from '../calendar/appearance'
import { StatusBadge } from '../calendar/StatusBadge'
import { kindLabel, useDeskFormat } from './format'

/** The home page's appointments: today's sessions, and (for the front desk) who is still waiting. */
export function AppointmentsDashboard() {
  const { t } = useTranslation()
  const role = useSession().user.role
  const dashboard = useQuery({ queryKey: ['appointments.dashboard', {}], queryFn: () => callOrThrow('appointments.dashboard', {}) })
  const data = dashboard.data
  const desk = roleMayCall(role, 'appointments.waitlist.list')

  return (
    <section aria-labelledby="home-appointments">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="home-appointments">
          {t('desk.dashboard.title')}
        </Title>
        {roleMayCall(role, 'appointments.calendar') && (
          <Anchor component={Link} to="/calendar" size="sm">
            {t('desk.dashboard.openCalendar')}
          </Anchor>
        )}
      </Group>
      {!data && <QueryState query={dashboard} failedKey="desk.dashboard.loadFailed" />}
      {data && (
        <Grid>
          <Grid.Col span={{ base: 12, md: desk ? 8 : 12 }}>
            <Paper withBorder p="md">
              {data.today.length === 0 ? <Text size="sm">{t('desk.dashboard.empty')}</Text> : <TodayTable rows={data.today} />}
            </Paper>
          </Grid.Col>
          {desk && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              <WaitlistSummary length={data.waitlistLength} oldestWaitDays={data.oldestWaitDays} />
            </Grid.Col>
          )}
        </Grid>
      )}
    </section>
  )
}

function TodayTable({ rows }: { rows: AppointmentDto[] }) {
  const { t } = useTranslation()
  const format = useDeskFormat()
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped captionSide="top">
        <Table.Caption>{t('desk.dashboard.caption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('desk.dashboard.columns.time')}</Table.Th>
            <Table.Th scope="col">{t('desk.dashboard.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('desk.dashboard.columns.who')}</Table.Th>
            <Table.Th scope="col">{t('desk.dashboard.columns.counsellor')}</Table.Th>
            <Table.Th scope="col">{t('desk.dashboard.columns.room')}</Table.Th>
            <Table.Th scope="col">{t('desk.dashboard.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={a.start}>{format.span(a.start, a.end)}</time>
              </Table.Th>
              <Table.Td>{kindLabel(t, a.kind)}</Table.Td>
              <Table.Td>
                {a.visibility === 'full' && a.studentId && a.studentName ? <StudentLink id={a.studentId} name={a.studentName} /> : appointmentWho(t, a)}
              </Table.Td>
              <Table.Td>{a.counsellorName}</Table.Td>
              <Table.Td>{a.roomName ?? t('calendar.noRoom')}</Table.Td>
              <Table.Td>
                <StatusBadge appointment={a} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function WaitlistSummary({ length, oldestWaitDays }: { length: number; oldestWaitDays: number | null }) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="home-waitlist" h="100%">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <IconHourglass size={20} aria-hidden />
          <Title order={3} size="h5" id="home-waitlist">
            {t('desk.dashboard.waitlistTitle')}
          </Title>
        </Group>
        {length === 0 ? (
          <Text size="sm">{t('desk.dashboard.waitlistEmpty')}</Text>
        ) : (
          <>
            <Text fw={700} size="lg">
              {t('desk.dashboard.waitlistCount', { count: length })}
            </Text>
            {oldestWaitDays !== null && <Text>{t('desk.dashboard.oldestWait', { count: oldestWaitDays })}</Text>}
          </>
        )}
        <Anchor component={Link} to="/waitlist" size="sm">
          {t('desk.dashboard.openWaitlist')}
        </Anchor>
      </Stack>
    </Paper>
  )
}
