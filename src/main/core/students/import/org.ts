import type { Tx } from '../../context'
import { classes, colleges } from '../../settings/schema'
import type { ImportIssue, RosterRecord } from './validate'

interface ClassRef {
  id: string
  collegeId: string
  collegeName: string
}

/** The org tree as the import looks names up in it (one read, then maps). */
export interface OrgIndex {
  collegeIdByName: Map<string, string>
  classByPair: Map<string, ClassRef>
  classesByName: Map<string, ClassRef[]>
  collegeOfClass: Map<string, string>
}

const pairKey = (college: string, className: string): string => `${college}\u0000${className}`

export function loadOrg(t: Tx): OrgIndex {
  const collegeRows = t.orm.select({ id: colleges.id, name: colleges.name }).from(colleges).all()
  const collegeIdByName = new Map(collegeRows.map((c) => [c.name, c.id]))
  const collegeName = new Map(collegeRows.map((c) => [c.id, c.name]))
  const index: OrgIndex = { collegeIdByName, classByPair: new Map(), classesByName: new Map(), collegeOfClass: new Map() }
  for (const k of t.orm.select({ id: classes.id, name: classes.name, collegeId: classes.collegeId }).from(classes).all()) {
    addClass(index, k.name, { id: k.id, collegeId: k.collegeId, collegeName: collegeName.get(k.collegeId) ?? '' })
  }
  return index
}

export function addClass(index: OrgIndex, name: string, ref: ClassRef): void {
  index.classByPair.set(pairKey(ref.collegeName, name), ref)
  index.classesByName.set(name, [...(index.classesByName.get(name) ?? []), ref])
  index.collegeOfClass.set(ref.id, ref.collegeId)
}

export const findClass = (index: OrgIndex, college: string, className: string): ClassRef | undefined =>
  index.classByPair.get(pairKey(college, className))

export interface Placement {
  missingColleges: string[]
  missingClasses: { college: string; className: string }[]
  /** A class named without its college, where no single class has that name. */
  issues: ImportIssue[]
}

/**
 * Fills in the college of a row that names only its class (when exactly one class has that
 * name) and lists the colleges and classes the roster names that settings do not have yet.
 */
export function placeRecords(records: RosterRecord[], index: OrgIndex, headers: string[], classColumn: number | undefined): Placement {
  const missingColleges = new Set<string>()
  const missingClasses = new Map<string, { college: string; className: string }>()
  const issues: ImportIssue[] = []
  for (const record of records) {
    const v = record.values
    if (v.className && !v.college) {
      const candidates = index.classesByName.get(v.className) ?? []
      if (candidates.length === 1) {
        v.college = candidates[0]!.collegeName
      } else {
        const column = classColumn === undefined ? '' : (headers[classColumn] ?? '')
        issues.push({ row: record.row, column, field: 'className', messageKey: 'errors.import.classNeedsCollege', params: { column, value: v.className } })
        continue
      }
    }
    if (v.college && !index.collegeIdByName.has(v.college)) missingColleges.add(v.college)
    if (v.college && v.className && !findClass(index, v.college, v.className)) {
      missingClasses.set(pairKey(v.college, v.className), { college: v.college, className: v.className })
    }
  }
  const byName = new Intl.Collator('zh-CN', { numeric: true }).compare
  return {
    missingColleges: [...missingColleges].sort(byName),
    missingClasses: [...missingClasses.values()].sort((a, b) => byName(a.college, b.college) || byName(a.className, b.className)),
    issues
  }
}
