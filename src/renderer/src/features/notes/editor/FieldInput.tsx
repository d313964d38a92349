import { Checkbox, MultiSelect, NumberInput, Select, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FieldValue, TemplateField } from '@shared/contract'
import { useLabel } from '../templates'

interface FieldInputProps {
  field: TemplateField
  value: FieldValue
  error: string | undefined
  onChange: (value: FieldValue) => void
}

const text = (value: FieldValue): string => (typeof value === 'string' ? value : '')

/** One template field as its input: labelled in the user's language, its hint and required mark. */
export function FieldInput({ field, value, error, onChange }: FieldInputProps) {
  const { t } = useTranslation()
  const label = useLabel()
  const common = {
    label: label(field.label),
    description: field.hint ? label(field.hint) : undefined,
    required: field.required,
    // Mantine links the error text to the input (aria-describedby) and sets aria-invalid.
    error
  }
  const options = (field.options ?? []).map((o) => ({ value: o.value, label: label(o.label) }))

  switch (field.type) {
    case 'text':
      return <TextInput {...common} value={text(value)} maxLength={field.maxLength} onChange={(e) => onChange(e.currentTarget.value)} />
    case 'textarea':
      return (
        <Textarea
          {...common}
          value={text(value)}
          maxLength={field.maxLength}
          autosize
          minRows={3}
          maxRows={20}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )
    case 'select':
      return (
        <Select
          {...common}
          data={options}
          value={typeof value === 'string' && value ? value : null}
          placeholder={t('notes.editor.selectPlaceholder')}
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          onChange={(v) => onChange(v)}
        />
      )
    case 'multiselect':
      return (
        <MultiSelect
          {...common}
          data={options}
          value={Array.isArray(value) ? value : []}
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          onChange={(v) => onChange(v)}
        />
      )
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? null : Number.isFinite(Number(v)) ? Number(v) : null)}
        />
      )
    case 'date':
      return <TextInput {...common} type="date" value={text(value)} onChange={(e) => onChange(e.currentTarget.value || null)} />
    case 'checkbox':
      return <Checkbox {...common} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />
  }
}
