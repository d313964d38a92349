import { useEffect, useState } from 'react'
import { Group, Select, Switch, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { STUDENT_STATUSES, type CollegeDto } from '@shared/contract'
import type { StudentFilters } from './useStudentFilters'
import { classOptions, collegeOptions } from './useOrg'

interface Props {
  filters: StudentFilters
  onChange: (change: Partial<StudentFilters>) => void
  org: CollegeDto[] | undefined
  /** Roles that see the watch list may filter by it. */
  clinical: boolean
}

export function StudentFiltersBar({ filters, onChange, org, clinical }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState(filters.q)
  // Typing filters thousands of rows in the core; waiting for a pause spares a query per key.
  const [debounced] = useDebouncedValue(text, 250)
  useEffect(() => {
    if (debounced.trim() !== filters.q) onChange({ q: debounced })
    // Only the typed text drives this; the address following it must not echo back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced])
  // The address changed under the box (the nav link back to a bare /students): follow it.
  const [seenQ, setSeenQ] = useState(filters.q)
  if (filters.q !== seenQ) {
    setSeenQ(filters.q)
    if (filters.q !== debounced.trim()) setText(filters.q)
  }

  const statuses = STUDENT_STATUSES.map((s) => ({ value: s, label: t(`students.statuses.${s}`) }))
  return (
    <Group role="search" aria-label={t('students.filters.label')} align="flex-end" gap="sm" mb="sm">
      <TextInput
        label={t('students.filters.search')}
        description={t('students.filters.searchHelp')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={40}
        w={300}
        type="search"
      />
      <Select
        label={t('students.filters.college')}
        data={collegeOptions(org)}
        value={filters.collegeId}
        onChange={(collegeId) => onChange({ collegeId, classId: null })}
        placeholder={t('students.filters.any')}
        clearable
        searchable
        w={200}
      />
      <Select
        label={t('students.filters.class')}
        data={classOptions(org, filters.collegeId)}
        value={filters.classId}
        onChange={(classId) => onChange({ classId })}
        placeholder={filters.collegeId ? t('students.filters.any') : t('students.filters.classNeedsCollege')}
        disabled={!filters.collegeId}
        clearable
        searchable
        w={200}
      />
      <Select
        label={t('students.filters.status')}
        data={statuses}
        value={filters.status}
        onChange={(status) => onChange({ status: STUDENT_STATUSES.find((s) => s === status) ?? null })}
        placeholder={t('students.filters.any')}
        clearable
        w={160}
      />
      {clinical && (
        <Switch
          label={t('students.filters.onWatchList')}
          checked={filters.onWatchList}
          onChange={(e) => onChange({ onWatchList: e.currentTarget.checked })}
          mb={8}
        />
      )}
    </Group>
  )
}
