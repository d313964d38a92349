import type { ChannelOutput } from '@shared/contract'
import { TIERS, type Tier } from '@shared/contract/watchEnums'
import type { Locale } from '@shared/i18n'
import { escapeHtml } from './escape'
import { reportDocument, type Letterhead, type PrintMeta } from './layout'
import { fill, REPORT_STRINGS, type ReportStrings } from './strings'

export type Agenda = ChannelOutput<'watch.review.agenda'>
type AgendaEntry = Agenda['entries'][number]

/** A section this short is kept on one page, so that its heading never stands alone at a page foot. */
const KEEP_TOGETHER_ROWS = 8

/** The meeting takes the most urgent first. */
const SECTION_ORDER: readonly Tier[] = ['crisis', 'serious', 'general']

const CSS = `
col.index { width: 4%; } col.student { width: 15%; } col.tier { width: 10%; } col.reasons { width: 12%; }
col.counsellor { width: 8%; } col.next { width: 8%; } col.items { width: 7%; } col.decision { width: 12%; } col.notes { width: 24%; }
td.notes { height: 14mm; }
.student-name { font-weight: 700; }
.minor { font-size: 8pt; color: #333; }
.overdue { font-weight: 700; color: #a1001c; }
.tier-crisis { font-weight: 700; color: #a1001c; }
.empty { text-align: center; margin-top: 10mm; font-size: 11pt; }
`

/** 每周研判: the agenda as a confidential A4 document for the meeting. Pure: data in, HTML out. */
export function weeklyAgendaHtml(agenda: Agenda, locale: Locale, letterhead: Letterhead, meta: PrintMeta): string {
  const s = REPORT_STRINGS[locale]
  const a = s.agenda
  const counts = Object.fromEntries(TIERS.map((tier) => [tier, agenda.entries.filter((e) => e.student.tier === tier).length]))
  let index = 0
  const sections = SECTION_ORDER.map((tier) => {
    const entries = agenda.entries.filter((e) => e.student.tier === tier)
    if (entries.length === 0) return ''
    return section(s, tier, entries.map((entry) => row(s, ++index, entry)))
  }).join('\n')
  const body = agenda.entries.length
    ? `<p>${escapeHtml(fill(a.summary, { count: agenda.entries.length, ...counts }))}</p>\n${sections}`
    : `<p class="empty">${escapeHtml(a.empty)}</p>`
  return reportDocument({
    locale,
    title: a.title,
    letterhead,
    meta,
    facts: [[a.meetingDate, agenda.date]],
    body,
    orientation: 'landscape',
    css: CSS
  })
}

function section(s: ReportStrings, tier: Tier, rows: string[]): string {
  const c = s.agenda.columns
  const heads = [c.index, c.student, c.tier, c.reasons, c.counsellor, c.nextReview, c.items, c.decision, c.notes]
  const cols = ['index', 'student', 'tier', 'reasons', 'counsellor', 'next', 'items', 'decision', 'notes']
  return `<section${rows.length <= KEEP_TOGETHER_ROWS ? ' class="keep"' : ''}><table>
<caption>${escapeHtml(fill(s.agenda.caption, { tier: s.agenda.tiers[tier], count: rows.length }))}</caption>
<colgroup>${cols.map((name) => `<col class="${name}">`).join('')}</colgroup>
<thead><tr>${heads.map((head) => `<th scope="col">${escapeHtml(head)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></section>`
}

function row(s: ReportStrings, index: number, entry: AgendaEntry): string {
  const a = s.agenda
  const st = entry.student
  const place = [st.collegeName, st.className].filter((part): part is string => Boolean(part)).join(' / ')
  const cells = [
    escapeHtml(index),
    `<div class="student-name">${escapeHtml(st.name)}</div><div class="minor">${escapeHtml(st.studentNo)}</div>${place ? `<div class="minor">${escapeHtml(place)}</div>` : ''}`,
    `<span class="tier-${escapeHtml(st.tier)}">${escapeHtml(a.tiers[st.tier])}</span>`,
    entry.reasons.map((reason) => `<div>${escapeHtml(a.reasons[reason])}</div>`).join(''),
    escapeHtml(st.counsellorName ?? a.none),
    escapeHtml(st.nextReviewDate ?? a.none),
    `${escapeHtml(st.openItems)} / <span${st.overdueItems > 0 ? ' class="overdue"' : ''}>${escapeHtml(st.overdueItems)}</span>`,
    entry.decision
      ? `<div>${escapeHtml(a.decisions[entry.decision])}</div>${entry.decisionNote ? `<div class="minor">${escapeHtml(entry.decisionNote)}</div>` : ''}`
      : escapeHtml(a.none)
  ]
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}<td class="notes"></td></tr>`
}
