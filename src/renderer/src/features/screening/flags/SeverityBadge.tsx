import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Badges keep their whole text in a narrow column: a truncated "四级（最…" says nothing. */
export const WHOLE = { minWidth: 'max-content' } as const

const COLOR: Record<number, string> = { 0: 'gray', 1: 'blue', 2: 'yellow', 3: 'orange', 4: 'red' }

/** Severity 1–4 as words and colour together; the highest is solid so it stands out in a long list. */
export function SeverityBadge({ severity }: { severity: number }) {
  const { t } = useTranslation()
  return (
    <Badge color={COLOR[severity] ?? 'gray'} variant={severity >= 4 ? 'filled' : 'light'} style={WHOLE}>
      {t(`screening.severity.${severity}`)}
    </Badge>
  )
}
