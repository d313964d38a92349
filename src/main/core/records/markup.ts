import dayjs from 'dayjs'
import { CENTRE_UTC_OFFSET_MINUTES } from '@shared/centreTime'
import { escapeHtml } from '../reports/escape'
import type { RecordStrings } from './strings'

/*
 * The few shapes the record is made of: label/value lists, tables and titled parts. Every
 * argument is plain text (names and notes are typed by people); it is escaped here and nowhere
 * else, so no caller can forget.
 */

/** `YYYY-MM-DD HH:mm` on the centre's clock, whatever zone the printing PC is set to. */
export const centreTime = (instant: string): string => dayjs.utc(instant).add(CENTRE_UTC_OFFSET_MINUTES, 'minute').format('YYYY-MM-DD HH:mm')

/** An instant's centre date. */
export const centreDay = (instant: string): string => centreTime(instant).slice(0, 10)

/** The label of an enum value, or the value itself if the strings do not know it (a key from newer data). */
export const labelOf = (labels: Readonly<Record<string, string>>, key: string | null | undefined, none: string): string =>
  key === null || key === undefined || key === '' ? none : (labels[key] ?? key)

/** Empty text printed as a dash: an empty cell would read as a printing fault. */
export const orNone = (s: RecordStrings, value: string | null | undefined): string => (value === null || value === undefined || value === '' ? s.none : value)

export type Pair = readonly [label: string, value: string]

/** Label/value pairs; long values wrap inside their own line. */
export function pairs(s: RecordStrings, list: readonly Pair[]): string {
  const items = list.map(([label, value]) => `<div><dt>${escapeHtml(label)}${escapeHtml(s.colon)}</dt><dd>${escapeHtml(value)}</dd></div>`)
  return `<dl class="kv">${items.join('')}</dl>`
}

/** A table with a caption (screen readers and the page break keep it with its rows). */
export function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

/** A block of free text under a small heading (goals, a note's field, a referral's reason). */
export const textBlock = (label: string, value: string): string =>
  `<div class="field"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div></div>`

/** An item's title (a note, a plan revision, a referral) under its part's h2. */
export const heading3 = (text: string): string => `<h3>${escapeHtml(text)}</h3>`

/** A heading inside an item (a note's template section, a referral's tracking). */
export const heading4 = (text: string): string => `<h4>${escapeHtml(text)}</h4>`

/** One numbered part of the record; a part with nothing in it says so. */
export function part(s: RecordStrings, title: string, body: string | null): string {
  return `<section class="part"><h2>${escapeHtml(title)}</h2>${body ?? `<p class="empty">${escapeHtml(s.empty)}</p>`}</section>`
}

/** One item of a part (a note, a referral, a result) kept together where it fits on a page. */
export const article = (content: string): string => `<article class="item">${content}</article>`

export const RECORD_CSS = `
section.part { margin: 0 0 6mm; }
section.part h2 { font-size: 12pt; font-weight: 700; margin: 0 0 2mm; padding: 1mm 2mm; background: #e2e2e2; break-after: avoid; }
h3 { font-size: 10pt; font-weight: 700; margin: 2.5mm 0 1mm; border-bottom: 0.4pt solid #999; break-after: avoid; }
h4 { font-size: 9.5pt; font-weight: 700; margin: 2mm 0 1mm; break-after: avoid; }
article.item { margin: 0 0 4mm; }
.kv { display: flex; flex-wrap: wrap; gap: 0.5mm 6mm; margin: 0 0 2mm; font-size: 9pt; }
.kv dt { display: inline; font-weight: 700; }
.kv dd { display: inline; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.field { margin: 0 0 1.5mm; }
.field .label { font-weight: 700; font-size: 8.5pt; color: #333; break-after: avoid; }
.field .value { white-space: pre-wrap; overflow-wrap: anywhere; }
td { white-space: pre-wrap; overflow-wrap: anywhere; }
th { white-space: nowrap; }
caption { font-size: 10pt; }
.empty { margin: 0 0 2mm; color: #333; }
`
