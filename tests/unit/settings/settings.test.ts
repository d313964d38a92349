import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { CENTRE, err, loginAdmin, ok, setUpCore, type TestCore } from '../helpers/core'
import { readVault } from '../helpers/files'

const noAdvisor = { grade: '', advisorName: '', advisorPhone: '' }

// One vault for the file: the describes below run in order and do not step on each other.
let core: TestCore

beforeAll(async () => {
  core = await setUpCore()
})

describe('centre profile', () => {
  it('starts with the name given at setup', async () => {
    expect(await ok(core, 'settings.centre.get', {})).toEqual({ name: CENTRE, address: '', phone: '', logo: null })
    expect((await ok(core, 'app.status', {})).centreName).toBe(CENTRE)
  })

  it('an update shows in app.status, and on the login screen through the signed vault label', async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo='
    const centre = await ok(core, 'settings.centre.update', { name: '  示范大学心理中心 ', address: '图书馆三楼', phone: '010-6275 0000', logo })
    expect(centre).toEqual({ name: '示范大学心理中心', address: '图书馆三楼', phone: '010-6275 0000', logo })
    expect((await ok(core, 'app.status', {})).centreName).toBe('示范大学心理中心')
    expect(readVault(core.dataDir).body.label).toBe('示范大学心理中心')

    await ok(core, 'auth.lock', {})
    expect(await ok(core, 'app.status', {})).toMatchObject({ state: 'locked', centreName: '示范大学心理中心' })
    // The label was re-signed: the vault still opens (a changed unsigned label would be "tampered").
    await loginAdmin(core)
    expect((await ok(core, 'settings.centre.get', {})).address).toBe('图书馆三楼')
  })

  it('refuses a logo that is not a PNG/JPEG data URL and a phone with letters', async () => {
    const error = await err(core, 'settings.centre.update', { name: '中心', address: '', phone: 'call me', logo: 'data:image/gif;base64,AAAA' })
    expect(error.issues).toEqual([
      { path: 'phone', messageKey: 'validation.phone' },
      { path: 'logo', messageKey: 'validation.logoFormat' }
    ])
  })
})

describe('org tree and rooms', () => {
  it('colleges and classes come back in pinyin order, classes numbered naturally', async () => {
    const ids: Record<string, string> = {}
    for (const name of ['物理学院', '化学学院', '数学学院']) ids[name] = (await ok(core, 'settings.college.create', { name })).id
    for (const name of ['10班', '2班', '1班']) await ok(core, 'settings.class.create', { collegeId: ids['数学学院']!, name, ...noAdvisor })
    const tree = await ok(core, 'settings.org.get', {})
    expect(tree.map((c) => c.name)).toEqual(['化学学院', '数学学院', '物理学院'])
    expect(tree[1]!.classes.map((c) => c.name)).toEqual(['1班', '2班', '10班'])
    expect(tree[0]!.classes).toEqual([])
  })

  it('college CRUD with duplicate names refused', async () => {
    const college = await ok(core, 'settings.college.create', { name: '心理学院' })
    expect(college).toEqual({ id: college.id, name: '心理学院', classes: [] })
    const dup = await err(core, 'settings.college.create', { name: ' 心理学院 ' })
    expect(dup).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.settings.collegeNameTaken',
      issues: [{ path: 'name', messageKey: 'errors.settings.collegeNameTaken' }]
    })
    // Renaming to its own name is no clash; renaming onto another college's is.
    expect((await ok(core, 'settings.college.update', { id: college.id, name: '心理学院' })).name).toBe('心理学院')
    expect((await err(core, 'settings.college.update', { id: college.id, name: '化学学院' })).messageKey).toBe('errors.settings.collegeNameTaken')
    expect((await ok(core, 'settings.college.update', { id: college.id, name: '心理与教育学院' })).name).toBe('心理与教育学院')
    expect(await err(core, 'settings.college.update', { id: randomUUID(), name: '无' })).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' })
    expect(await ok(core, 'settings.college.delete', { id: college.id })).toEqual({})
    expect((await ok(core, 'settings.org.get', {})).map((c) => c.id)).not.toContain(college.id)
    expect((await err(core, 'settings.college.delete', { id: college.id })).code).toBe('NOT_FOUND')
  })

  it('class CRUD: names unique within a college only; a college with classes cannot be deleted', async () => {
    const a = await ok(core, 'settings.college.create', { name: '外语学院' })
    const b = await ok(core, 'settings.college.create', { name: '文学院' })
    const klass = await ok(core, 'settings.class.create', { collegeId: a.id, name: '英语1班', grade: '2025', advisorName: '王小明', advisorPhone: '138 0000 0000' })
    expect(klass).toEqual({ id: klass.id, collegeId: a.id, name: '英语1班', grade: '2025', advisorName: '王小明', advisorPhone: '138 0000 0000' })
    expect(await err(core, 'settings.class.create', { collegeId: a.id, name: '英语1班', ...noAdvisor })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.settings.classNameTaken',
      issues: [{ path: 'name', messageKey: 'errors.settings.classNameTaken' }]
    })
    const other = await ok(core, 'settings.class.create', { collegeId: b.id, name: '英语1班', ...noAdvisor })
    expect(other.collegeId).toBe(b.id)
    expect((await err(core, 'settings.class.create', { collegeId: randomUUID(), name: '孤儿班', ...noAdvisor })).code).toBe('NOT_FOUND')

    const updated = await ok(core, 'settings.class.update', { id: klass.id, name: '英语2班', grade: '2024', advisorName: '李四', advisorPhone: '' })
    expect(updated).toMatchObject({ name: '英语2班', grade: '2024', advisorName: '李四', advisorPhone: '', collegeId: a.id })
    // Its own name is no clash; another class's name in the same college is.
    expect((await ok(core, 'settings.class.update', { id: other.id, name: '英语1班', ...noAdvisor })).name).toBe('英语1班')
    const sibling = await ok(core, 'settings.class.create', { collegeId: b.id, name: '英语3班', ...noAdvisor })
    expect((await err(core, 'settings.class.update', { id: sibling.id, name: '英语1班', ...noAdvisor })).messageKey).toBe('errors.settings.classNameTaken')
    await ok(core, 'settings.class.delete', { id: sibling.id })

    expect(await err(core, 'settings.college.delete', { id: a.id })).toEqual({ code: 'CONFLICT', messageKey: 'errors.settings.collegeHasClasses' })
    expect(await ok(core, 'settings.class.delete', { id: klass.id })).toEqual({})
    expect((await err(core, 'settings.class.delete', { id: klass.id })).code).toBe('NOT_FOUND')
    expect(await ok(core, 'settings.college.delete', { id: a.id })).toEqual({})
    const tree = await ok(core, 'settings.org.get', {})
    expect(tree.find((c) => c.id === b.id)?.classes.map((c) => c.name)).toEqual(['英语1班'])
  })

  it('room CRUD: duplicate names refused; inactive rooms listed last', async () => {
    const room = await ok(core, 'settings.room.create', { name: '咨询室一', kind: 'counselling', location: '二楼', capacity: 2, active: true })
    expect(room).toEqual({ id: room.id, name: '咨询室一', kind: 'counselling', location: '二楼', capacity: 2, active: true })
    expect(await err(core, 'settings.room.create', { name: '咨询室一', kind: 'group', location: '', capacity: 8, active: true })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.settings.roomNameTaken',
      issues: [{ path: 'name', messageKey: 'errors.settings.roomNameTaken' }]
    })
    const group = await ok(core, 'settings.room.create', { name: '团体室', kind: 'group', location: '', capacity: 12, active: true })
    await ok(core, 'settings.room.create', { name: '沙盘室', kind: 'counselling', location: '', capacity: 1, active: true })
    const updated = await ok(core, 'settings.room.update', { id: room.id, name: '咨询室一', kind: 'remote', location: '', capacity: 1, active: false })
    expect(updated).toMatchObject({ kind: 'remote', active: false })
    expect((await err(core, 'settings.room.update', { id: group.id, name: '咨询室一', kind: 'group', location: '', capacity: 12, active: true })).messageKey).toBe(
      'errors.settings.roomNameTaken'
    )
    expect((await ok(core, 'settings.rooms.list', {})).map((r) => r.name)).toEqual(['沙盘室', '团体室', '咨询室一'])
    expect(await ok(core, 'settings.room.delete', { id: group.id })).toEqual({})
    expect((await ok(core, 'settings.rooms.list', {})).map((r) => r.name)).toEqual(['沙盘室', '咨询室一'])
    expect((await err(core, 'settings.room.delete', { id: group.id })).code).toBe('NOT_FOUND')
  })
})

describe('idle timeout', () => {
  beforeAll(async () => {
    expect((await ok(core, 'settings.security.get', {})).idleTimeoutMinutes).toBe(10)
    expect(await ok(core, 'settings.security.update', { idleTimeoutMinutes: 1 })).toEqual({ idleTimeoutMinutes: 1 })
    expect((await ok(core, 'app.status', {})).session?.idleTimeoutMinutes).toBe(1)
  })

  it('calls and auth.activity keep the session open', async () => {
    for (let i = 0; i < 3; i++) {
      core.clock.advance(60_000 + 29_000)
      await ok(core, 'auth.activity', {})
    }
    core.clock.advance(60_000 + 29_000)
    expect((await ok(core, 'settings.org.get', {})).map((c) => c.name)).toContain('化学学院')
    expect((await ok(core, 'app.status', {})).state).toBe('unlocked')
  })

  it('after the timeout plus 30 s without a call, the vault is locked and the lock audited as idle', async () => {
    core.clock.advance(60_000 + 31_000)
    expect(await err(core, 'settings.org.get', {})).toEqual({ code: 'LOCKED', messageKey: 'errors.locked' })
    expect((await ok(core, 'app.status', {})).state).toBe('locked')
    expect(await err(core, 'auth.activity', {})).toEqual({ code: 'LOCKED', messageKey: 'errors.locked' })

    const session = await loginAdmin(core)
    // The timeout is a setting: it survives the lock.
    expect(session.idleTimeoutMinutes).toBe(1)
    const rows = (await ok(core, 'audit.list', { pageSize: 3 })).rows
    expect(rows.map((r) => [r.action, r.summary])).toEqual([
      ['auth.login', null],
      ['auth.lock', '{"reason":"idle"}'],
      ['settings.security.update', '{"idleTimeoutMinutes":1}']
    ])
  })
})
