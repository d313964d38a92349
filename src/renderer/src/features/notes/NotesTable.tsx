import { Anchor, Group, Table, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ChannelOutput, TemplateDto } from '@shared/contract'
import { useWatchFormat } from '../watch/format'
import { NoteStatusBadge, RiskBadge, SensitiveMark } from './badges'
import { templateName, useLabel } from './templates'
import { editorPath } from './useCreateNote'

type NoteRow = ChannelOutput<'notes.forStudent'>[number]

/** One student's notes, newest first; a restricted note says so and does not open. */
export function NotesTable({ rows, templates }: { rows: NoteRow[]; templates: TemplateDto[] | undefined }) {
  const { t } = useTranslation()
  const label = useLabel()
  const format = useWatchFormat()
  if (rows.length === 0) return <Text size="sm">{t('notes.list.empty')}</Text>
  const sorted = [...rows].sort((a, b) => b.createdAt.localeCompare(a.createdAt))

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped captionSide="top">
        <Table.Caption>{t('notes.list.caption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('notes.list.columns.date')}</Table.Th>
            <Table.Th scope="col">{t('notes.list.columns.template')}</Table.Th>
            <Table.Th scope="col">{t('notes.list.columns.author')}</Table.Th>
            <Table.Th scope="col">{t('notes.list.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('notes.list.columns.level')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((note) => {
            const date = format.time(note.createdAt)
            const name = templateName(t, label, templates, note.templateKey)
            return (
              <Table.Tr key={note.id}>
                <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={note.createdAt}>{date}</time>
                </Table.Th>
                <Table.Td>
                  {note.restricted ? (
                    <Group gap={6} wrap="nowrap">
                      <IconLock size={16} aria-hidden />
                      <Text size="sm">{t('notes.restricted')}</Text>
                    </Group>
                  ) : (
                    <Group gap="xs">
                      <Anchor component={Link} to={editorPath(note.studentId, note.id)} aria-label={t('notes.list.openLabel', { template: name, date })}>
                        {name}
                      </Anchor>
                      {note.sensitive && <SensitiveMark />}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>{note.authorName ?? t('notes.unknownAuthor')}</Table.Td>
                <Table.Td>
                  <NoteStatusBadge status={note.status} />
                </Table.Td>
                <Table.Td>{note.restricted ? null : <RiskBadge level={note.level} size="sm" />}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
