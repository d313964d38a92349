import type { StatsReportDto } from '@shared/contract/stats'
import { escapeHtml } from '../../reports/escape'
import { reportDocument, type Letterhead, type PrintMeta } from '../../reports/layout'
import { fill } from '../../reports/strings'
import { exportStrings, figureNotes, reportFacts } from './model'
import { figuresHtml, STATS_CSS, tableHtml } from './pdfTables'

/**
 * The anonymised statistics as an A4 portrait document for the PDF engine: the letterhead, the
 * range, k and the screening rounds, then one section per report section (its figures, its
 * tables, a bar chart of each table's published row totals). Pure: report in, HTML out.
 */
export function statsReportHtml(report: StatsReportDto, letterhead: Letterhead, meta: PrintMeta): string {
  const s = exportStrings(report)
  // The frame adds when and by whom it was printed.
  const { range, threshold, rounds } = reportFacts(report)
  const facts = [range, threshold, rounds].map(([label, value]) => [label, String(value)] as const)
  const notes = figureNotes(report)
  const key = notes.length ? `<div class="key">${notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</div>\n` : ''
  const sections = report.sections.map(
    (section) => `<section>
<h2>${escapeHtml(section.title)}</h2>
${figuresHtml(report, section)}
${section.tables.map((table) => tableHtml(report, table)).join('\n')}
</section>`
  )
  return reportDocument({
    locale: report.locale,
    title: s.title,
    letterhead,
    meta,
    facts,
    body: `${key}${sections.join('\n')}`,
    orientation: 'portrait',
    css: STATS_CSS,
    notice: fill(s.notice, { k: report.threshold })
  })
}
