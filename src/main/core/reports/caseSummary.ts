import dayjs from 'dayjs'
import { CENTRE_UTC_OFFSET_MINUTES } from '@shared/centreTime'
import type { FieldValue, NoteDto, RiskAnswers, TemplateDefinition, TemplateField } from '@shared/contract'
import type { Locale } from '@shared/i18n'
import { CASE_SUMMARY_STRINGS, type CaseSummaryStrings } from './caseSummaryStrings'
import { cssString, escapeHtml } from './escape'
import { reportDocument, type Letterhead, type PrintMeta } from './layout'
import { fill } from './strings'

export interface CaseSummaryNote {
  note: NoteDto
  /** The template version the note was written with (its labels); null if it cannot be found. */
  template: TemplateDefinition | null
}

/** A student's signed notes as the printing user may read them, oldest first. */
export interface CaseSummary {
  student: { name: string; studentNo: string; collegeName: string | null; className: string | null }
  notes: readonly CaseSummaryNote[]
  /** Problem category names by key (retired ones included: old notes use them). */
  categories: readonly { key: string; 'zh-CN': string; en: string }[]
}

const CSS = `
article.note { margin: 0 0 6mm; }
article.note h2 { font-size: 11.5pt; font-weight: 700; margin: 0 0 1.5mm; padding: 1mm 2mm; background: #ececec; break-after: avoid; }
article.note h3 { font-size: 10pt; font-weight: 700; margin: 2.5mm 0 1mm; border-bottom: 0.4pt solid #999; break-after: avoid; }
.meta { display: flex; flex-wrap: wrap; gap: 0.5mm 6mm; margin: 0 0 1mm; font-size: 8.5pt; }
.meta dt { display: inline; font-weight: 700; }
.meta dd { display: inline; margin: 0; }
.field { margin: 0 0 1.5mm; }
.field .label { font-weight: 700; font-size: 8.5pt; color: #333; break-after: avoid; }
.field .value { white-space: pre-wrap; overflow-wrap: anywhere; }
.restricted { border: 0.6pt dashed #555; padding: 1.5mm 3mm; color: #333; }
.addendum { margin: 0 0 2mm; padding-left: 3mm; border-left: 1pt solid #999; }
.addendum .by { font-size: 8.5pt; color: #333; }
.addendum .text { white-space: pre-wrap; overflow-wrap: anywhere; }
.level-high, .level-imminent { font-weight: 700; color: #a1001c; }
.empty { text-align: center; margin-top: 10mm; font-size: 11pt; }
`

/** `YYYY-MM-DD HH:mm` on the centre's clock, whatever zone the printing PC is set to. */
const centreTime = (instant: string): string => dayjs.utc(instant).add(CENTRE_UTC_OFFSET_MINUTES, 'minute').format('YYYY-MM-DD HH:mm')

/**
 * 个案记录摘要: a student's signed notes for the counsellor taking the case over, each with every
 * field of its template version, its risk assessment and its addenda. Pure: data in, HTML out.
 * Long notes flow over pages; the running header (centre, student, confidential mark) repeats.
 */
export function caseSummaryHtml(summary: CaseSummary, locale: Locale, letterhead: Letterhead, meta: PrintMeta): string {
  const s = CASE_SUMMARY_STRINGS[locale]
  const st = summary.student
  const place = [st.collegeName, st.className].filter((part): part is string => Boolean(part)).join(' / ')
  const categoryName = new Map(summary.categories.map((c) => [c.key, c[locale]]))
  const body = summary.notes.length
    ? summary.notes.map((entry, i) => noteHtml(s, locale, i + 1, entry, categoryName)).join('\n')
    : `<p class="empty">${escapeHtml(s.empty)}</p>`
  // Every page names whose record it is: a loose page is still identifiable (and returnable).
  const header = `@page { @top-center { content: ${cssString(`${st.name} ${st.studentNo}`)}; font: 700 8pt 'Noto Sans SC'; color: #111; } }`
  return reportDocument({
    locale,
    title: s.title,
    letterhead,
    meta,
    facts: [
      [s.student, st.name],
      [s.studentNo, st.studentNo],
      ...(place ? [[s.place, place] as const] : []),
      [s.noteCount, String(summary.notes.length)]
    ],
    body,
    orientation: 'portrait',
    css: `${header}\n${CSS}`,
    notice: s.notice
  })
}

function noteHtml(s: CaseSummaryStrings, locale: Locale, index: number, entry: CaseSummaryNote, categoryName: Map<string, string>): string {
  const { note, template } = entry
  const templateName = template?.name[locale] ?? fill(s.unknownTemplate, { key: note.templateKey, version: note.templateVersion })
  const date = centreTime(note.signedAt ?? note.createdAt)
  const facts: [string, string, string?][] = [
    [s.author, note.authorName ?? s.none],
    [s.signedAt, date]
  ]
  if (!note.restricted) {
    if (note.level) facts.push([s.level, s.levels[note.level], `level-${note.level}`])
    facts.push([s.categories, note.categories.map((key) => categoryName.get(key) ?? key).join(s.listSeparator) || s.none])
  }
  if (note.sensitive) facts.push([s.sensitive, s.yes])
  const meta = `<dl class="meta">${facts
    .map(([label, value, cls]) => `<div><dt>${escapeHtml(label)}${escapeHtml(locale === 'en' ? ': ' : '：')}</dt><dd${cls ? ` class="${cls}"` : ''}>${escapeHtml(value)}</dd></div>`)
    .join('')}</dl>`
  const heading = `<h2>${escapeHtml(fill(s.heading, { index, template: templateName, date: date.slice(0, 10) }))}</h2>`
  if (note.restricted) return `<article class="note">${heading}${meta}<p class="restricted">${escapeHtml(s.restricted)}</p></article>`
  const sections = template ? template.sections.map((section) => sectionHtml(s, locale, section, note.content)).join('') : ''
  return `<article class="note">${heading}${meta}${sections}${riskHtml(s, note)}${addendaHtml(s, note)}</article>`
}

function sectionHtml(s: CaseSummaryStrings, locale: Locale, section: TemplateDefinition['sections'][number], content: NoteDto['content']): string {
  const fields = section.fields.map((field) => fieldHtml(field.label[locale], valueText(s, locale, field, content[field.key])))
  return `<section><h3>${escapeHtml(section.title[locale])}</h3>${fields.join('')}</section>`
}

const fieldHtml = (label: string, value: string): string =>
  `<div class="field"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div></div>`

/** A value as the reader would say it: choices by their labels, ticks as yes/no, nothing as a dash. */
function valueText(s: CaseSummaryStrings, locale: Locale, field: TemplateField, value: FieldValue | undefined): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return s.none
  const option = (v: string): string => field.options?.find((o) => o.value === v)?.label[locale] ?? v
  if (typeof value === 'boolean') return value ? s.yes : s.no
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(option).join(s.listSeparator)
  return field.type === 'select' || field.type === 'multiselect' ? option(value) : value
}

function riskHtml(s: CaseSummaryStrings, note: NoteDto): string {
  const risk = note.risk
  if (!risk) return ''
  const q = s.questions
  const a = s.answers
  const yesNo = (v: boolean): string => (v ? s.yes : s.no)
  const rows: [string, string][] = [
    [q.suicidalIdeation, a.suicidalIdeation[risk.suicidalIdeation]],
    [q.plan, yesNo(risk.plan)],
    [q.intent, yesNo(risk.intent)],
    [q.means, yesNo(risk.means)],
    [q.pastAttempts, a.pastAttempts[risk.pastAttempts]],
    [q.selfHarm, a.selfHarm[risk.selfHarm]],
    [q.harmToOthers, a.harmToOthers[risk.harmToOthers]],
    [q.protectiveFactors, protective(s, risk.protectiveFactors)]
  ]
  if (note.computedLevel && note.computedLevel !== note.level) rows.push([s.computedLevel, s.levels[note.computedLevel]])
  if (note.lowerReason) rows.push([s.lowerReason, note.lowerReason])
  return `<section><h3>${escapeHtml(s.risk)}</h3>${rows.map(([label, value]) => fieldHtml(label, value)).join('')}</section>`
}

const protective = (s: CaseSummaryStrings, factors: RiskAnswers['protectiveFactors']): string =>
  factors.map((f) => s.answers.protectiveFactors[f]).join(s.listSeparator) || s.none

function addendaHtml(s: CaseSummaryStrings, note: NoteDto): string {
  if (note.addenda.length === 0) return ''
  const items = note.addenda.map(
    (a) =>
      `<div class="addendum"><div class="by">${escapeHtml(fill(s.addendumBy, { date: centreTime(a.signedAt), author: a.authorName ?? s.none }))}</div><div class="text">${escapeHtml(a.text)}</div></div>`
  )
  return `<section><h3>${escapeHtml(s.addenda)}</h3>${items.join('')}</section>`
}
