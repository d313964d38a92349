import { Button, Group, Paper, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow } from '../../api'
import { useSession } from '../../app/session'
import { QueryState } from '../../components/QueryState'
import { referralPath } from './paths'
import { ReferralTable } from './ReferralTable'

/** The student file's referrals card: each referral with its state and any overdue step, and a new one. */
export function StudentReferrals({ studentId }: { studentId: string }) {
  const { t } = useTranslation()
  const role = useSession().user.role
  const input = { studentId }
  const list = useQuery({ queryKey: ['referrals.forStudent', input], queryFn: () => callOrThrow('referrals.forStudent', input) })

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="student-referrals">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="student-referrals">
          {t('referrals.card.title')}
        </Title>
        {roleMayCall(role, 'referrals.create') && (
          <Button component={Link} to={referralPath(studentId, 'new')} size="sm" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('referrals.card.newReferral')}
          </Button>
        )}
      </Group>
      <QueryState query={list} failedKey="referrals.card.loadFailed" />
      {list.data?.length === 0 && <Text c="dimmed">{t('referrals.card.none')}</Text>}
      {list.data && list.data.length > 0 && <ReferralTable rows={list.data} caption={t('referrals.card.caption')} showStudent={false} />}
    </Paper>
  )
}
