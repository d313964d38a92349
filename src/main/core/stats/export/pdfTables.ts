import type { StatsReportDto, StatsSectionDto, StatsTableDto } from '@shared/contract/stats'
import { escapeHtml } from '../../reports/escape'
import { fill } from '../../reports/strings'
import { exportStrings, figureText, HIDDEN_MARK, tableLayout, type Value } from './model'
import { svgBars } from './svgBars'

/** A table this short is kept on one page with its notes, so its caption never stands alone. */
const KEEP_TOGETHER_ROWS = 14

/** A section's figures as a small two-column table (指标 | 数值). */
export function figuresHtml(report: StatsReportDto, section: StatsSectionDto): string {
  if (section.figures.length === 0) return ''
  const s = exportStrings(report)
  const rows = section.figures.map(
    (figure) => `<tr><th scope="row">${escapeHtml(figure.label)}</th><td class="num">${escapeHtml(figureText(figure, report.threshold))}</td></tr>`
  )
  return `<table class="figures" aria-label="${escapeHtml(section.title)}">
<thead><tr><th scope="col">${escapeHtml(s.figure)}</th><th scope="col" class="num">${escapeHtml(s.value)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}

const cell = (value: Value): string => `<td class="num${value === HIDDEN_MARK ? ' hidden' : ''}">${escapeHtml(value)}</td>`

/**
 * A table of the report: caption, header, rows (`*` in every hidden cell), the 合计 row when
 * published, the notes, and a bar chart of the row totals when the table publishes them. A
 * withheld table prints its title and the line that says why, nothing else.
 */
export function tableHtml(report: StatsReportDto, table: StatsTableDto): string {
  const layout = tableLayout(report, table)
  const notes = layout.notes.map((note) => `<p class="table-note">${escapeHtml(note)}</p>`).join('\n')
  const grid = layout.grid
  if (!grid) return `<div class="stats-table keep"><h3 class="table-title">${escapeHtml(layout.title)}</h3>\n${notes}</div>`
  const head = grid.header.map((label, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(label)}</th>`).join('')
  const line = (values: readonly Value[], className = ''): string =>
    `<tr${className ? ` class="${className}"` : ''}><th scope="row">${escapeHtml(values[0] ?? '')}</th>${values.slice(1).map(cell).join('')}</tr>`
  const rows = [...grid.rows.map((values) => line(values)), ...(grid.totals ? [line(grid.totals, 'total')] : [])]
  return `<div class="stats-table${grid.rows.length <= KEEP_TOGETHER_ROWS ? ' keep' : ''}"><table class="counts">
<caption>${escapeHtml(layout.title)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${notes}
${chartHtml(report, table)}</div>`
}

/** Bars = the published row totals; cells are never charted, so a hidden one cannot show. */
function chartHtml(report: StatsReportDto, table: StatsTableDto): string {
  const totals = table.rowTotals
  if (!totals || table.withheld || table.rows.length === 0) return ''
  const label = fill(exportStrings(report).chartLabel, { title: table.title, rowHeader: table.rowHeader })
  const bars = table.rows.map((row, i) => ({ label: row, value: totals[i] ?? 0 }))
  return `<figure class="chart">${svgBars(bars, label)}<figcaption>${escapeHtml(label)}</figcaption></figure>`
}

export const STATS_CSS = `
h2 { font-size: 12.5pt; margin: 6mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 0.6pt solid #333; break-after: avoid; }
.key { font-size: 8.5pt; color: #333; margin: 0 0 3mm; }
.key p { margin: 0; }
table.figures { width: auto; min-width: 55%; margin-bottom: 4mm; }
table.counts { font-size: 8.5pt; margin-bottom: 1.5mm; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.hidden { color: #444; }
tr.total th, tr.total td { font-weight: 700; border-top: 1.2pt solid #333; }
.stats-table { margin: 0 0 6mm; }
.stats-table.keep { break-inside: avoid; }
.table-title { font-size: 11pt; font-weight: 700; margin: 0 0 1.5mm; }
.table-note { font-size: 8pt; color: #333; margin: 0 0 0.8mm; }
figure.chart { margin: 3mm 0 0; break-inside: avoid; }
figure.chart figcaption { font-size: 8pt; color: #333; text-align: center; }
svg.bars { display: block; width: 100%; height: auto; }
svg.bars text { font-family: 'Noto Sans SC', sans-serif; fill: #111; }
svg.bars .bar { fill: #5b7fa8; }
svg.bars .axis { stroke: #333; stroke-width: 0.8; }
`
