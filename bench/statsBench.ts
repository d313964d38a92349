import { addDays, centreDate } from '@shared/centreTime'
import type { Core } from '../src/main/core/core'
import { callOrThrow } from '../src/main/tools/coreCall'
import { distribution, type Distribution } from './stats'

/** Issue 8: the anonymised report for a month and a year, and the XLSX export, on the seeded vault. */
export const STATS_TARGETS = { monthMs: 150, yearMs: 1_000, xlsxMs: 1_000 } as const
const MONTH_CALLS = 20
const YEAR_CALLS = 5
const XLSX_CALLS = 5

export interface StatsTimes {
  month: { from: string; to: string }
  year: { from: string; to: string }
  /** stats.report for the last full month: counts, suppression and labels, as the screen asks. */
  monthReport: Distribution
  yearReport: Distribution
  /** stats.export as XLSX for the year (the largest file a centre makes). */
  yearXlsx: Distribution
  /** Hidden cells in the month's report (a sanity check that suppression ran on real counts). */
  monthHidden: number
  targets: typeof STATS_TARGETS
  verdict: { month: 'PASS' | 'OVER'; year: 'PASS' | 'OVER'; xlsx: 'PASS' | 'OVER' }
}

async function times(calls: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < calls; i++) {
    const start = performance.now()
    await work()
    out.push(performance.now() - start)
  }
  return out
}

/** The last full month and the twelve months before today, on the centre's calendar. */
export function statsRanges(today = centreDate()): { month: { from: string; to: string }; year: { from: string; to: string } } {
  const firstOfThisMonth = `${today.slice(0, 7)}-01`
  const lastMonthEnd = addDays(firstOfThisMonth, -1)
  return {
    month: { from: `${lastMonthEnd.slice(0, 7)}-01`, to: lastMonthEnd },
    year: { from: addDays(today, -364), to: today }
  }
}

export async function measureStats(core: Core, log: (line: string) => void): Promise<StatsTimes> {
  const { month, year } = statsRanges()
  const report = await callOrThrow(core, 'stats.report', { range: month, locale: 'zh-CN' })
  const monthHidden = report.sections.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.hidden.length, 0), 0)
  const monthReport = distribution(await times(MONTH_CALLS, () => callOrThrow(core, 'stats.report', { range: month, locale: 'zh-CN' })))
  log(`  month ${month.from}…${month.to}: p50 ${monthReport.p50} ms, p95 ${monthReport.p95} ms (${monthHidden} hidden cells)`)
  const yearReport = distribution(await times(YEAR_CALLS, () => callOrThrow(core, 'stats.report', { range: year, locale: 'zh-CN' })))
  log(`  year ${year.from}…${year.to}: p50 ${yearReport.p50} ms, p95 ${yearReport.p95} ms`)
  const yearXlsx = distribution(await times(XLSX_CALLS, () => callOrThrow(core, 'stats.export', { range: year, locale: 'zh-CN', format: 'xlsx' })))
  log(`  year as XLSX: p50 ${yearXlsx.p50} ms`)
  const verdict = (p: number, target: number): 'PASS' | 'OVER' => (p <= target ? 'PASS' : 'OVER')
  return {
    month,
    year,
    monthReport,
    yearReport,
    yearXlsx,
    monthHidden,
    targets: STATS_TARGETS,
    verdict: { month: verdict(monthReport.p95, STATS_TARGETS.monthMs), year: verdict(yearReport.p95, STATS_TARGETS.yearMs), xlsx: verdict(yearXlsx.p50, STATS_TARGETS.xlsxMs) }
  }
}

export function formatStats(s: StatsTimes): string {
  const ms = (n: number): string => `${n.toFixed(1)} ms`
  return [
    `Anonymised statistics (counts, suppression at k = the centre's setting, labels)`,
    `  stats.report month ${s.month.from}…${s.month.to}   p50 ${ms(s.monthReport.p50)}  p95 ${ms(s.monthReport.p95)}   p95 target ≤ ${s.targets.monthMs} ms  ${s.verdict.month}  (${s.monthHidden} hidden cells)`,
    `  stats.report year ${s.year.from}…${s.year.to}    p50 ${ms(s.yearReport.p50)}  p95 ${ms(s.yearReport.p95)}   p95 target ≤ ${s.targets.yearMs} ms  ${s.verdict.year}`,
    `  stats.export XLSX, the year               p50 ${ms(s.yearXlsx.p50)}   target ≤ ${s.targets.xlsxMs} ms  ${s.verdict.xlsx}`
  ].join('\n')
}
