import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { GENDERS, STUDENT_FIELDS, STUDENT_STATUSES } from '@shared/contract'

/** The first rows as the core would import them, in the order of XinAn's fields. */
export function PreviewTable({ rows }: { rows: Record<string, string>[] }) {
  const { t, i18n } = useTranslation()
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const order = (key: string) => {
    const n = (STUDENT_FIELDS as readonly string[]).indexOf(key)
    return n === -1 ? STUDENT_FIELDS.length : n
  }
  keys.sort((a, b) => order(a) - order(b))
  const label = (key: string) => (i18n.exists(`students.fields.${key}`) ? t(`students.fields.${key}`) : key)
  // Enum values read as words ('女', not 'female'), as the file's own words did.
  const show = (key: string, value: string | undefined) => {
    if (!value) return ''
    if (key === 'gender' && (GENDERS as readonly string[]).includes(value)) return t(`students.genders.${value}`)
    if (key === 'status' && (STUDENT_STATUSES as readonly string[]).includes(value)) return t(`students.statuses.${value}`)
    return value
  }
  return (
    <Table.ScrollContainer minWidth={Math.max(480, keys.length * 110)}>
      <Table captionSide="top" striped withTableBorder>
        <Table.Caption style={{ textAlign: 'start' }}>{t('students.import.previewCaption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {keys.map((key) => (
              <Table.Th scope="col" key={key}>
                {label(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, n) => (
            <Table.Tr key={n}>
              {keys.map((key) => (
                <Table.Td key={key}>{show(key, row[key])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
