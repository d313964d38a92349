import { Badge, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useInstrumentText } from '../useInstruments'
import type { CheckResult } from './useImportFlow'

/** The first rows as they would be scored: student, then per instrument total, level and whether flagged. */
export function PreviewTable({ rows, keys }: { rows: CheckResult['preview']; keys: string[] }) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  return (
    <Table.ScrollContainer minWidth={Math.max(560, 320 + keys.length * 180)}>
      <Table captionSide="top" striped withTableBorder>
        <Table.Caption style={{ textAlign: 'start' }}>{t('screening.import.previewCaption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('screening.import.row')}</Table.Th>
            <Table.Th scope="col">{t('screening.import.student')}</Table.Th>
            <Table.Th scope="col">{t('screening.import.name')}</Table.Th>
            {keys.map((key) => (
              <Table.Th scope="col" key={key}>
                {text.short(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {row.studentNo}
              </Table.Th>
              <Table.Td>{row.name}</Table.Td>
              {keys.map((key) => {
                const score = row.scores.find((s) => s.instrumentKey === key)
                if (!score) return <Table.Td key={key}>{t('screening.none')}</Table.Td>
                const words = [score.total !== null ? t('screening.import.score', { total: score.total }) : null, text.level(key, score.level)].filter(Boolean)
                return (
                  <Table.Td key={key}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{words.join(' · ')}</Text>
                      {score.flagged ? (
                        <Badge color="red" variant="light" size="sm">
                          {t('screening.import.flaggedMark')}
                        </Badge>
                      ) : (
                        <Text size="xs">{t('screening.import.notFlagged')}</Text>
                      )}
                    </Group>
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
