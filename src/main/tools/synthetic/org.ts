import { PhonePool } from './contacts'
import { COLLEGES, GRADES, STAFF_ROLES, STUDENTS_PER_CLASS, type CollegeDef } from './colleges'
import type { RosterRow } from './roster'
import { syntheticName, type Gender } from './names'
import { createRandom } from './random'

export interface ClassPlan {
  name: string
  grade: string
  majorCode: string
  /** Two digits: the class's number within its major and grade. */
  classNo: string
  advisorName: string
  advisorPhone: string
  /** How many synthetic students the class gets. */
  size: number
}

export interface CollegePlan {
  college: CollegeDef
  classes: ClassPlan[]
}

export interface StaffPlan {
  username: string
  displayName: string
  role: 'counsellor' | 'part_time' | 'assistant'
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder), summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (total * w) / sum)
  const parts = exact.map(Math.floor)
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  let left = total - parts.reduce((a, b) => a + b, 0)
  for (const { i } of order) {
    if (left <= 0) break
    parts[i] = (parts[i] as number) + 1
    left -= 1
  }
  return parts
}

/**
 * The colleges and their classes for `students` students: about forty to a class, every
 * college at least one class, grades and majors taken in turn so each gets its share.
 * Deterministic in (students, seed).
 */
export function planOrg(options: { students: number; seed: number }): CollegePlan[] {
  const random = createRandom(options.seed, 'org')
  const advisorPhones = PhonePool.forAdvisors(random)
  const totalClasses = Math.max(COLLEGES.length, Math.round(options.students / STUDENTS_PER_CLASS))
  // Every college gets one class first; the rest follow the colleges' sizes.
  const extra = apportion(totalClasses - COLLEGES.length, COLLEGES.map((c) => c.weight))
  const plans = COLLEGES.map((college, ci): CollegePlan => {
    const count = 1 + (extra[ci] as number)
    const numbering = new Map<string, number>()
    const classes = Array.from({ length: count }, (_, j): ClassPlan => {
      const grade = GRADES[j % GRADES.length] as string
      const major = college.majors[Math.floor(j / GRADES.length) % college.majors.length] as CollegeDef['majors'][number]
      const key = `${major.code}:${grade}`
      const n = (numbering.get(key) ?? 0) + 1
      numbering.set(key, n)
      const classNo = String(n).padStart(2, '0')
      const gender: Gender = random.chance(0.5) ? 'female' : 'male'
      return {
        name: `${major.short}${grade.slice(2)}${classNo}`,
        grade,
        majorCode: major.code,
        classNo,
        advisorName: syntheticName(random, gender),
        advisorPhone: advisorPhones.next(),
        size: 0
      }
    })
    return { college, classes }
  })
  // Real classes are not all the same size: 85–115 % of the mean, summing to exactly `students`.
  const all = plans.flatMap((p) => p.classes)
  const sizes = apportion(options.students, all.map(() => 0.85 + random.next() * 0.3))
  all.forEach((c, i) => (c.size = sizes[i] as number))
  return plans
}

/** The director's display name and the centre's fifteen staff, each named from the seed. */
export function planStaff(seed: number): { adminDisplayName: string; staff: StaffPlan[] } {
  const random = createRandom(seed, 'staff')
  const person = (): string => syntheticName(random, random.chance(0.6) ? 'female' : 'male')
  const adminDisplayName = person()
  const staff = STAFF_ROLES.flatMap(({ role, prefix, count }) =>
    Array.from({ length: count }, (_, i): StaffPlan => ({ username: `${prefix}${i + 1}`, displayName: person(), role }))
  )
  return { adminDisplayName, staff }
}

/**
 * The college stations (学院心理辅导站) of each part-time counsellor, as college indices: one
 * or two each, so that together they cover every college (the first few take two).
 */
export function stationColleges(partTimers: number, colleges: number): number[][] {
  const doubled = Math.max(0, colleges - partTimers)
  return Array.from({ length: partTimers }, (_, i) => {
    const stations = [i % colleges]
    if (i < doubled) stations.push((i + partTimers) % colleges)
    return [...new Set(stations)]
  })
}

/** For each roster row, the part-time counsellor (0-based) whose station holds the student's college. */
export function stationOfRows(rows: readonly RosterRow[], partTimers: number): number[] {
  const byCollege = new Map<string, number>()
  stationColleges(partTimers, COLLEGES.length).forEach((colleges, j) => {
    for (const c of colleges) {
      const name = COLLEGES[c]?.name
      if (name && !byCollege.has(name)) byCollege.set(name, j)
    }
  })
  return rows.map((r) => byCollege.get(r.student.college) ?? -1)
}
