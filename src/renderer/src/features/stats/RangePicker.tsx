import { useMemo, useState, type FormEvent } from 'react'
import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatsRange } from '@shared/contract'
import { centreDate } from '@shared/centreTime'
import {

  monthRange,
  parseTerm,
  RANGE_MODES,
  recentMonths,
  recentTerms,
  recentYears,
  termOf,
  termRange,
  yearRange,
  type RangeMode
} from './ranges'

interface RangePickerProps {
  /** The month shown first (`YYYY-MM`); the other modes start from the period holding it. */
  initialMonth: string
  value: StatsRange
  onChange: (range: StatsRange) => void
  /** The core's complaints about the range, by field (`from`, `to`), shown on the custom dates. */
  errors: { from?: string; to?: string }
}

/**
 * A month, a term (autumn Sep–Jan, spring Feb–Aug), a calendar year, or any two dates. A chosen
 * period applies at once; typed dates apply with the button (or Enter), so a half-typed range
 * makes no report.
 */
export function RangePicker({ initialMonth, value, onChange, errors }: RangePickerProps) {
  const { t, i18n } = useTranslation()
  const [mode, setMode] = useState<RangeMode>('month')
  const [month, setMonth] = useState(initialMonth)
  const [term, setTerm] = useState(() => termOf(`${initialMonth}-01`))
  const [year, setYear] = useState(initialMonth.slice(0, 4))
  const [draft, setDraft] = useState<StatsRange>(value)

  const today = centreDate()
  const months = useMemo(() => {
    const name = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' })
    return recentMonths(today).map((m) => ({ value: m, label: name.format(new Date(`${m}-01T00:00:00Z`)) }))
  }, [i18n.language, today])
  const terms = recentTerms(today).map((key) => {
    const { start, season } = parseTerm(key)
    return { value: key, label: t(`stats.range.${season}`, { start, end: start + 1 }) }
  })
  const years = recentYears(today).map((y) => ({ value: y, label: t('stats.range.yearOption', { year: y }) }))

  const switchMode = (next: RangeMode) => {
    setMode(next)
    if (next === 'month') onChange(monthRange(month))
    if (next === 'term') onChange(termRange(term))
    if (next === 'year') onChange(yearRange(year))
    // Custom dates start from the period shown, so only what differs needs typing.
    if (next === 'custom') setDraft(value)
  }
  const apply = (event: FormEvent) => {
    event.preventDefault()
    onChange(draft)
  }

  return (
    <form onSubmit={apply} noValidate>
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={t('stats.range.mode')}
          value={mode}
          onChange={(next) => switchMode(next as RangeMode)}
          data={RANGE_MODES.map((m) => ({ value: m, label: t(`stats.range.modes.${m}`) }))}
        />
        {mode === 'month' && (
          <Select
            label={t('stats.range.month')}
            data={months}
            value={month}
            searchable
            allowDeselect={false}
            w={200}
            onChange={(next) => {
              if (!next) return
              setMonth(next)
              onChange(monthRange(next))
            }}
          />
        )}
        {mode === 'term' && (
          <Select
            label={t('stats.range.term')}
            data={terms}
            value={term}
            allowDeselect={false}
            w={300}
            onChange={(next) => {
              if (!next) return
              setTerm(next)
              onChange(termRange(next))
            }}
          />
        )}
        {mode === 'year' && (
          <Select
            label={t('stats.range.year')}
            data={years}
            value={year}
            allowDeselect={false}
            w={140}
            onChange={(next) => {
              if (!next) return
              setYear(next)
              onChange(yearRange(next))
            }}
          />
        )}
        {mode === 'custom' && (
          <>
            <TextInput
              type="date"
              label={t('stats.range.from')}
              value={draft.from}
              error={errors.from}
              onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
            />
            <TextInput type="date" label={t('stats.range.to')} value={draft.to} error={errors.to} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
            <Button type="submit" variant="default" mb={errors.from || errors.to ? 22 : 0}>
              {t('stats.range.apply')}
            </Button>
          </>
        )}
      </Group>
    </form>
  )
}

