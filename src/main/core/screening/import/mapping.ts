import type { InstrumentDefinition } from '@shared/contract/instruments'
import type { ImportMapping } from '@shared/contract/screening'
import { normaliseHeader } from '../../students/import/mapping'

/** A problem with the mapping itself: the field it is about, the header it names ('' if none). */
export interface MappingIssue {
  path: string
  column: string
  messageKey: string
  params: Record<string, string | number>
}

const STUDENT_NO = ['学号', '学生学号', '学籍号', '学生编号', '考生号', 'studentno', 'studentnumber', 'studentid']
const TAKEN_ON = ['测评日期', '测试日期', '施测日期', '答题日期', '完成日期', '提交日期', '测评时间', '答题时间', '提交时间', '完成时间', '日期', 'date', 'testdate', 'takenon']

/**
 * Item headers as platforms write them — "PHQ9_1", "PHQ-9 第1题", "phq9q1", "SCL1", "UPI60" —
 * reduced to prefix + item number. Prefixes go through the same reduction, so stripping every
 * 'q' (phq9q1 → ph91) still lines a header up with its prefix (phq9 → ph9).
 */
export const itemHeader = (header: string): string => header.normalize('NFKC').toLowerCase().replace(/[\s\-_.:()[\]第题q]/g, '')

/** The item columns by the prefix that covers every item (the longest prefix first: "PHQ9" must not read as item 9 of "PHQ"). */
function guessItems(def: InstrumentDefinition, reduced: string[], free: (col: number) => boolean): number[] | undefined {
  const prefixes = [...new Set(def.columnPrefixes.map(itemHeader))].sort((a, b) => b.length - a.length)
  for (const prefix of prefixes) {
    const cols: (number | undefined)[] = new Array<number | undefined>(def.itemCount).fill(undefined)
    reduced.forEach((h, col) => {
      if (!free(col) || !h.startsWith(prefix)) return
      const rest = h.slice(prefix.length)
      if (!/^\d{1,3}$/.test(rest)) return
      const item = Number(rest)
      if (item >= 1 && item <= def.itemCount && cols[item - 1] === undefined) cols[item - 1] = col
    })
    if (cols.every((c) => c !== undefined)) return cols as number[]
  }
  return undefined
}

/** A header that is one of `whole`, else the first that contains one of `parts` and none of `not`. */
function findColumn(normalised: string[], free: (col: number) => boolean, whole: string[], parts: string[], not: string[] = []): number | undefined {
  const col = normalised.findIndex((h, i) => free(i) && whole.includes(h))
  if (col >= 0) return col
  const partial = normalised.findIndex((h, i) => free(i) && parts.some((p) => p !== '' && h.includes(p)) && !not.some((n) => h.includes(n)))
  return partial >= 0 ? partial : undefined
}

/**
 * A first guess from the headers: the student number, the date, each instrument's items (or its
 * level column) and extras. What it cannot find is left out; mappingIssues then says what is missing.
 */
export function guessMapping(headers: string[], defs: InstrumentDefinition[]): { mapping: ImportMapping; issues: MappingIssue[] } {
  const normalised = headers.map(normaliseHeader)
  const reduced = headers.map(itemHeader)
  const used = new Set<number>()
  const free = (col: number): boolean => !used.has(col)
  const take = <T extends number | undefined>(col: T): T => {
    if (col !== undefined) used.add(col)
    return col
  }
  const studentNo = take(findColumn(normalised, free, STUDENT_NO, ['学号']))
  // A roster's birth or entry date is not the day of the screening.
  const takenOn = take(findColumn(normalised, free, TAKEN_ON, ['日期'], ['出生', '生日', '入学']))
  const instruments = defs.map((def) => {
    const extras: Record<string, number> = {}
    for (const extra of def.extras) {
      const names = [extra.key, extra.label['zh-CN'], extra.label.en].map(normaliseHeader)
      const col = take(findColumn(normalised, free, names, [normaliseHeader(extra.label['zh-CN'])]))
      if (col !== undefined) extras[extra.key] = col
    }
    if (def.kind === 'levels') {
      const prefixes = def.columnPrefixes.map(normaliseHeader)
      const level = take(findColumn(normalised, free, prefixes, prefixes))
      return { key: def.key, extras, ...(level === undefined ? {} : { level }) }
    }
    const items = guessItems(def, reduced, free)
    items?.forEach((c) => used.add(c))
    return { key: def.key, extras, ...(items === undefined ? {} : { items }) }
  })
  const issues: MappingIssue[] = studentNo === undefined ? [{ path: 'mapping.studentNo', column: '', messageKey: 'errors.screeningImport.noStudentNoColumn', params: {} }] : []
  // The schema wants a column: the first stands in, and the issue asks the user to choose.
  return { mapping: { studentNo: studentNo ?? 0, takenOn: takenOn ?? null, instruments }, issues }
}

/** What does not fit: a column the file lacks, the wrong number of item columns, a column used twice, an unknown instrument or extra. */
export function mappingIssues(mapping: ImportMapping, headers: string[], defOf: (key: string) => InstrumentDefinition | undefined): MappingIssue[] {
  const issues: MappingIssue[] = []
  const usedBy = new Map<number, string>()
  const header = (col: number): string => headers[col] ?? ''
  const use = (col: number, path: string): void => {
    if (col >= headers.length) {
      issues.push({ path, column: '', messageKey: 'errors.screeningImport.columnOutOfRange', params: { number: col + 1, count: headers.length } })
      return
    }
    if (usedBy.has(col)) issues.push({ path, column: header(col), messageKey: 'errors.screeningImport.columnUsedTwice', params: { column: header(col) } })
    else usedBy.set(col, path)
  }
  use(mapping.studentNo, 'mapping.studentNo')
  if (mapping.takenOn !== null) use(mapping.takenOn, 'mapping.takenOn')
  const seen = new Set<string>()
  mapping.instruments.forEach((m, i) => {
    const at = `mapping.instruments.${i}`
    const def = defOf(m.key)
    if (!def) return void issues.push({ path: `${at}.key`, column: '', messageKey: 'errors.screeningImport.unknownInstrument', params: { instrument: m.key } })
    const instrument = def.short
    if (seen.has(m.key)) issues.push({ path: `${at}.key`, column: '', messageKey: 'errors.screeningImport.duplicateInstrument', params: { instrument } })
    seen.add(m.key)
    if (def.kind === 'levels') {
      if (m.level === undefined) issues.push({ path: `${at}.level`, column: '', messageKey: 'errors.screeningImport.noLevelColumn', params: { instrument } })
      else use(m.level, `${at}.level`)
    } else if (m.items === undefined || m.items.length === 0) {
      issues.push({ path: `${at}.items`, column: '', messageKey: 'errors.screeningImport.noItemColumns', params: { instrument, expected: def.itemCount } })
    } else {
      if (m.items.length !== def.itemCount) {
        issues.push({ path: `${at}.items`, column: '', messageKey: 'errors.screeningImport.itemCount', params: { instrument, expected: def.itemCount, count: m.items.length } })
      }
      m.items.forEach((col, j) => use(col, `${at}.items.${j}`))
    }
    for (const [key, col] of Object.entries(m.extras)) {
      if (!def.extras.some((e) => e.key === key)) issues.push({ path: `${at}.extras.${key}`, column: '', messageKey: 'errors.screeningImport.unknownExtra', params: { instrument, extra: key } })
      else use(col, `${at}.extras.${key}`)
    }
  })
  return issues
}
