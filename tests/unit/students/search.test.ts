import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { rebuildStudentSearch } from '../../../src/main/core/students/search'
import { ADMIN, err, loginAdmin, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { openDb, unwrapDek } from '../helpers/db'
import { createOrg, createUser, loginAs, studentInput, type Org } from './fixtures'

describe('students: search and list', () => {
  let core: TestCore
  let raw: Database.Database
  let org: Org
  let partTime: TestUser
  let assistant: TestUser
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    org = await createOrg(core)
    const people: [string, string, boolean, string][] = [
      ['张三', '2025010101', true, '12号楼-305'],
      ['张三丰', '2025010102', true, '12号楼-306'],
      ['李四', '2025010201', true, '3号楼-101'],
      ['王堃', '2024020301', false, '5号楼-220'],
      ['李喆', '2024020302', false, '5号楼-221'],
      ['𠮷田花子', '2024020303', false, '5号楼-222'],
      ['曾小贤', '2023030401', false, '7号楼-101']
    ]
    for (const [name, studentNo, first, dorm] of people) {
      const placement = first ? { collegeId: org.collegeId, classId: org.classId } : { collegeId: org.otherCollegeId, classId: org.otherClassId }
      ids[name] = (await ok(core, 'students.create', studentInput({ name, studentNo, dorm, ...placement }))).id
    }
    partTime = await createUser(core, { username: 'lisi', displayName: '李四', role: 'part_time' })
    assistant = await createUser(core, { username: 'wangwu', displayName: '王五', role: 'assistant' })
    await ok(core, 'users.setStations', { id: partTime.id, collegeIds: [org.collegeId] })
  })

  const names = async (q: string, limit = 20): Promise<string[]> => (await ok(core, 'students.search', { q, limit })).map((r) => r.name)

  it.each([
    ['zs', '张三'],
    ['ZS', '张三'],
    ['zhangsan', '张三'],
    ['zhang san', '张三'],
    ['Zhang San', '张三'],
    ['张三', '张三'],
    ['zxx', '曾小贤'],
    ['zengxiaoxian', '曾小贤'],
    ['wangkun', '王堃'],
    ['lizhe', '李喆']
  ])('%s finds %s first', async (q, name) => {
    expect((await names(q))[0]).toBe(name)
  })

  it('rare characters are searchable by the character itself', async () => {
    expect(await names('堃')).toEqual(['王堃'])
    expect(await names('喆')).toEqual(['李喆'])
    expect(await names('𠮷')).toEqual(['𠮷田花子'])
    expect(await names('𠮷田')).toEqual(['𠮷田花子'])
  })

  it('student number: exact first, then prefix; substrings too', async () => {
    expect(await names('2025010101')).toEqual(['张三'])
    expect(await names('20250101')).toEqual(['张三', '张三丰'])
    expect(await names('2024')).toEqual(['王堃', '李喆', '𠮷田花子'])
    expect(await names('020302')).toEqual(['李喆'])
    expect(await names('2025', 1)).toEqual(['张三'])
  })

  it('class name and dorm', async () => {
    expect((await names('英语2班')).sort()).toEqual(['曾小贤', '李喆', '王堃', '𠮷田花子'].sort())
    expect(await names('12号楼-306')).toEqual(['张三丰'])
    expect(await names('5号楼')).toHaveLength(3)
  })

  it('quotes and LIKE wildcards in a query are text, not syntax', async () => {
    expect(await names('"zs')).toEqual([])
    expect(await names('%')).toEqual([])
    expect(await names('_')).toEqual([])
    expect(await names('a"b OR c')).toEqual([])
  })

  it('a list: all rows sorted by college, class, number; filters', async () => {
    const all = await ok(core, 'students.list', {})
    expect(all.total).toBe(7)
    // 外国语学院 (wai) before 心理学院 (xin): pinyin order, not code points.
    expect(all.rows.map((r) => r.studentNo)).toEqual(['2023030401', '2024020301', '2024020302', '2024020303', '2025010101', '2025010102', '2025010201'])
    expect((await ok(core, 'students.list', { collegeId: org.collegeId })).total).toBe(3)
    expect((await ok(core, 'students.list', { classId: org.otherClassId, q: 'li' })).rows.map((r) => r.name)).toEqual(['李喆'])
    expect((await ok(core, 'students.list', { status: 'graduated' })).total).toBe(0)
    expect((await ok(core, 'students.list', { onWatchList: false })).total).toBe(7)
    expect((await ok(core, 'students.list', { onWatchList: true })).total).toBe(0)
  })

  it('part_time: search, list and get only the students of their stations', async () => {
    await loginAs(core, partTime)
    expect((await names('2024')).length).toBe(0)
    expect(await names('zs')).toEqual(['张三', '张三丰'])
    expect((await ok(core, 'students.list', {})).rows.map((r) => r.name).sort()).toEqual(['张三', '张三丰', '李四'].sort())
    expect(await err(core, 'students.get', { id: ids['王堃']! })).toMatchObject({ code: 'FORBIDDEN' })
    await ok(core, 'students.get', { id: ids['张三']! })
  })

  it('assistant: rows without tier; no watch-list filter', async () => {
    await loginAs(core, assistant)
    const rows = await ok(core, 'students.search', { q: 'zs', limit: 5 })
    expect(rows[0]).toMatchObject({ name: '张三', tier: null })
    expect(await err(core, 'students.list', { onWatchList: true })).toMatchObject({ code: 'FORBIDDEN' })
    const file = await ok(core, 'students.get', { id: ids['王堃']! })
    expect(file.clinical).toBe(false)
    await loginAdmin(core)
  })

  it('rebuildStudentSearch refills the index', async () => {
    raw.prepare('DELETE FROM student_search').run()
    expect(await names('zhangsan')).toEqual([])
    rebuildStudentSearch(raw)
    expect(await names('zhangsan')).toEqual(['张三', '张三丰'])
    expect(await names('英语2班')).toHaveLength(4)
  })
})
