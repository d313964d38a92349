import type { InstrumentDto, ImportMapping, ScreeningImportIssue } from '@shared/contract/screening'
import type { ScoreDto } from '@shared/contract/instruments'
import type { RosterTable, SheetRow } from '../../students/import/decode'
import { parseDate } from '../../students/import/validate'
import { matchLevel, parseAnswer, scoreAnswers } from '../score'

/** Lists stop at this many entries; the rest are counted. */
export const MAX_LISTED = 200
/** Rows scored between two yields to the event loop (the progress channel answers in between). */
const CHUNK = 1000

export interface ImportEnv {
  table: RosterTable
  mapping: ImportMapping
  /** The current version of each mapped instrument, by key. */
  instruments: ReadonlyMap<string, InstrumentDto>
  roundDate: string
  /** The centre's date today: a screening cannot have been taken later. */
  today: string
  studentByNo: ReadonlyMap<string, { id: string; name: string }>
  /** `studentId instrumentKey` → answerSignature of the result already in the round. */
  existing: ReadonlyMap<string, string>
}

export interface NewResult {
  instrumentKey: string
  instrumentVersion: number
  answers: number[]
  extras: Record<string, number>
  levelValue: string | null
  score: ScoreDto
}

export interface ImportRow {
  row: number
  studentNo: string
  studentId: string
  name: string
  takenOn: string
  /** The results not yet in the round (never empty). */
  results: NewResult[]
}

export interface RowsOutcome {
  issues: ScreeningImportIssue[]
  issueCount: number
  unmatched: { row: number; studentNo: string }[]
  unmatchedCount: number
  /** Rows whose every result is already in the round with the same answers. */
  alreadyInRound: number
  rows: ImportRow[]
}

/** Answers compared as given: the same answers again are skipped, different ones refused. */
export function answerSignature(answers: readonly (number | null)[], extras: Readonly<Record<string, number>>, levelValue: string | null): string {
  const sortedExtras = Object.keys(extras)
    .sort()
    .map((k) => [k, extras[k]])
  return JSON.stringify([answers, sortedExtras, levelValue])
}

export const existingKey = (studentId: string, instrumentKey: string): string => `${studentId} ${instrumentKey}`

/** A date as the platform writes it, with or without the time of day. */
const takenOnDate = (raw: string): string | null => parseDate(raw.replace(/[\sT]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, ''))

/** Checks and scores one row; `issue` collects its problems (the row is then not imported). */
function checkRow(env: ImportEnv, { row, cells }: SheetRow, state: { firstRowOf: Map<string, number>; mappedMax: number }, out: RowsOutcome): void {
  const { firstRowOf, mappedMax } = state
  const { headers } = env.table
  const header = (col: number): string => headers[col] ?? ''
  let bad = false
  const issue = (column: string, messageKey: string, params: Record<string, string | number> = {}): void => {
    bad = true
    out.issueCount++
    if (out.issues.length < MAX_LISTED) out.issues.push({ row, column, messageKey, params: { column, ...params } })
  }
  const cell = (col: number): string => (cells[col] ?? '').normalize('NFKC').trim()

  // A cell past the last header, or (CSV) a line too short to reach a mapped column: the columns have shifted.
  let last = cells.length - 1
  while (last >= 0 && (cells[last] ?? '').trim() === '') last--
  if (last >= headers.length || (env.table.format === 'csv' && cells.length <= mappedMax)) {
    return issue('', 'errors.screeningImport.columnCount', { count: Math.max(last + 1, cells.length), expected: headers.length })
  }

  const studentNo = cell(env.mapping.studentNo)
  if (studentNo === '') issue(header(env.mapping.studentNo), 'errors.screeningImport.required')
  else {
    const other = firstRowOf.get(studentNo)
    if (other !== undefined) issue(header(env.mapping.studentNo), 'errors.screeningImport.duplicateStudent', { value: studentNo, otherRow: other })
    else firstRowOf.set(studentNo, row)
  }

  // Without a date column, or with its cell left blank, a result is dated on the round's date.
  let takenOn = env.roundDate
  if (env.mapping.takenOn !== null && cell(env.mapping.takenOn) !== '') {
    const raw = cell(env.mapping.takenOn)
    const date = takenOnDate(raw)
    if (date === null) issue(header(env.mapping.takenOn), 'errors.screeningImport.date', { value: raw })
    else if (date > env.today) issue(header(env.mapping.takenOn), 'errors.screeningImport.dateInFuture', { value: raw })
    else takenOn = date
  }

  const results: NewResult[] = []
  for (const m of env.mapping.instruments) {
    const { definition: def, version } = env.instruments.get(m.key)!
    const answers: number[] = []
    // Each kind reads its own columns only: items for 'items', the level for 'levels'.
    for (const col of def.kind === 'items' ? (m.items ?? []) : []) {
      const raw = cell(col)
      const value = def.answers ? parseAnswer(def.answers, raw) : null
      if (value !== null) answers.push(value)
      else if (raw === '') issue(header(col), 'errors.screeningImport.blankAnswer')
      else if (def.answers?.min === 0 && def.answers.max === 1) issue(header(col), 'errors.screeningImport.yesNo', { value: raw })
      else issue(header(col), 'errors.screeningImport.answer', { value: raw, min: def.answers?.min ?? 0, max: def.answers?.max ?? 0 })
    }
    const extras: Record<string, number> = {}
    for (const [key, col] of Object.entries(m.extras)) {
      const range = def.extras.find((e) => e.key === key)!
      const raw = cell(col)
      const value = parseAnswer(range, raw)
      if (value !== null) extras[key] = value
      else if (raw === '') issue(header(col), 'errors.screeningImport.blankAnswer')
      else issue(header(col), 'errors.screeningImport.answer', { value: raw, min: range.min, max: range.max })
    }
    let levelValue: string | null = null
    if (def.kind === 'levels' && m.level !== undefined) {
      levelValue = cell(m.level)
      if (levelValue === '') issue(header(m.level), 'errors.screeningImport.blankAnswer')
      else if (matchLevel(def, levelValue) === null) issue(header(m.level), 'errors.screeningImport.level', { value: levelValue })
    }
    if (!bad) results.push({ instrumentKey: m.key, instrumentVersion: version, answers, extras, levelValue, score: scoreAnswers(def, { answers, extras, levelValue }) })
  }
  if (bad) return

  const student = env.studentByNo.get(studentNo)
  if (!student) {
    out.unmatchedCount++
    if (out.unmatched.length < MAX_LISTED) out.unmatched.push({ row, studentNo })
    return
  }
  const fresh = results.filter((r) => {
    const before = env.existing.get(existingKey(student.id, r.instrumentKey))
    if (before === undefined) return true
    if (before !== answerSignature(r.answers, r.extras, r.levelValue)) {
      issue(header(env.mapping.studentNo), 'errors.screeningImport.alreadyInRoundDifferent', { value: studentNo, instrument: env.instruments.get(r.instrumentKey)!.definition.short })
    }
    return false
  })
  if (bad) return
  if (fresh.length === 0) out.alreadyInRound++
  else out.rows.push({ row, studentNo, studentId: student.id, name: student.name, takenOn, results: fresh })
}

/**
 * Checks and scores every row in chunks, yielding between them so a progress question is
 * answered while 16,000 rows are scored. Nothing here touches the database.
 */
export async function checkRows(env: ImportEnv, onProgress?: (done: number, total: number) => void): Promise<RowsOutcome> {
  const out: RowsOutcome = { issues: [], issueCount: 0, unmatched: [], unmatchedCount: 0, alreadyInRound: 0, rows: [] }
  const { mapping } = env
  const columnsOf = (m: ImportMapping['instruments'][number]): number[] => {
    const kind = env.instruments.get(m.key)?.definition.kind
    return [...(kind === 'items' ? (m.items ?? []) : []), ...(kind === 'levels' && m.level !== undefined ? [m.level] : []), ...Object.values(m.extras)]
  }
  const mappedMax = Math.max(mapping.studentNo, mapping.takenOn ?? 0, ...mapping.instruments.flatMap(columnsOf))
  const state = { firstRowOf: new Map<string, number>(), mappedMax }
  const { rows } = env.table
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const sheetRow of rows.slice(start, start + CHUNK)) checkRow(env, sheetRow, state, out)
    onProgress?.(Math.min(start + CHUNK, rows.length), rows.length)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  return out
}
