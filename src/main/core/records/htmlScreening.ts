import type { InstrumentDefinition } from '@shared/contract/instruments'
import type { Locale } from '@shared/i18n'
import { fill } from '../reports/strings'
import { article, centreTime, heading3, labelOf, orNone, pairs, part, table, type Pair } from './markup'
import type { RecordStrings } from './strings'
import type { InterviewEntry, ScreeningEntry, StudentRecord } from './types'

/*
 * Parts eleven and twelve: every screening result with its scores and each answer as given
 * (item number and value, the item's text where the instrument version holds it: only the
 * instruments free to reproduce ship their items), then the second-stage interviews.
 */

/** A rule's or a level's label in the instrument version that scored the result (its key if unknown). */
const levelLabel = (def: InstrumentDefinition | null | undefined, key: string | null, locale: Locale): string | null =>
  key === null ? null : ((def?.flags.find((f) => f.key === key) ?? def?.levels.find((l) => l.key === key))?.label[locale] ?? key)

function scoreFacts(s: RecordStrings, locale: Locale, entry: ScreeningEntry): Pair[] {
  const sc = s.screening
  const { result, definition: def } = entry
  const score = result.score
  const band = def?.bands.find((b) => b.key === score.band)?.label[locale] ?? score.band
  const level = levelLabel(def, score.level, locale)
  const facts: Pair[] = [
    [sc.round, orNone(s, result.roundName)],
    [sc.source, `${labelOf(sc.sources, result.source, s.none)}${entry.byName ? ` ${entry.byName}` : ''}`],
    [sc.version, String(result.instrumentVersion)],
    [sc.total, score.total === null ? s.none : String(score.total)],
    [sc.band, orNone(s, band)],
    [sc.level, orNone(s, level)],
    [sc.severity, String(score.severity)],
    [sc.flagged, score.flagged ? s.yes : s.no],
    [sc.keyHits, score.keyHits.join(s.listSeparator) || s.none]
  ]
  if (score.positive !== null) facts.splice(4, 0, [sc.positive, String(score.positive)])
  if (entry.levelValue !== null) facts.push([sc.levelValue, entry.levelValue])
  const factors = Object.entries(score.factors).map(([key, mean]) => `${def?.factors.find((f) => f.key === key)?.label[locale] ?? key} ${mean}`)
  if (factors.length > 0) facts.push([sc.factors, factors.join(s.listSeparator)])
  const extras = Object.entries(entry.extras).map(([key, value]) => `${def?.extras.find((e) => e.key === key)?.label[locale] ?? key} ${value}`)
  if (extras.length > 0) facts.push([sc.extras, extras.join(s.listSeparator)])
  return facts
}

function answersHtml(s: RecordStrings, locale: Locale, entry: ScreeningEntry): string {
  if (entry.answers.length === 0) return ''
  const sc = s.screening
  const def = entry.definition
  const texts = def?.itemTexts
  const labels = def?.answers?.labels
  const min = def?.answers?.min ?? 0
  const answer = (value: number | null): string => {
    if (value === null) return s.none
    const label = labels?.[value - min]?.[locale]
    return label ? fill(s.withLabel, { value, label }) : String(value)
  }
  const rows = entry.answers.map((value, i) => (texts ? [String(i + 1), texts[i]?.[locale] ?? s.none, answer(value)] : [String(i + 1), answer(value)]))
  const head = texts ? [sc.item, sc.itemText, sc.answer] : [sc.item, sc.answer]
  const caption = texts ? sc.answers : `${sc.answers} ${sc.noItemText}`
  return table(caption, head, rows)
}

function resultHtml(s: RecordStrings, locale: Locale, entry: ScreeningEntry): string {
  const { result, definition: def } = entry
  const name = def ? def.name[locale] : fill(s.screening.unknownInstrument, { key: result.instrumentKey, version: result.instrumentVersion })
  return article(`${heading3(fill(s.screening.heading, { instrument: name, date: result.takenOn }))}${pairs(s, scoreFacts(s, locale, entry))}${answersHtml(s, locale, entry)}`)
}

export function screeningPart(s: RecordStrings, locale: Locale, record: StudentRecord): string {
  if (record.screening.length === 0) return part(s, s.sections.screening, null)
  return part(s, s.sections.screening, record.screening.map((entry) => resultHtml(s, locale, entry)).join(''))
}

/** How a flagged result reads in the interview's line: the instrument, its total and its level's label. */
type ResultLine = (resultId: string, fallback: { instrumentKey: string; total: number | null; level: string | null }) => string

function interviewHtml(s: RecordStrings, entry: InterviewEntry, resultLine: ResultLine): string {
  const i = s.interview
  const { flag } = entry
  const appointment = flag.appointment ? `${centreTime(flag.appointment.start)} ${orNone(s, flag.appointment.counsellorName)}` : s.none
  const facts: Pair[] = [
    [i.status, labelOf(s.interviewStatuses, flag.status, s.none)],
    [i.severity, String(flag.severity)],
    [i.keyHit, flag.keyHit ? s.yes : s.no],
    [i.results, flag.results.map((r) => resultLine(r.resultId, r)).join(s.listSeparator) || s.none],
    [i.appointment, appointment],
    [i.outcomeAt, flag.outcomeAt ? `${centreTime(flag.outcomeAt)} ${orNone(s, flag.outcomeByName)}` : s.none],
    [i.outcomeNote, orNone(s, flag.outcomeNote)]
  ]
  return article(`${heading3(`${i.round}${s.colon}${entry.roundName}`)}${pairs(s, facts)}`)
}

export function interviewsPart(s: RecordStrings, locale: Locale, record: StudentRecord): string {
  if (record.interviews.length === 0) return part(s, s.sections.interviews, null)
  const byId = new Map(record.screening.map((e) => [e.result.id, e]))
  const resultLine: ResultLine = (resultId, fallback) => {
    const def = byId.get(resultId)?.definition
    const level = levelLabel(def, fallback.level, locale)
    const value = `${def?.short ?? fallback.instrumentKey} ${fallback.total ?? s.none}`
    return level ? fill(s.withLabel, { value, label: level }) : value
  }
  return part(s, s.sections.interviews, record.interviews.map((entry) => interviewHtml(s, entry, resultLine)).join(''))
}
