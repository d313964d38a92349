import { useState } from 'react'
import { Group, Stack, Switch, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow } from '../../api'
import { PageTitle } from '../../components/PageTitle'
import { QueryState } from '../../components/QueryState'
import { ReferralTable } from './ReferralTable'

/** The 转介 section: open referrals with the overdue ones first, or every referral. */
export function ReferralsPage() {
  const { t } = useTranslation()
  const [all, setAll] = useState(false)
  const input = { open: !all }
  const list = useQuery({ queryKey: ['referrals.list', input], queryFn: () => callOrThrow('referrals.list', input) })
  const rows = list.data ?? []

  return (
    <>
      <PageTitle>{t('referrals.section.title')}</PageTitle>
      <Stack>
        <Text size="sm">{t('referrals.section.intro')}</Text>
        <Group justify="space-between">
          <Switch label={t('referrals.section.showAll')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
          {list.data && (
            <Text size="sm" role="status">
              {t('referrals.section.count', { count: rows.length })}
            </Text>
          )}
        </Group>
        <QueryState query={list} failedKey="referrals.loadFailed" />
        {list.data && rows.length === 0 && <Text c="dimmed">{all ? t('referrals.section.none') : t('referrals.section.noneOpen')}</Text>}
        {rows.length > 0 && <ReferralTable rows={rows} caption={all ? t('referrals.section.captionAll') : t('referrals.section.captionOpen')} />}
      </Stack>
    </>
  )
}
