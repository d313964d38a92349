import { useState, type ReactNode } from 'react'
import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { StudentRowDto } from '@shared/contract'
import { callOrThrow } from '../../../api'

interface PickerProps {
  label: string
  value: string | null
  onChange: (id: string | null) => void
  error?: ReactNode
  withAsterisk?: boolean
  autoFocus?: boolean
}

const describe = (row: StudentRowDto): string => [row.name, row.studentNo, row.className].filter(Boolean).join(' · ')

/** Finds a student as one types (name, number, class or pinyin), as the Ctrl+K search does. */
export function StudentPicker({ label, value, onChange, error, withAsterisk, autoFocus }: PickerProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  // The chosen student stays among the options, or Select would forget their label on the next search.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null)
  const [q] = useDebouncedValue(search.trim(), 200)
  const typing = q.length > 0 && q !== chosen?.label
  const found = useQuery({
    queryKey: ['students.search', { q, limit: 20 }],
    queryFn: () => callOrThrow('students.search', { q, limit: 20 }),
    enabled: typing
  })
  const options = (typing ? (found.data ?? []) : []).map((row) => ({ value: row.id, label: describe(row) }))
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen)
  const nothing = typing && found.isFetching ? t('calendar.booking.searching') : t('calendar.booking.nothingFound')

  return (
    <Select
      label={label}
      description={t('calendar.booking.studentHelp')}
      withAsterisk={withAsterisk}
      data-autofocus={autoFocus || undefined}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('actions.clear') }}
      // The core searches; Select must not filter its answer again by the typed text (pinyin would drop out).
      filter={({ options: all }) => all}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={search.trim() ? nothing : undefined}
      onChange={(id, option) => {
        setChosen(id ? { value: id, label: option.label } : null)
        onChange(id)
      }}
      error={error}
    />
  )
}
