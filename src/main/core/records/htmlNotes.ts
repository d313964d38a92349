import type { FieldValue, NoteDto, TemplateField } from '@shared/contract'
import type { Locale } from '@shared/i18n'
import { CASE_SUMMARY_STRINGS } from '../reports/caseSummaryStrings'
import { fill } from '../reports/strings'
import { article, centreTime, heading3, heading4, labelOf, orNone, pairs, part, textBlock, type Pair } from './markup'
import type { RecordStrings } from './strings'
import type { RecordNote, StudentRecord } from './types'

/*
 * Part eight: every note, signed or draft, sensitive ones included, each with every field of the
 * template version it was written with, its risk assessment and its addenda. The risk questions
 * and answers are worded as in the case summary (caseSummaryStrings.ts).
 */

/** A value as the reader would say it: choices by their labels, ticks as yes/no, nothing as a dash. */
function valueText(s: RecordStrings, locale: Locale, field: TemplateField | undefined, value: FieldValue | undefined): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return s.none
  const option = (v: string): string => field?.options?.find((o) => o.value === v)?.label[locale] ?? v
  if (typeof value === 'boolean') return value ? s.yes : s.no
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(option).join(s.listSeparator)
  return field?.type === 'select' ? option(value) : value
}

function contentHtml(s: RecordStrings, locale: Locale, entry: RecordNote): string {
  const { note, template } = entry
  const known = new Set<string>()
  const sections = (template?.sections ?? []).map((section) => {
    const fields = section.fields.map((field) => {
      known.add(field.key)
      return textBlock(field.label[locale], valueText(s, locale, field, note.content[field.key]))
    })
    return `${heading4(section.title[locale])}${fields.join('')}`
  })
  // Whatever the template version does not name (it could not be found) is printed by its key: nothing held is left out.
  const rest = Object.entries(note.content)
    .filter(([key]) => !known.has(key))
    .map(([key, value]) => textBlock(key, valueText(s, locale, undefined, value)))
  if (rest.length > 0) sections.push(`${heading4(s.notes.fields)}${rest.join('')}`)
  return sections.join('')
}

function riskHtml(s: RecordStrings, locale: Locale, note: NoteDto): string {
  const risk = note.risk
  const c = CASE_SUMMARY_STRINGS[locale]
  const answers: Pair[] = []
  if (risk) {
    const yesNo = (v: boolean): string => (v ? s.yes : s.no)
    answers.push(
      [c.questions.suicidalIdeation, c.answers.suicidalIdeation[risk.suicidalIdeation]],
      [c.questions.plan, yesNo(risk.plan)],
      [c.questions.intent, yesNo(risk.intent)],
      [c.questions.means, yesNo(risk.means)],
      [c.questions.pastAttempts, c.answers.pastAttempts[risk.pastAttempts]],
      [c.questions.selfHarm, c.answers.selfHarm[risk.selfHarm]],
      [c.questions.harmToOthers, c.answers.harmToOthers[risk.harmToOthers]],
      [c.questions.protectiveFactors, risk.protectiveFactors.map((f) => c.answers.protectiveFactors[f]).join(s.listSeparator) || s.none]
    )
  }
  if (note.computedLevel && note.computedLevel !== note.level) answers.push([c.computedLevel, c.levels[note.computedLevel]])
  const lowered = note.lowerReason ? textBlock(c.lowerReason, note.lowerReason) : ''
  return answers.length > 0 || lowered ? `${heading4(c.risk)}${pairs(s, answers)}${lowered}` : ''
}

function addendaHtml(s: RecordStrings, note: NoteDto): string {
  if (note.addenda.length === 0) return ''
  const items = note.addenda.map((a) => textBlock(fill(s.notes.addendumBy, { date: centreTime(a.signedAt), author: orNone(s, a.authorName) }), a.text))
  return `${heading4(s.notes.addenda)}${items.join('')}`
}

function noteHtml(s: RecordStrings, locale: Locale, index: number, entry: RecordNote, categoryName: Map<string, string>): string {
  const { note, template } = entry
  const n = s.notes
  const levels = CASE_SUMMARY_STRINGS[locale].levels
  const name = template?.name[locale] ?? fill(n.unknownTemplate, { key: note.templateKey, version: note.templateVersion })
  const facts: Pair[] = [
    [n.status, note.status === 'signed' ? n.signed : n.draft],
    [n.author, orNone(s, note.authorName)],
    [n.createdAt, centreTime(note.createdAt)],
    [n.signedAt, note.signedAt ? centreTime(note.signedAt) : s.none],
    [n.sensitive, note.sensitive ? s.yes : s.no],
    [n.level, labelOf(levels, note.level ?? note.computedLevel, s.none)],
    [n.categories, note.categories.map((key) => categoryName.get(key) ?? key).join(s.listSeparator) || s.none]
  ]
  const title = fill(n.heading, { index, template: name, date: centreTime(note.signedAt ?? note.createdAt).slice(0, 10) })
  return article(`${heading3(title)}${pairs(s, facts)}${contentHtml(s, locale, entry)}${riskHtml(s, locale, note)}${addendaHtml(s, note)}`)
}

export function notesPart(s: RecordStrings, locale: Locale, record: StudentRecord): string {
  if (record.notes.length === 0) return part(s, s.sections.notes, null)
  const categoryName = new Map(record.categories.map((c) => [c.key, c[locale]]))
  return part(s, s.sections.notes, record.notes.map((entry, i) => noteHtml(s, locale, i + 1, entry, categoryName)).join(''))
}
