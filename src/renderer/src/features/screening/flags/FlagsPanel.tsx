import { useState } from 'react'
import { Button, Group, Pagination, Select, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { INTERVIEW_STATUSES, type FlagRowDto, type InterviewStatus } from '@shared/contract'
import { callOrThrow } from '../../../api'
import { QueryState } from '../../../components/QueryState'
import { collegeOptions, useOrg } from '../../students/useOrg'
import { BookInterviewModal } from './BookInterviewModal'
import { FlagTable } from './FlagTable'
import { RecordOutcomeModal } from './RecordOutcomeModal'

const ALL = 'all'
/** A round of 16,000 may flag well over a thousand: the table shows them a page at a time. */
const PAGE_SIZE = 50

/** The second-stage interview list of one round, filtered by status and college, as the core orders it. */
export function FlagsPanel({ roundId }: { roundId: string }) {
  const { t } = useTranslation()
  const org = useOrg()
  const [status, setStatus] = useState<string>(ALL)
  const [collegeId, setCollegeId] = useState<string>(ALL)
  const [booking, setBooking] = useState<FlagRowDto | null>(null)
  const [recording, setRecording] = useState<FlagRowDto | null>(null)
  const [page, setPage] = useState(1)
  const input = {
    roundId,
    ...(status !== ALL ? { status: status as InterviewStatus } : {}),
    ...(collegeId !== ALL ? { collegeId } : {}),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE
  }
  const flags = useQuery({ queryKey: ['screening.flags.list', input], queryFn: () => callOrThrow('screening.flags.list', input) })

  return (
    <Stack>
      <Text size="sm">{t('screening.flags.intro')}</Text>
      <Group>
        <Select
          label={t('screening.flags.status')}
          data={[{ value: ALL, label: t('screening.flags.allStatuses') }, ...INTERVIEW_STATUSES.map((s) => ({ value: s, label: t(`screening.statuses.${s}`) }))]}
          value={status}
          onChange={(v) => {
            setStatus(v ?? ALL)
            setPage(1)
          }}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('screening.flags.college')}
          data={[{ value: ALL, label: t('screening.flags.allColleges') }, ...collegeOptions(org.data)]}
          value={collegeId}
          onChange={(v) => {
            setCollegeId(v ?? ALL)
            setPage(1)
          }}
          allowDeselect={false}
          searchable
          w={260}
        />
      </Group>
      <QueryState query={flags} failedKey="screening.loadFailed" />
      {flags.data?.total === 0 && <Text c="dimmed">{t('screening.flags.empty')}</Text>}
      {flags.data && flags.data.rows.length === 0 && flags.data.total > 0 && <PageGone onFirst={() => setPage(1)} />}
      {flags.data && flags.data.rows.length > 0 && (
        <FlagPage rows={flags.data.rows} total={flags.data.total} page={page} onPage={setPage} onBook={setBooking} onRecord={setRecording} />
      )}
      {booking && <BookInterviewModal flag={booking} onClose={() => setBooking(null)} />}
      {recording && <RecordOutcomeModal flag={recording} onClose={() => setRecording(null)} />}
    </Stack>
  )
}

/** A write (an outcome under a status filter) may leave the page being read empty. */
function PageGone({ onFirst }: { onFirst: () => void }) {
  const { t } = useTranslation()
  return (
    <Group>
      <Text c="dimmed">{t('screening.flags.pageGone')}</Text>
      <Button variant="light" onClick={onFirst}>
        {t('screening.flags.firstPage')}
      </Button>
    </Group>
  )
}

interface FlagPageProps {
  rows: FlagRowDto[]
  total: number
  page: number
  onPage: (page: number) => void
  onBook: (row: FlagRowDto) => void
  onRecord: (row: FlagRowDto) => void
}

/** One page of the list (the core pages it, in its order), and the pages around it. */
function FlagPage({ rows, total, page, onPage, onBook, onRecord }: FlagPageProps) {
  const { t } = useTranslation()
  const pages = Math.ceil(total / PAGE_SIZE)
  const current = Math.min(page, pages)
  const from = (current - 1) * PAGE_SIZE
  return (
    <>
      <FlagTable rows={rows} total={total} onBook={onBook} onRecord={onRecord} />
      {pages > 1 && (
        <Group justify="space-between" component="nav" aria-label={t('screening.flags.pages')}>
          <Text size="sm">{t('screening.flags.showing', { from: from + 1, to: from + rows.length, count: total })}</Text>
          <Pagination
            total={pages}
            value={current}
            onChange={onPage}
            getControlProps={(control) => ({ 'aria-label': t(control === 'previous' ? 'screening.flags.previous' : 'screening.flags.next') })}
            getItemProps={(p) => ({ 'aria-label': t('screening.flags.page', { page: p }) })}
          />
        </Group>
      )}
    </>
  )
}
