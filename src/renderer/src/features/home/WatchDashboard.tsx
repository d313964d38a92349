import type { ReactNode } from 'react'
import { Alert, Anchor, Badge, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCalendarDue, IconClockExclamation } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { callOrThrow, CallFailed } from '../../api'
import { describeError } from '../../components/forms'
import { StudentLink } from '../watch/StudentLink'
import { TierBadge } from '../watch/TierBadge'

const HOUR = 3_600_000

/** How long ago a deadline passed, in words. */
function overdueBy(t: TFunction, dueAt: string, now: number): string {
  const hours = Math.floor((now - new Date(dueAt).getTime()) / HOUR)
  if (hours < 1) return t('home.dashboard.overdueLessThanHour')
  if (hours < 48) return t('home.dashboard.overdueHours', { count: hours })
  return t('home.dashboard.overdueDays', { count: Math.floor(hours / 24) })
}

/** The watch list's part of the home page: today's reviews, overdue items, the crisis list. */
export function WatchDashboard() {
  const { t } = useTranslation()
  const dashboard = useQuery({ queryKey: ['watch.dashboard', {}], queryFn: () => callOrThrow('watch.dashboard', {}) })
  // Overdue as of when the figures were fetched, so the numbers and their ages agree.
  const now = dashboard.dataUpdatedAt

  return (
    <section aria-labelledby="home-dashboard">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="home-dashboard">
          {t('home.dashboard.title')}
        </Title>
        <Anchor component={Link} to="/watch" size="sm">
          {t('home.dashboard.openAll')}
        </Anchor>
      </Group>
      {dashboard.isPending && (
        <Center p="lg">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {dashboard.isError && (
        <Alert color="red" role="alert">
          {t('home.dashboard.loadFailed', {
            message: dashboard.error instanceof CallFailed ? describeError(t, dashboard.error.error) : t('errors.internal')
          })}
        </Alert>
      )}
      {dashboard.data && (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <DashboardCard
            id="dashboard-due"
            icon={<IconCalendarDue size={20} aria-hidden />}
            title={t('home.dashboard.dueTitle')}
            count={t('home.dashboard.dueCount', { count: dashboard.data.dueReviews.length })}
            empty={t('home.dashboard.dueEmpty')}
            items={dashboard.data.dueReviews.map((row) => ({
              key: row.studentId,
              content: (
                <>
                  <Group gap="xs">
                    <StudentLink id={row.studentId} name={row.name} />
                    <TierBadge tier={row.tier} short size="sm" />
                  </Group>
                  <Text size="sm">{t('home.dashboard.counsellor', { name: row.counsellorName ?? t('watch.plan.noCounsellor') })}</Text>
                </>
              )
            }))}
          />
          <DashboardCard
            id="dashboard-overdue"
            icon={<IconClockExclamation size={20} aria-hidden />}
            title={t('home.dashboard.overdueTitle')}
            count={String(dashboard.data.overdueItems.length)}
            empty={t('home.dashboard.overdueEmpty')}
            items={dashboard.data.overdueItems.map(({ student, item }) => ({
              key: item.id,
              content: (
                <>
                  <Group gap="xs">
                    <StudentLink id={student.studentId} name={student.name} />
                    <TierBadge tier={student.tier} short size="sm" />
                  </Group>
                  <Text size="sm">{t(`watch.checklistItems.${item.item}`)}</Text>
                  <Badge color="red" variant="light" size="sm">
                    {overdueBy(t, item.dueAt, now)}
                  </Badge>
                </>
              )
            }))}
          />
          <DashboardCard
            id="dashboard-crisis"
            icon={<IconAlertTriangle size={20} aria-hidden />}
            title={t('home.dashboard.crisisTitle')}
            count={String(dashboard.data.crisis.length)}
            empty={t('home.dashboard.crisisEmpty')}
            items={dashboard.data.crisis.map((row) => ({
              key: row.studentId,
              content: (
                <>
                  <StudentLink id={row.studentId} name={row.name} />
                  <Text size="sm">{[row.collegeName, row.className].filter(Boolean).join(' / ')}</Text>
                  <Text size="sm">{t('home.dashboard.openItems', { open: row.openItems })}</Text>
                </>
              )
            }))}
          />
        </SimpleGrid>
      )}
    </section>
  )
}

interface CardProps {
  id: string
  icon: ReactNode
  title: string
  count: string
  empty: string
  items: { key: string; content: ReactNode }[]
}

function DashboardCard({ id, icon, title, count, empty, items }: CardProps) {
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={3} size="h5" id={id}>
            {title}
          </Title>
        </Group>
        <Text fw={700} size="lg">
          {count}
        </Text>
      </Group>
      {items.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Stack component="li" key={item.key} gap={2}>
              {item.content}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
