import type { TFunction } from 'i18next'
import type { FieldValue, TemplateField } from '@shared/contract'
import type { Bilingual } from '../templates'

/** A field's value as words for the read-only note: option names, 是/否, the day it names. */
export function formatValue(t: TFunction, label: (l: Bilingual) => string, date: (local: string) => string, field: TemplateField, value: FieldValue | undefined): string | null {
  const option = (v: string) => {
    const found = field.options?.find((o) => o.value === v)
    return found ? label(found.label) : v
  }
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map(option).join(t('watch.listSeparator')) : null
  if (typeof value === 'boolean') return t(value ? 'notes.view.yes' : 'notes.view.no')
  if (typeof value === 'number') return String(value)
  if (field.type === 'select') return option(value)
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value)
  return value
}
