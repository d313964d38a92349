import { namePinyin } from '../src/main/core/students/pinyin'
import { surnameOf } from '../src/main/tools/synthetic/names'
import type { Random } from '../src/main/tools/synthetic/random'
import type { RosterRow } from '../src/main/tools/synthetic/roster'

/** What people type into the Ctrl+K search, one kind per way of finding a student. */
export const QUERY_KINDS = ['initials', 'pinyin', 'chars', 'name', 'studentNo', 'className', 'dorm'] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

export const QUERY_LABELS: Record<QueryKind, string> = {
  initials: 'pinyin initials (zs)',
  pinyin: 'full pinyin (zhangsan)',
  chars: '1–2 Chinese characters',
  name: 'a full name',
  studentNo: 'student-number prefix',
  className: 'a class name (计科2301)',
  dorm: 'a dorm building (12号楼)'
}

/** One query of `kind`, made from a student of the synthetic roster. */
export function queryOf(kind: QueryKind, row: RosterRow, random: Random): string {
  const { name, studentNo, className, dorm } = row.student
  switch (kind) {
    case 'initials':
      return namePinyin(name).initials
    case 'pinyin':
      return namePinyin(name).full
    case 'chars': {
      // The surname alone, or one or two characters of the given name (by code point: 𠮷 stays whole).
      const given = [...name.slice(surnameOf(name).length)]
      if (given.length === 0 || random.chance(0.4)) return surnameOf(name)
      const start = random.int(0, given.length - 1)
      return given.slice(start, start + random.int(1, 2)).join('')
    }
    case 'name':
      return name
    case 'studentNo':
      // Year, college and major, sometimes the class too.
      return studentNo.slice(0, random.chance(0.5) ? 8 : 10)
    case 'className':
      return className
    case 'dorm':
      return dorm.split('-')[0] ?? dorm
  }
}
