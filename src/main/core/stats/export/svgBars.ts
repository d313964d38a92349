import { escapeHtml } from '../../reports/escape'
import { displayWidth } from './model'

export interface Bar {
  label: string
  value: number
}

/*
 * Geometry in viewBox units; the chart is drawn 100% of the text width (about 182 mm on A4
 * portrait), so one unit is about 0.28 mm and the 11-unit text prints at about 9 pt.
 */
const WIDTH = 640
const FONT = 11
/** One Latin-letter width of the text, roughly. */
const EM_HALF = FONT * 0.55
const ROW = 19
const BAR = 12
const GAP = 6
const LABEL_MIN = 48
const LABEL_MAX = 220
/** Room kept right of the longest bar for its number. */
const VALUE_ROOM = 64

/** Cuts a label that would not fit its column, ending it with "…" (the table beside has it whole). */
function fitLabel(label: string, maxWidth: number): string {
  if (displayWidth(label) <= maxWidth) return label
  const chars = [...label]
  while (chars.length > 1 && displayWidth(chars.join('')) + 1 > maxWidth) chars.pop()
  return `${chars.join('')}…`
}

/**
 * A horizontal bar chart as plain inline SVG: one bar per line, labelled with the line's label
 * and its number. No script (the report's policy forbids any); the text is set in the report's
 * bundled font by the stylesheet, so it prints, embeds and extracts like the rest of the page.
 * The caller passes only published figures.
 */
export function svgBars(bars: readonly Bar[], label: string): string {
  const widest = Math.max(0, ...bars.map((bar) => displayWidth(bar.label)))
  const labelWidth = Math.min(LABEL_MAX, Math.max(LABEL_MIN, widest * EM_HALF + GAP * 2))
  const maxLabel = Math.floor((labelWidth - GAP * 2) / EM_HALF)
  const room = WIDTH - labelWidth - VALUE_ROOM
  const max = Math.max(0, ...bars.map((bar) => bar.value))
  const height = bars.length * ROW + GAP
  const items = bars.map((bar, i) => {
    const top = GAP / 2 + i * ROW + (ROW - BAR) / 2
    const baseline = (top + BAR / 2 + FONT * 0.36).toFixed(1)
    const length = max > 0 ? (bar.value / max) * room : 0
    return [
      `<text x="${labelWidth - GAP}" y="${baseline}" text-anchor="end">${escapeHtml(fitLabel(bar.label, maxLabel))}</text>`,
      `<rect x="${labelWidth}" y="${top.toFixed(1)}" width="${length.toFixed(1)}" height="${BAR}" class="bar"/>`,
      `<text x="${(labelWidth + length + GAP / 2).toFixed(1)}" y="${baseline}" class="value">${escapeHtml(bar.value)}</text>`
    ].join('')
  })
  return `<svg class="bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}" font-size="${FONT}">
<title>${escapeHtml(label)}</title>
<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}" class="axis"/>
${items.join('\n')}
</svg>`
}
