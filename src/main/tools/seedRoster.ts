import type { MeteredCaller } from './meter'
import { planOrg, stationColleges } from './synthetic/org'
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
  for (const [i, stations] of stationColleges(partTimeIds.length, collegeIds.length).entries()) {
    const ids = stations.map((c) => collegeIds[c]).filter((id): id is string => id !== undefined)
    await caller.call('users.setStations', { id: partTimeIds[i] ?? '', collegeIds: ids })
    assigned += ids.length
  }
  return assigned
}

/** The org tree (colleges, then each one's classes with their 辅导员), as the admin enters it in settings. */
export async function seedOrg(
  caller: MeteredCaller,
  opts: { students: number; seed: number },
  log: (line: string) => void
): Promise<{ collegeIds: string[]; classes: number }> {
  const plan = planOrg(opts)
  let classes = 0
  const collegeIds: string[] = []
  for (const { college, classes: planned } of plan) {
    const created = await caller.call('settings.college.create', { name: college.name })
    collegeIds.push(created.id)
    for (const klass of planned) {
      await caller.call('settings.class.create', {
        collegeId: created.id,
        name: klass.name,
        grade: klass.grade,
        advisorName: klass.advisorName,
        advisorPhone: klass.advisorPhone
      })
    }
    classes += planned.length
    const students = planned.reduce((n, k) => n + k.size, 0)
    log(`College ${college.name}: ${planned.length} classes, ${students} students`)
  }
  return { collegeIds, classes }
}
