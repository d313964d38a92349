import { Select, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { STUDENT_FIELDS, type StudentField } from '@shared/contract'

export type Mapping = Partial<Record<StudentField, number>>

const SKIP = 'skip'

/** One field per column at most: choosing a field for a column takes it from any other column. */
export function remap(mapping: Mapping, column: number, field: StudentField | null): Mapping {
  const next: Mapping = {}
  for (const [f, c] of Object.entries(mapping) as [StudentField, number][]) {
    if (c !== column && f !== field) next[f] = c
  }
  if (field) next[field] = column
  return next
}

export function fieldOfColumn(mapping: Mapping, column: number): StudentField | null {
  const found = (Object.entries(mapping) as [StudentField, number][]).find(([, c]) => c === column)
  return found ? found[0] : null
}

interface Props {
  headers: string[]
  mapping: Mapping
  onChange: (mapping: Mapping) => void
  disabled: boolean
}

/** Each column of the file and the XinAn field it goes to, pre-filled from the core's guesses. */
export function MappingTable({ headers, mapping, onChange, disabled }: Props) {
  const { t } = useTranslation()
  const options = [
    { value: SKIP, label: t('students.import.skip') },
    ...STUDENT_FIELDS.map((f) => ({ value: f, label: t(`students.fields.${f}`) }))
  ]
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table captionSide="top" striped>
        <Table.Caption style={{ textAlign: 'start' }}>{t('students.import.mappingCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('students.import.fileColumn')}</Table.Th>
            <Table.Th scope="col">{t('students.import.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, column) => (
            <Table.Tr key={`${column}-${header}`}>
              <Table.Th scope="row" fw={500}>
                {header}
              </Table.Th>
              <Table.Td>
                <Select
                  aria-label={t('students.import.fieldFor', { header })}
                  data={options}
                  value={fieldOfColumn(mapping, column) ?? SKIP}
                  onChange={(value) => onChange(remap(mapping, column, STUDENT_FIELDS.find((f) => f === value) ?? null))}
                  allowDeselect={false}
                  disabled={disabled}
                  maw={260}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
