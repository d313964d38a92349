import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelInput, StatsFigureDto } from '@shared/contract'

/** The report's language: the core writes its labels and notes in it. */
export type ReportLocale = ChannelInput<'stats.report'>['locale']

export function useReportLocale(): ReportLocale {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'zh-CN'
}

/** Whole numbers with the reader's grouping; rates with one decimal, as the core rounds them. */
export function useNumbers() {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 })
    const rate = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    return { whole: (n: number) => whole.format(n), rate: (n: number) => rate.format(n) }
  }, [i18n.language])
}

/** A published figure as text ("12", "97.3%"); null when it is hidden. The core's label names the unit. */
export function useFigureText() {
  const { t } = useTranslation()
  const numbers = useNumbers()
  return (figure: StatsFigureDto): string | null => {
    if (figure.value === null) return null
    return figure.unit === 'percent' ? t('stats.percent', { value: numbers.rate(figure.value) }) : numbers.whole(figure.value)
  }
}
