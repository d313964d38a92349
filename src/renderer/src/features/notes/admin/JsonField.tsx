import { Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '@shared/errors'

interface JsonFieldProps {
  label: string
  description: string
  value: string
  onChange: (value: string) => void
  issues: FieldIssue[]
  autoFocus?: boolean
}

/**
 * A plain textarea for JSON: monospace, no spell-check or autocorrect, Tab still leaves the field
 * (a keyboard user must never be trapped in it). Its problems are listed below it (IssueList).
 */
export function JsonField({ label, description, value, onChange, issues, autoFocus }: JsonFieldProps) {
  const { t } = useTranslation()
  return (
    <Textarea
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={issues.length > 0 ? t('notesAdmin.json.fieldError', { count: issues.length }) : undefined}
      autosize
      minRows={12}
      maxRows={28}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      data-autofocus={autoFocus ? true : undefined}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
    />
  )
}
