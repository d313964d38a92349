import type { GENDERS, ImportIssueDto, STUDENT_STATUSES, StudentField } from '@shared/contract'
import type { RosterTable } from './decode'
import type { Mapping } from './mapping'

type Gender = (typeof GENDERS)[number]
type Status = (typeof STUDENT_STATUSES)[number]

/** A row that passed: the fields it has a non-empty cell for, as they will be stored. */
export interface RosterRecord {
  row: number
  values: Partial<Record<StudentField, string>> & { studentNo: string; name: string }
}

export interface ImportIssue extends ImportIssueDto {
  field: StudentField | null
}

export interface Checked {
  records: RosterRecord[]
  issues: ImportIssue[]
  /** The first rows as they would be imported (values as stored, or as written when wrong). */
  preview: Record<string, string>[]
}

const PREVIEW_ROWS = 20
const STUDENT_NO = /^[0-9A-Za-z-]{4,20}$/
const PHONE = /^[0-9+\-() ]*$/

/** The same limits as the student form (contract) and the org settings. */
const MAX_LENGTH: Partial<Record<StudentField, number>> = {
  name: 40,
  college: 60,
  className: 60,
  grade: 20,
  major: 60,
  dorm: 40,
  phone: 30,
  guardianName: 40,
  guardianRelation: 20,
  guardianPhone: 30,
  contactNotes: 500
}

const GENDER_WORDS: Record<string, Gender> = {
  男: 'male',
  男性: 'male',
  m: 'male',
  male: 'male',
  man: 'male',
  女: 'female',
  女性: 'female',
  f: 'female',
  female: 'female',
  woman: 'female',
  其他: 'other',
  other: 'other',
  未知: 'unknown',
  unknown: 'unknown'
}

const STATUS_WORDS: Record<string, Status> = {
  在读: 'enrolled',
  在校: 'enrolled',
  在籍: 'enrolled',
  正常: 'enrolled',
  enrolled: 'enrolled',
  active: 'enrolled',
  休学: 'on_leave',
  保留学籍: 'on_leave',
  onleave: 'on_leave',
  leave: 'on_leave',
  毕业: 'graduated',
  已毕业: 'graduated',
  graduated: 'graduated',
  退学: 'withdrawn',
  已退学: 'withdrawn',
  withdrawn: 'withdrawn'
}

const word = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/[\s_-]/g, '')

const pad = (n: number): string => String(n).padStart(2, '0')

function calendarDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** 2004-05-06, 2004/5/6, 2004.5.6, 2004年5月6日, 20040506, or an Excel day number (38113). */
export function parseDate(value: string): string | null {
  const v = value.normalize('NFKC').trim()
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v)
  if (parts) return calendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))
  if (/^\d{1,5}(\.\d+)?$/.test(v)) {
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(v)) * 86_400_000)
    return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
  }
  return null
}

/** Checks every row of a roster against the mapping; nothing here touches the database. */
export function checkRows(table: RosterTable, mapping: Mapping): Checked {
  const records: RosterRecord[] = []
  const issues: ImportIssue[] = []
  const preview: Record<string, string>[] = []
  const firstRowOf = new Map<string, number>()
  const mapped = Object.entries(mapping) as [StudentField, number][]

  for (const { row, cells } of table.rows) {
    const values: Partial<Record<StudentField, string>> = {}
    const shown: Record<string, string> = {}
    let rowOk = true
    const issue = (field: StudentField, messageKey: string, params: Record<string, string | number> = {}): void => {
      const column = table.headers[mapping[field]!] ?? ''
      issues.push({ row, column, field, messageKey, params: { column, ...params } })
      rowOk = false
    }
    for (const [field, col] of mapped) {
      const raw = (cells[col] ?? '').trim()
      shown[field] = raw
      if (raw === '') continue
      const normalised = normalise(field, raw)
      if (typeof normalised !== 'string') {
        issue(field, normalised.messageKey, { value: raw, ...normalised.params })
        continue
      }
      values[field] = normalised
      shown[field] = normalised
    }
    if (!values.studentNo && shown.studentNo === '') issue('studentNo', 'errors.import.required')
    if (!values.name && shown.name === '') issue('name', 'errors.import.required')
    if (values.studentNo) {
      const other = firstRowOf.get(values.studentNo)
      if (other !== undefined) issue('studentNo', 'errors.import.duplicateStudentNo', { value: values.studentNo, otherRow: other })
      else firstRowOf.set(values.studentNo, row)
    }
    if (preview.length < PREVIEW_ROWS) preview.push(shown)
    if (rowOk && values.studentNo && values.name) records.push({ row, values: { ...values, studentNo: values.studentNo, name: values.name } })
  }
  return { records, issues, preview }
}

type Normalised = string | { messageKey: string; params?: Record<string, string | number> }

function normalise(field: StudentField, raw: string): Normalised {
  const max = MAX_LENGTH[field]
  if (max !== undefined && [...raw].length > max) return { messageKey: 'errors.import.tooLong', params: { max } }
  switch (field) {
    case 'studentNo': {
      const v = raw.normalize('NFKC')
      return STUDENT_NO.test(v) ? v : { messageKey: 'errors.import.studentNo' }
    }
    case 'gender':
      return GENDER_WORDS[word(raw)] ?? { messageKey: 'errors.import.gender' }
    case 'status':
      return STATUS_WORDS[word(raw)] ?? { messageKey: 'errors.import.status' }
    case 'birthDate':
      return parseDate(raw) ?? { messageKey: 'errors.import.date' }
    case 'phone':
    case 'guardianPhone': {
      const v = raw.normalize('NFKC')
      return PHONE.test(v) ? v : { messageKey: 'errors.import.phone' }
    }
    default:
      return raw
  }
}
