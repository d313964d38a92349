import { useState } from 'react'
import { Divider, Select, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow } from '../../../api'
import { useSession } from '../../../app/session'
import { PageTitle } from '../../../components/PageTitle'
import { QueryState } from '../../../components/QueryState'
import { ExceptionsSection } from './ExceptionsSection'
import { SlotsEditor } from './SlotsEditor'

/**
 * A counsellor's weekly hours and days away. Each clinician keeps their own; the director may
 * keep anyone's (the core checks the same rule).
 */
export function AvailabilityPage() {
  const { t } = useTranslation()
  const { user } = useSession()
  const [userId, setUserId] = useState(user.id)
  return (
    <>
      <PageTitle>{t('desk.availability.title')}</PageTitle>
      <Stack gap="lg">
        <Text>{t('desk.availability.intro')}</Text>
        {user.role === 'admin' && <StaffPicker value={userId} onChange={setUserId} />}
        {/* Keyed by user: switching counsellor starts a clean form from their saved hours. */}
        <Availability key={userId} userId={userId} />
      </Stack>
    </>
  )
}

function StaffPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation()
  const staff = useQuery({ queryKey: ['users.staff', {}], queryFn: () => callOrThrow('users.staff', {}) })
  if (!staff.data) return <QueryState query={staff} failedKey="desk.availability.staffFailed" />
  return (
    <Select
      label={t('desk.availability.who')}
      data={staff.data.map((s) => ({ value: s.id, label: t('desk.availability.staffOption', { name: s.displayName, role: t(`roles.${s.role}`) }) }))}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      searchable
      maw={360}
    />
  )
}

function Availability({ userId }: { userId: string }) {
  const { t } = useTranslation()
  const availability = useQuery({
    queryKey: ['appointments.availability.get', { userId }],
    queryFn: () => callOrThrow('appointments.availability.get', { userId })
  })
  if (!availability.data) return <QueryState query={availability} failedKey="desk.availability.loadFailed" />
  return (
    <>
      <Stack component="section" aria-labelledby="availability-weekly" gap="sm">
        <Title order={2} size="h4" id="availability-weekly">
          {t('desk.availability.weeklyTitle')}
        </Title>
        <SlotsEditor userId={userId} slots={availability.data.slots} />
      </Stack>
      <Divider />
      <ExceptionsSection userId={userId} exceptions={availability.data.exceptions} />
    </>
  )
}
