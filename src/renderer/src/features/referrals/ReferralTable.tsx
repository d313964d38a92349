import { Anchor, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ReferralRowDto } from '@shared/contract'
import { useWatchFormat } from '../watch/format'
import { OverdueBadge, ReferralStatusBadge, UrgencyBadge } from './badges'
import { referralPath } from './paths'

interface ReferralTableProps {
  rows: ReferralRowDto[]
  caption: string
  /** The student file's card leaves out whose referral it is. */
  showStudent?: boolean
}

/** Referrals as rows: each opens its page; an overdue step is marked in words. */
export function ReferralTable({ rows, caption, showStudent = true }: ReferralTableProps) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {showStudent && <Table.Th scope="col">{t('referrals.table.student')}</Table.Th>}
            <Table.Th scope="col">{t('referrals.table.status')}</Table.Th>
            <Table.Th scope="col">{t('referrals.table.urgency')}</Table.Th>
            <Table.Th scope="col">{t('referrals.table.hospital')}</Table.Th>
            <Table.Th scope="col">{t('referrals.table.due')}</Table.Th>
            <Table.Th scope="col">{t('referrals.table.counsellor')}</Table.Th>
            <Table.Th scope="col">{t('referrals.table.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const status = t(`referrals.statuses.${row.status}`)
            const link = (
              <Anchor component={Link} to={referralPath(row.studentId, row.id)} aria-label={t('referrals.table.open', { name: row.studentName, status })}>
                {showStudent ? row.studentName : status}
              </Anchor>
            )
            return (
              <Table.Tr key={row.id}>
                {showStudent && (
                  <Table.Th scope="row" fw={500}>
                    {link}
                    <Text size="xs" c="dimmed">
                      {t('referrals.table.studentNo')} {row.studentNo}
                    </Text>
                  </Table.Th>
                )}
                <Table.Td>
                  <Group gap={4}>
                    {showStudent ? <ReferralStatusBadge status={row.status} /> : link}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <UrgencyBadge urgency={row.urgency} />
                </Table.Td>
                <Table.Td>{row.hospitalName ?? t('referrals.table.noHospital')}</Table.Td>
                <Table.Td>
                  {row.overdue ? (
                    <OverdueBadge due={row.dueDate ? format.date(row.dueDate) : null} />
                  ) : row.dueDate ? (
                    format.date(row.dueDate)
                  ) : (
                    t('referrals.table.noDue')
                  )}
                </Table.Td>
                <Table.Td>{row.counsellorName ?? t('referrals.unknownUser')}</Table.Td>
                <Table.Td>{format.time(row.updatedAt)}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
