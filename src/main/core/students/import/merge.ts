import type { Tx } from '../../context'
import type { NamePinyin } from '../pinyin'
import { students } from '../schema'
import { findClass, type OrgIndex } from './org'
import type { RosterRecord } from './validate'

export type StudentRow = typeof students.$inferSelect
/** What a roster row sets; `leftOn` follows from the status (students/leaving.ts) when written. */
export type Columns = Omit<StudentRow, 'id' | 'createdAt' | 'updatedAt' | 'leftOn'>

/** Every student by number, read once: a roster of 16,000 rows must not ask 16,000 times. */
export function loadExisting(t: Tx): Map<string, StudentRow> {
  return new Map(
    t.orm
      .select()
      .from(students)
      .all()
      .map((s) => [s.studentNo, s])
  )
}

const TEXT_FIELDS = ['grade', 'major', 'dorm', 'phone', 'guardianName', 'guardianRelation', 'guardianPhone', 'contactNotes'] as const

/**
 * What a row makes of a student: the row's non-empty cells over what is stored (an empty cell
 * never erases), defaults for a new student. `resolved` is false while the row's college or
 * class does not exist yet (a check before they are created).
 */
export function nextColumns(
  record: RosterRecord,
  existing: StudentRow | undefined,
  index: OrgIndex,
  pinyinOf: (name: string) => NamePinyin
): { columns: Columns; resolved: boolean } {
  const v = record.values
  let resolved = true
  let collegeId = existing?.collegeId ?? null
  if (v.college) {
    const id = index.collegeIdByName.get(v.college)
    if (id === undefined) resolved = false
    collegeId = id ?? null
  }
  let classId = existing?.classId ?? null
  if (v.college && v.className) {
    const found = findClass(index, v.college, v.className)
    if (!found) resolved = false
    classId = found?.id ?? null
  } else if (classId !== null && index.collegeOfClass.get(classId) !== collegeId) {
    // Moved to another college without a class named: the old class is not in it.
    classId = null
  }
  // An unchanged name keeps its stored pinyin: a re-import of 16,000 rows skips 16,000 conversions.
  const { full, initials } = existing?.name === v.name ? { full: existing.namePinyin, initials: existing.nameInitials } : pinyinOf(v.name)
  const columns: Columns = {
    studentNo: v.studentNo,
    name: v.name,
    namePinyin: full,
    nameInitials: initials,
    gender: (v.gender as Columns['gender'] | undefined) ?? existing?.gender ?? 'unknown',
    birthDate: v.birthDate ?? existing?.birthDate ?? null,
    collegeId,
    classId,
    status: (v.status as Columns['status'] | undefined) ?? existing?.status ?? 'enrolled',
    grade: '',
    major: '',
    dorm: '',
    phone: '',
    guardianName: '',
    guardianRelation: '',
    guardianPhone: '',
    contactNotes: ''
  }
  for (const field of TEXT_FIELDS) columns[field] = v[field] ?? existing?.[field] ?? ''
  return { columns, resolved }
}

export function differs(columns: Columns, existing: StudentRow): boolean {
  return (Object.keys(columns) as (keyof Columns)[]).some((k) => columns[k] !== existing[k])
}
