import type { ClassCellDto } from '@shared/contract'

export interface CollegeGroup {
  key: string
  name: string | null
  cells: ClassCellDto[]
  enrolled: number
  screened: number
  flagged: number
}

/** The core's cells (every class of every college) grouped by college, in the core's order, with totals. */
export function byCollege(cells: ClassCellDto[]): CollegeGroup[] {
  const groups = new Map<string, CollegeGroup>()
  for (const cell of cells) {
    const key = cell.collegeId ?? ''
    let group = groups.get(key)
    if (!group) {
      group = { key, name: cell.collegeName, cells: [], enrolled: 0, screened: 0, flagged: 0 }
      groups.set(key, group)
    }
    group.cells.push(cell)
    group.enrolled += cell.enrolled
    group.screened += cell.screened
    group.flagged += cell.flagged
  }
  return [...groups.values()]
}

/** A share as "12.5%" in the reader's language; null when there is nothing to divide by. */
export function percent(part: number, whole: number, locale: string): string | null {
  if (whole === 0) return null
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole)
}
