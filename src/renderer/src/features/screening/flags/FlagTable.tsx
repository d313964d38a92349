import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconAlertTriangle, IconCalendarPlus, IconClipboardCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { FlagRowDto } from '@shared/contract'
import { roleMayCall } from '@shared/permissions'
import { useSession } from '../../../app/session'
import { useWatchFormat } from '../../watch/format'
import { StudentLink } from '../../watch/StudentLink'
import { TierBadge } from '../../watch/TierBadge'
import { useInstrumentText } from '../useInstruments'
import { SeverityBadge, WHOLE } from './SeverityBadge'

interface FlagTableProps {
  rows: FlagRowDto[]
  /** The whole list's length (the table may show one page of it). */
  total: number
  onBook: (row: FlagRowDto) => void
  onRecord: (row: FlagRowDto) => void
}

/** A refusal is not final: the student may agree to an interview later. */
const OPEN: FlagRowDto['status'][] = ['pending', 'booked', 'refused']

/** A row may be booked until it has an interview that was not cancelled, and recorded until confirmed or a false alarm. */
export const mayBook = (row: FlagRowDto): boolean => OPEN.includes(row.status) && (row.appointment === null || row.appointment.status === 'cancelled')
export const mayRecord = (row: FlagRowDto): boolean => OPEN.includes(row.status)

/** The interview list: key-item hits first, then by severity, exactly as the core orders it. */
export function FlagTable({ rows, total, onBook, onRecord }: FlagTableProps) {
  const { t } = useTranslation()
  const role = useSession().user.role
  const text = useInstrumentText()
  const format = useWatchFormat()
  const canBook = roleMayCall(role, 'screening.interview.book')
  const canRecord = roleMayCall(role, 'screening.interview.record')

  const hitsOf = (row: FlagRowDto): string[] =>
    row.results.filter((r) => r.keyHits.length > 0).map((r) => t('screening.flags.keyHit', { instrument: text.short(r.instrumentKey), items: r.keyHits.join('、') }))

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped captionSide="top" verticalSpacing="sm">
        <Table.Caption style={{ textAlign: 'start' }}>{t('screening.flags.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('screening.flags.keyItem')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.severity')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.student')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.collegeClass')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.results')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.status')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.appointment')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.tier')}</Table.Th>
            <Table.Th scope="col">{t('screening.flags.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const hits = hitsOf(row)
            return (
              <Table.Tr key={row.id}>
                <Table.Td>
                  {hits.length > 0 ? (
                    <Badge
                      color="red"
                      variant="light"
                      leftSection={<IconAlertTriangle size={14} aria-hidden />}
                      style={WHOLE}
                    >
                      {hits.join('；')}
                    </Badge>
                  ) : (
                    <NoneMark />
                  )}
                </Table.Td>
                <Table.Td>
                  <SeverityBadge severity={row.severity} />
                </Table.Td>
                <Table.Th scope="row" fw={400}>
                  <Stack gap={0}>
                    <StudentLink id={row.studentId} name={row.name} />
                    <Text size="sm">{t('screening.flags.studentNo', { studentNo: row.studentNo })}</Text>
                  </Stack>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{row.collegeName ?? t('screening.flags.noCollege')}</Text>
                  <Text size="sm">{row.className ?? t('screening.flags.noClass')}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {row.results.map((r) => (
                      <Text size="sm" key={r.resultId}>
                        <Text span fw={600} size="sm">
                          {text.short(r.instrumentKey)}
                        </Text>{' '}
                        {[text.level(r.instrumentKey, r.level), r.total !== null ? t('screening.flags.total', { total: r.total }) : null].filter(Boolean).join(' · ')}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={row.status === 'confirmed' ? 'red' : row.status === 'pending' ? 'orange' : 'gray'} style={WHOLE}>
                    {t(`screening.statuses.${row.status}`)}
                  </Badge>
                  {row.outcomeAt && row.outcomeByName && (
                    <Text size="xs" mt={4}>
                      {t('screening.flags.outcomeBy', { name: row.outcomeByName, when: format.time(row.outcomeAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.appointment ? (
                    <Text size="sm">
                      {t('screening.flags.appointmentAt', { when: format.time(row.appointment.start), counsellor: row.appointment.counsellorName ?? '' })}
                      {row.appointment.status === 'cancelled' && ` ${t('screening.flags.appointmentCancelled')}`}
                    </Text>
                  ) : (
                    <Text size="sm">{t('screening.flags.notBooked')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.tier ? <TierBadge tier={row.tier} size="sm" short /> : <Text size="sm">{t('watch.notWatched')}</Text>}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    {canBook && mayBook(row) && (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconCalendarPlus size={14} aria-hidden />}
                        aria-label={t('screening.flags.bookFor', { name: row.name })}
                        onClick={() => onBook(row)}
                      >
                        {row.appointment ? t('screening.flags.rebook') : t('screening.flags.book')}
                      </Button>
                    )}
                    {canRecord && mayRecord(row) && (
                      <Button
                        size="xs"
                        leftSection={<IconClipboardCheck size={14} aria-hidden />}
                        aria-label={t('screening.flags.recordFor', { name: row.name })}
                        onClick={() => onRecord(row)}
                      >
                        {t('screening.flags.record')}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** An empty cell that a screen reader reads as "none" instead of skipping or saying "dash". */
export function NoneMark() {
  const { t } = useTranslation()
  return (
    <>
      <span aria-hidden>{t('screening.none')}</span>
      <VisuallyHidden>{t('screening.noneSr')}</VisuallyHidden>
    </>
  )
}
