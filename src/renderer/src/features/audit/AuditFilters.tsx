import { Button, Fieldset, Group, Select, TextInput } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callOrThrow } from '../../api'
import { actionLabel } from './labels'

export interface AuditFilterValues {
  userId: string | null
  action: string | null
  /** Local calendar dates `YYYY-MM-DD`, or '' for no bound. */
  from: string
  to: string
}

export const NO_FILTERS: AuditFilterValues = { userId: null, action: null, from: '', to: '' }

export const datesInOrder = (f: AuditFilterValues): boolean => !f.from || !f.to || f.from <= f.to

interface AuditFiltersProps {
  value: AuditFilterValues
  onChange: (value: AuditFilterValues) => void
}

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation()
  const users = useQuery({ queryKey: ['users.list', {}], queryFn: () => callOrThrow('users.list', {}) })
  const actions = useQuery({ queryKey: ['audit.actions', {}], queryFn: () => callOrThrow('audit.actions', {}) })
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch })

  const userOptions = (users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))
  const actionOptions = (actions.data ?? [])
    .map((a) => ({ value: a, label: actionLabel(t, a) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
  const filtered = value.userId !== null || value.action !== null || value.from !== '' || value.to !== ''

  return (
    <Fieldset legend={t('audit.filters.label')} mb="md">
      <Group align="flex-end" gap="md">
        <Select
          label={t('audit.filters.user')}
          placeholder={t('audit.filters.any')}
          data={userOptions}
          value={value.userId}
          onChange={(userId) => set({ userId })}
          clearable
          searchable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          w={200}
        />
        <Select
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.any')}
          data={actionOptions}
          value={value.action}
          onChange={(action) => set({ action })}
          clearable
          searchable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          w={240}
        />
        <TextInput
          type="date"
          label={t('audit.filters.from')}
          value={value.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
          w={170}
        />
        <TextInput
          type="date"
          label={t('audit.filters.to')}
          value={value.to}
          min={value.from || undefined}
          onChange={(e) => set({ to: e.currentTarget.value })}
          error={datesInOrder(value) ? undefined : t('audit.filters.toBeforeFrom')}
          w={170}
        />
        <Button variant="default" onClick={() => onChange(NO_FILTERS)} disabled={!filtered}>
          {t('audit.filters.clear')}
        </Button>
      </Group>
    </Fieldset>
  )
}
