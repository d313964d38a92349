import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconClockExclamation } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { callOrThrow } from '../../api'
import { useWatchFormat } from '../watch/format'
import { referralPath } from './paths'

const INPUT = { open: true }

/** The home page's overdue referral steps; nothing at all while there are none (or they cannot be read). */
export function OverdueReferralsCard() {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const list = useQuery({ queryKey: ['referrals.list', INPUT], queryFn: () => callOrThrow('referrals.list', INPUT) })
  const overdue = list.data?.filter((row) => row.overdue) ?? []
  if (overdue.length === 0) return null

  return (
    <Paper component="section" aria-labelledby="home-referrals" withBorder p="md" style={{ borderColor: 'var(--mantine-color-orange-8)' }}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconClockExclamation size={22} aria-hidden />
          <Title order={2} size="h4" id="home-referrals">
            {t('referrals.home.title')}
          </Title>
        </Group>
        <Badge color="red" variant="filled" size="lg">
          {t('referrals.home.count', { count: overdue.length })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('referrals.home.intro')}
      </Text>
      <Stack component="ul" aria-label={t('referrals.home.listLabel')} gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {overdue.map((row) => (
          <li key={row.id}>
            <Text>
              {t('referrals.home.item', {
                name: row.studentName,
                studentNo: row.studentNo,
                status: t(`referrals.statuses.${row.status}`),
                date: row.dueDate ? format.date(row.dueDate) : '—'
              })}{' '}
              <Anchor component={Link} to={referralPath(row.studentId, row.id)} aria-label={t('referrals.home.openFor', { name: row.studentName })}>
                {t('referrals.home.open')}
              </Anchor>
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  )
}
