import type { MeteredCaller } from './meter'
import { ROSTER_MAPPING, rosterCsv, type RosterRow } from './synthetic/roster'

export interface RosterSeedResult {
  created: number
  updated: number
  /** Student id by roster row index. */
  studentIds: string[]
  /** CSV size in bytes, for the summary. */
  bytes: number
}

/**
 * Stores the synthetic students the way a centre would: the registrar's roster as one UTF-8 CSV
 * through students.import.commit (one all-or-nothing transaction), then one students.list to
 * learn the ids the core gave them.
 */
export async function importRoster(caller: MeteredCaller, rows: readonly RosterRow[]): Promise<RosterSeedResult> {
  const csv = rosterCsv(rows)
  const result = await caller.call('students.import.commit', {
    fileName: '示范学院学生名册.csv',
    contentBase64: csv.toString('base64'),
    mapping: ROSTER_MAPPING,
    // The org tree is seeded first, so nothing is missing; true only spares a refusal if it were.
    createMissing: true
  })
  if (result.collegesCreated + result.classesCreated > 0) throw new Error('the roster named colleges or classes the org tree lacks')
  const listed = await caller.call('students.list', {})
  const idOf = new Map(listed.rows.map((r) => [r.studentNo, r.id]))
  const studentIds = rows.map((r) => {
    const id = idOf.get(r.student.studentNo)
    if (!id) throw new Error(`student ${r.student.studentNo} was not stored`)
    return id
  })
  return { created: result.created, updated: result.updated, studentIds, bytes: csv.length }
}

/**
 * Gives each part-time counsellor one or two college stations (学院心理辅导站), so that together
 * they cover every college: the first few take two, the rest one.
 */
export async function assignStations(caller: MeteredCaller, partTimeIds: readonly string[], collegeIds: readonly string[]): Promise<number> {
  let assigned = 0
  const doubled = Math.max(0, collegeIds.length - partTimeIds.length)
  for (const [i, id] of partTimeIds.entries()) {
    const stations = [collegeIds[i % collegeIds.length]]
    if (i < doubled) stations.push(collegeIds[(i + partTimeIds.length) % collegeIds.length])
    const unique = [...new Set(stations.filter((s): s is string => s !== undefined))]
    await caller.call('users.setStations', { id, collegeIds: unique })
    assigned += unique.length
  }
  return assigned
}
