import { describe, expect, it } from 'vitest'
import { COLLEGES } from '../../../src/main/tools/synthetic/colleges'
import { RARE_GIVEN_CHARS, syntheticNames } from '../../../src/main/tools/synthetic/names'
import { apportion, planOrg, planStaff } from '../../../src/main/tools/synthetic/org'
import { syntheticStudents } from '../../../src/main/tools/synthetic/students'

const JI = '\u{20BB7}' // 𠮷, outside the BMP: two UTF-16 units, one code point

/** A lone surrogate does not survive a UTF-8 round trip (it becomes U+FFFD). */
const wellFormed = (text: string): boolean => Buffer.from(text, 'utf8').toString('utf8') === text

describe('synthetic names', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(syntheticNames(7, 500)).toEqual(syntheticNames(7, 500))
    expect(syntheticNames(8, 500)).not.toEqual(syntheticNames(7, 500))
  })

  it('are a surname and one or two given characters, compound surnames included', () => {
    const names = syntheticNames(1, 20_000).map((n) => n.name)
    // One assertion over all names: twenty thousand expect() calls would cost seconds.
    expect(names.filter((n) => !wellFormed(n) || [...n].length < 2 || [...n].length > 4)).toEqual([])
    expect(names.some((n) => n.startsWith('欧阳'))).toBe(true)
    expect(names.some((n) => n.startsWith('诸葛') || n.startsWith('司马'))).toBe(true)
    expect(names.filter((n) => n.startsWith('王')).length).toBeGreaterThan(names.filter((n) => n.startsWith('孔')).length)
  })

  it('include rare characters, 𠮷 as one whole code point', () => {
    expect(RARE_GIVEN_CHARS).toContain(JI)
    const names = syntheticNames(1, 20_000).map((n) => n.name)
    const rare = names.filter((n) => RARE_GIVEN_CHARS.some((c) => n.includes(c)))
    // About 2 % of names, never most of them.
    expect(rare.length).toBeGreaterThan(100)
    expect(rare.length).toBeLessThan(1_000)
    const withJi = names.filter((n) => n.includes(JI))
    expect(withJi.length).toBeGreaterThan(0)
    for (const name of withJi) {
      expect(wellFormed(name)).toBe(true)
      expect([...name]).toContain(JI)
      expect(name.length).toBe([...name].length + 1)
    }
  })
})

describe('synthetic college', () => {
  it('splits students into classes of about forty across all colleges', () => {
    const plan = planOrg({ students: 16_000, seed: 1 })
    expect(plan.map((p) => p.college.name)).toEqual(COLLEGES.map((c) => c.name))
    const classes = plan.flatMap((p) => p.classes)
    expect(classes).toHaveLength(400)
    expect(classes.reduce((n, k) => n + k.size, 0)).toBe(16_000)
    for (const k of classes) {
      expect(k.size).toBeGreaterThanOrEqual(30)
      expect(k.size).toBeLessThanOrEqual(50)
      expect(k.name).toMatch(/^\p{Script=Han}{2,3}2[3-6]\d\d$/u)
      expect(k.advisorPhone).toMatch(/^1380000\d{4}$/)
    }
    expect(new Set(classes.map((k) => k.grade))).toEqual(new Set(['2023', '2024', '2025', '2026']))
    expect(classes.map((k) => k.name)).toContain('计科2301')
  })

  it('gives every college a class even for a handful of students', () => {
    const plan = planOrg({ students: 200, seed: 1 })
    expect(plan.every((p) => p.classes.length >= 1)).toBe(true)
    expect(plan.flatMap((p) => p.classes).reduce((n, k) => n + k.size, 0)).toBe(200)
  })

  it('apportions exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(apportion(0, [2, 5])).toEqual([0, 0])
  })

  it('names fifteen staff with valid usernames', () => {
    const { staff } = planStaff(1)
    expect(staff).toHaveLength(15)
    expect(staff.filter((s) => s.role === 'counsellor')).toHaveLength(4)
    expect(staff.filter((s) => s.role === 'part_time')).toHaveLength(9)
    expect(staff.filter((s) => s.role === 'assistant')).toHaveLength(2)
    for (const s of staff) expect(s.username).toMatch(/^[a-z0-9][a-z0-9._-]{2,31}$/)
  })
})

describe('synthetic students', () => {
  const students = syntheticStudents({ students: 16_000, seed: 1 })

  it('are deterministic for a seed', () => {
    expect(syntheticStudents({ students: 300, seed: 3 })).toEqual(syntheticStudents({ students: 300, seed: 3 }))
  })

  it('have unique student numbers and phones in fake-looking ranges', () => {
    expect(students).toHaveLength(16_000)
    expect(new Set(students.map((s) => s.studentNo)).size).toBe(16_000)
    expect(new Set(students.map((s) => s.phone)).size).toBe(16_000)
    const malformed = students.filter(
      (s) =>
        !/^20(23|24|25|26)\d{8}$/.test(s.studentNo) ||
        s.studentNo.slice(0, 4) !== s.grade ||
        !/^13[0-79]0000\d{4}$/.test(s.phone) ||
        !/^\d{1,2}号楼-\d{3}$/.test(s.dorm)
    )
    expect(malformed).toEqual([])
  })

  it('sit in the classes of the planned org tree', () => {
    const classes = new Set(planOrg({ students: 16_000, seed: 1 }).flatMap((p) => p.classes.map((k) => `${p.college.name}/${k.name}`)))
    expect(students.every((s) => classes.has(`${s.college}/${s.className}`))).toBe(true)
  })
})
