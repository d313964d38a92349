import { useState } from 'react'
import { Button, Group, Stack, Tabs, Text } from '@mantine/core'
import { IconBellRinging, IconHourglass, IconUserPlus } from '@tabler/icons-react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow } from '../../../api'
import { PageTitle } from '../../../components/PageTitle'
import { QueryState } from '../../../components/QueryState'
import { BookingModal } from '../calendar/BookingModal'
import { DESK_QUERIES } from './invalidate'
import { RemindList } from './RemindList'
import { WaitlistAddModal } from './WaitlistAddModal'
import { WaitlistRemoveModal } from './WaitlistRemoveModal'
import { WaitlistTable, type WaitlistEntry } from './WaitlistTable'

/** The front desk's page: who waits for a first appointment, and whom to call about tomorrow. */
export function WaitlistPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageTitle>{t('desk.waitlist.title')}</PageTitle>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List aria-label={t('desk.waitlist.tabsLabel')} mb="md">
          <Tabs.Tab value="list" leftSection={<IconHourglass size={16} aria-hidden />}>
            {t('desk.waitlist.tabList')}
          </Tabs.Tab>
          <Tabs.Tab value="remind" leftSection={<IconBellRinging size={16} aria-hidden />}>
            {t('desk.waitlist.tabRemind')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <Waitlist />
        </Tabs.Panel>
        <Tabs.Panel value="remind">
          <RemindList />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}

function Waitlist() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [adding, setAdding] = useState(false)
  const [booking, setBooking] = useState<WaitlistEntry | null>(null)
  const [removing, setRemoving] = useState<WaitlistEntry | null>(null)
  const list = useQuery({ queryKey: ['appointments.waitlist.list', {}], queryFn: () => callOrThrow('appointments.waitlist.list', {}) })

  // The core took them off the list in the same write as the booking (the dialog says it booked);
  // every list and count that showed them changes.
  const booked = async () => {
    setBooking(null)
    await Promise.all(DESK_QUERIES.map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text maw={640}>{t('desk.waitlist.intro')}</Text>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
          {t('desk.waitlist.add')}
        </Button>
      </Group>
      {!list.data && <QueryState query={list} failedKey="desk.waitlist.loadFailed" />}
      {list.data && list.data.length === 0 && <Text role="status">{t('desk.waitlist.empty')}</Text>}
      {list.data && list.data.length > 0 && <WaitlistTable entries={list.data} onBook={setBooking} onRemove={setRemoving} />}
      {adding && <WaitlistAddModal onClose={() => setAdding(false)} />}
      {removing && <WaitlistRemoveModal entry={removing} onClose={() => setRemoving(null)} />}
      <BookingModal
        opened={booking !== null}
        draft={
          booking
            ? { studentId: booking.studentId, studentLabel: t('desk.studentLabel', { name: booking.studentName, studentNo: booking.studentNo }), waitlistId: booking.id, kind: 'intake' }
            : {}
        }
        onClose={() => setBooking(null)}
        onBooked={() => void booked()}
      />
    </Stack>
  )
}
