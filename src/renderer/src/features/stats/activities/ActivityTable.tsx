import { ActionIcon, Group, Table, Text } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ActivityDto } from '@shared/contract'
import { useWatchFormat } from '../../watch/format'
import { useNumbers } from '../format'

interface ActivityTableProps {
  activities: ActivityDto[]
  onEdit: (activity: ActivityDto) => void
  onRemove: (activity: ActivityDto) => void
}

/** The centre's activities in the period, newest first, each with edit and remove. */
export function ActivityTable({ activities, onEdit, onRemove }: ActivityTableProps) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const numbers = useNumbers()
  const detail = (a: ActivityDto) =>
    a.channel ? t(`stats.activities.channels.${a.channel}`) : a.theme ? t(`stats.activities.themes.${a.theme}`) : t('stats.activities.none')
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{t('stats.activities.caption', { count: activities.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stats.activities.columns.date')}</Table.Th>
            <Table.Th scope="col">{t('stats.activities.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('stats.activities.columns.title')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('stats.activities.columns.participants')}
            </Table.Th>
            <Table.Th scope="col">{t('stats.activities.columns.detail')}</Table.Th>
            <Table.Th scope="col">{t('stats.activities.columns.by')}</Table.Th>
            <Table.Th scope="col">{t('stats.activities.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={a.date}>{format.date(a.date)}</time>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`stats.activities.kinds.${a.kind}`)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {a.title}
                {a.notes && (
                  <Text size="sm" c="dimmed" fw={400} lineClamp={2}>
                    {a.notes}
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="end">{a.participants === null ? t('stats.activities.notCounted') : numbers.whole(a.participants)}</Table.Td>
              <Table.Td>{detail(a)}</Table.Td>
              <Table.Td>{a.createdByName ?? t('stats.activities.none')}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('stats.activities.edit', { title: a.title })} onClick={() => onEdit(a)}>
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('stats.activities.remove', { title: a.title })} onClick={() => onRemove(a)}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
