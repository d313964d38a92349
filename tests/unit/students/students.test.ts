import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, err, loginAdmin, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek } from '../helpers/db'
import { createOrg, createUser, loginAs, studentInput, type Org } from './fixtures'

describe('students: create, update, open the file', () => {
  let core: TestCore
  let raw: Database.Database
  let org: Org
  let partTime: TestUser
  let assistant: TestUser

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
    org = await createOrg(core)
    partTime = await createUser(core, { username: 'lisi', displayName: '李四', role: 'part_time' })
    assistant = await createUser(core, { username: 'wangwu', displayName: '王五', role: 'assistant' })
  })

  it('creates a student with pinyin, in a class of their college, audited', async () => {
    const before = lastSeq(raw)
    const s = await ok(core, 'students.create', studentInput({ collegeId: org.collegeId, classId: org.classId }))
    expect(s).toMatchObject({ studentNo: '2025010101', name: '张三', collegeName: '心理学院', className: '应用心理1班', advisorName: '李老师' })
    const row = raw.prepare('SELECT name_pinyin, name_initials FROM students WHERE id = ?').get(s.id)
    expect(row).toEqual({ name_pinyin: 'zhangsan', name_initials: 'zs' })
    expect(auditRows(raw, before).map((r) => [r.action, r.entity, r.entity_id])).toEqual([['students.create', 'student', s.id]])
  })

  it('surnames read as surnames; rare characters and Latin letters do not crash', async () => {
    const cases: [string, string, string][] = [
      ['单雄信', 'shanxiongxin', 'sxx'],
      ['曾小贤', 'zengxiaoxian', 'zxx'],
      ['解晓东', 'xiexiaodong', 'xxd'],
      ['吕布', 'lvbu', 'lb'],
      ['王堃', 'wangkun', 'wk'],
      ['李喆', 'lizhe', 'lz'],
      ['𠮷田', 'tian', 't'],
      ['Anna 李2', 'annali2', 'al2']
    ]
    for (const [i, [name, full, initials]] of cases.entries()) {
      const s = await ok(core, 'students.create', studentInput({ studentNo: `P${1000 + i}`, name }))
      expect(raw.prepare('SELECT name_pinyin AS full, name_initials AS initials FROM students WHERE id = ?').get(s.id), name).toEqual({
        full,
        initials
      })
    }
  })

  it('refuses a class outside the college, a class without college, a taken student number: nothing written', async () => {
    const before = lastSeq(raw)
    const count = (): number => (raw.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n
    const n = count()
    expect(await err(core, 'students.create', studentInput({ studentNo: 'X0001', collegeId: org.collegeId, classId: org.otherClassId }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'classId', messageKey: 'errors.students.classNotInCollege' }]
    })
    expect(await err(core, 'students.create', studentInput({ studentNo: 'X0001', classId: org.classId }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'collegeId', messageKey: 'errors.students.classNeedsCollege' }]
    })
    expect(await err(core, 'students.create', studentInput({ studentNo: 'X0001', collegeId: randomUUID() }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'collegeId', messageKey: 'errors.students.unknownCollege' }]
    })
    expect(await err(core, 'students.create', studentInput())).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: 'studentNo', messageKey: 'errors.students.studentNoTaken' }]
    })
    expect(count()).toBe(n)
    expect(lastSeq(raw)).toBe(before)
  })

  it('updates and recomputes pinyin; the audit row names changed fields only', async () => {
    const s = await ok(core, 'students.create', studentInput({ studentNo: 'U0001', name: '李四' }))
    const before = lastSeq(raw)
    const updated = await ok(core, 'students.update', { ...studentInput({ studentNo: 'U0001', name: '王小明', phone: '010-1234' }), id: s.id })
    expect(updated.name).toBe('王小明')
    expect(raw.prepare('SELECT name_pinyin, name_initials FROM students WHERE id = ?').get(s.id)).toEqual({ name_pinyin: 'wangxiaoming', name_initials: 'wxm' })
    const rows = auditRows(raw, before)
    expect(rows.map((r) => [r.action, r.entity_id, r.summary])).toEqual([['students.update', s.id, '{"fields":"name,phone"}']])
    expect(await err(core, 'students.update', { ...studentInput({ studentNo: '2025010101' }), id: s.id })).toMatchObject({ code: 'CONFLICT' })
    expect(await err(core, 'students.update', { ...studentInput({ studentNo: 'U0009' }), id: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('students.get returns the file and writes students.view', async () => {
    const s = await ok(core, 'students.create', studentInput({ studentNo: 'G0001', collegeId: org.otherCollegeId, classId: org.otherClassId }))
    const before = lastSeq(raw)
    const file = await ok(core, 'students.get', { id: s.id })
    expect(file.clinical).toBe(true)
    expect(file.student).toMatchObject({ id: s.id, collegeName: '外国语学院', className: '英语2班' })
    expect(auditRows(raw, before).map((r) => [r.action, r.entity, r.entity_id])).toEqual([['students.view', 'student', s.id]])
    const timeline = await ok(core, 'students.timeline', { id: s.id })
    expect(timeline).toEqual([])
    expect(auditRows(raw, before).map((r) => r.action)).toEqual(['students.view', 'students.timeline.view'])
  })

  it('part_time sees and edits only the students of their stations; assistant gets contact data', async () => {
    const inside = await ok(core, 'students.create', studentInput({ studentNo: 'S0001', name: '赵六', collegeId: org.collegeId, classId: org.classId }))
    const outside = await ok(core, 'students.create', studentInput({ studentNo: 'S0002', name: '钱七', collegeId: org.otherCollegeId }))
    expect(await err(core, 'users.setStations', { id: partTime.id, collegeIds: [randomUUID()] })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'collegeIds', messageKey: 'errors.users.unknownCollege' }]
    })
    const before = lastSeq(raw)
    const dto = await ok(core, 'users.setStations', { id: partTime.id, collegeIds: [org.collegeId, org.collegeId] })
    expect(dto.stationCollegeIds).toEqual([org.collegeId])
    expect(auditRows(raw, before).map((r) => [r.action, r.entity_id, r.summary])).toEqual([['users.set_stations', partTime.id, '{"count":1}']])
    expect((await ok(core, 'users.list', {})).find((u) => u.id === partTime.id)?.stationCollegeIds).toEqual([org.collegeId])
    expect(await err(core, 'users.setStations', { id: assistant.id, collegeIds: [org.collegeId] })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.users.stationsPartTimeOnly'
    })

    await loginAs(core, partTime)
    expect((await ok(core, 'app.status', {})).session?.user.stationCollegeIds).toEqual([org.collegeId])
    expect((await ok(core, 'students.get', { id: inside.id })).clinical).toBe(true)
    expect(await err(core, 'students.get', { id: outside.id })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await err(core, 'students.timeline', { id: outside.id })).toMatchObject({ code: 'FORBIDDEN' })
    const { id: _id, createdAt: _c, updatedAt: _u, collegeName: _cn, className: _kn, advisorName: _an, advisorPhone: _ap, ...fields } = inside
    await ok(core, 'students.update', { ...fields, id: inside.id, dorm: '3号楼-101' })
    expect(await err(core, 'students.update', { ...fields, id: inside.id, collegeId: org.otherCollegeId, classId: null })).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'errors.students.outsideStations'
    })
    expect(await err(core, 'students.update', { ...fields, studentNo: 'S0002', id: outside.id })).toMatchObject({ code: 'FORBIDDEN' })

    await loginAs(core, assistant)
    expect((await ok(core, 'students.get', { id: outside.id })).clinical).toBe(false)
    const created = await ok(core, 'students.create', studentInput({ studentNo: 'A0001', name: '孙八' }))
    expect(created.name).toBe('孙八')
    await loginAdmin(core)
  })
})
