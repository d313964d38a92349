import { Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportMapping, InstrumentDefinition } from '@shared/contract'
import { useInstrumentText } from '../useInstruments'

type InstrumentMapping = ImportMapping['instruments'][number]

const NONE = 'none'

interface MappingEditorProps {
  headers: string[]
  mapping: ImportMapping
  onChange: (mapping: ImportMapping) => void
  /** A re-check is running: the mapping waits for it. */
  disabled: boolean
}

/** Whether the item columns run one after another (what "column of item 1" can express). */
const consecutive = (items: number[]): boolean => items.every((c, n) => n === 0 || c === items[n - 1]! + 1)

/**
 * Which column holds what: the student number, the date taken, and per instrument the column of
 * its first item (the rest follow it, as screening platforms export them) or of its level, and
 * its extra answers.
 */
export function MappingEditor({ headers, mapping, onChange, disabled }: MappingEditorProps) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const columns = headers.map((header, n) => ({ value: String(n), label: t('screening.import.column', { n: n + 1, header }) }))
  const withNone = (label: string) => [{ value: NONE, label }, ...columns]
  const toColumn = (value: string | null): number | null => (value === null || value === NONE ? null : Number(value))
  const setInstrument = (index: number, next: InstrumentMapping) =>
    onChange({ ...mapping, instruments: mapping.instruments.map((m, n) => (n === index ? next : m)) })

  return (
    <Stack>
      <Text size="sm">{t('screening.import.mappingIntro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('screening.import.studentNo')}
          withAsterisk
          data={columns}
          value={String(mapping.studentNo)}
          onChange={(v) => v !== null && onChange({ ...mapping, studentNo: Number(v) })}
          allowDeselect={false}
          searchable
          disabled={disabled}
        />
        <Select
          label={t('screening.import.takenOn')}
          data={withNone(t('screening.import.takenOnNone'))}
          value={mapping.takenOn === null ? NONE : String(mapping.takenOn)}
          onChange={(v) => onChange({ ...mapping, takenOn: toColumn(v) })}
          allowDeselect={false}
          searchable
          disabled={disabled}
        />
        {mapping.instruments.map((m, index) => {
          const definition = text.definition(m.key)
          const instrument = text.short(m.key)
          return (
            <InstrumentColumns
              key={m.key}
              instrument={instrument}
              definition={definition}
              mapping={m}
              headers={headers}
              columns={columns}
              withNone={withNone}
              disabled={disabled}
              onChange={(next) => setInstrument(index, next)}
            />
          )
        })}
      </SimpleGrid>
    </Stack>
  )
}

interface InstrumentColumnsProps {
  instrument: string
  definition: InstrumentDefinition | undefined
  mapping: InstrumentMapping
  headers: string[]
  columns: { value: string; label: string }[]
  withNone: (label: string) => { value: string; label: string }[]
  disabled: boolean
  onChange: (next: InstrumentMapping) => void
}

function InstrumentColumns({ instrument, definition, mapping, headers, columns, withNone, disabled, onChange }: InstrumentColumnsProps) {
  const { t } = useTranslation()
  const text = useInstrumentText()
  const extras = (definition?.extras ?? []).map((extra) => (
    <Select
      key={extra.key}
      label={t('screening.import.extra', { instrument, extra: text.label(extra.label) })}
      data={withNone(t('screening.import.extraNone'))}
      value={mapping.extras[extra.key] === undefined ? NONE : String(mapping.extras[extra.key])}
      onChange={(v) => {
        const next = { ...mapping.extras }
        if (v === null || v === NONE) delete next[extra.key]
        else next[extra.key] = Number(v)
        onChange({ ...mapping, extras: next })
      }}
      allowDeselect={false}
      searchable
      disabled={disabled}
    />
  ))
  if (definition?.kind === 'levels') {
    return (
      <>
        <Select
          label={t('screening.import.level', { instrument })}
          withAsterisk
          data={columns}
          value={mapping.level === undefined ? null : String(mapping.level)}
          onChange={(v) => v !== null && onChange({ ...mapping, level: Number(v) })}
          allowDeselect={false}
          searchable
          disabled={disabled}
        />
        {extras}
      </>
    )
  }
  const count = definition?.itemCount ?? mapping.items?.length ?? 0
  const items = mapping.items ?? []
  const first = items[0]
  // A first column leaves room for every item after it.
  const firstChoices = columns.filter((c) => Number(c.value) + count <= headers.length)
  const help =
    first === undefined
      ? undefined
      : !consecutive(items)
        ? t('screening.import.notConsecutive')
        : t('screening.import.firstItemHelp', { count, from: headers[first] ?? '', to: headers[first + count - 1] ?? '' })
  return (
    <>
      <Select
        label={t('screening.import.firstItem', { instrument })}
        description={help}
        withAsterisk
        data={firstChoices}
        value={first === undefined ? null : String(first)}
        onChange={(v) => v !== null && onChange({ ...mapping, items: Array.from({ length: count }, (_, n) => Number(v) + n) })}
        allowDeselect={false}
        searchable
        disabled={disabled}
      />
      {extras}
    </>
  )
}
