import { CENTRE_TIME_ZONE } from '@shared/centreTime'
import { Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditRowDto } from '@shared/contract'
import { actionLabel, entityLabel, formatSummary, shortId } from './labels'

export function AuditTable({ rows }: { rows: AuditRowDto[] }) {
  const { t, i18n } = useTranslation()
  // No timeZone option: times show in the PC's own zone, as the centre's staff read clocks.
  const formatTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium', timeZone: CENTRE_TIME_ZONE })
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped captionSide="top" verticalSpacing="xs">
        <Table.Caption>{t('audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.seq')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.user')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.entityId')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.summary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.seq}>
              <Table.Td>{row.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={row.at}>{formatTime.format(new Date(row.at))}</time>
              </Table.Td>
              <Table.Td>
                {row.userName ?? (
                  <>
                    <span aria-hidden>{t('audit.system')}</span>
                    <VisuallyHidden>{t('audit.systemLabel')}</VisuallyHidden>
                  </>
                )}
              </Table.Td>
              <Table.Td title={row.action}>{actionLabel(t, row.action)}</Table.Td>
              <Table.Td>{row.entity ? entityLabel(t, row.entity) : ''}</Table.Td>
              <Table.Td>
                {row.entityId && (
                  <Text span ff="monospace" size="sm" title={row.entityId}>
                    {shortId(row.entityId)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text span size="sm">
                  {formatSummary(t, row.summary)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
