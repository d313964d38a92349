import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../src/main/core/util/canonicalJson'
import { ADMIN, createUser, loginAdmin, ok, setUpCore, type TestCore } from '../helpers/core'
import { auditRows, lastSeq, openDb, unwrapDek, type AuditRow } from '../helpers/db'

/** DESIGN.md: hash = sha256(prev_hash ‖ canonical JSON of the row), computed here independently. */
const expectedHash = (row: AuditRow): string =>
  createHash('sha256')
    .update(row.prev_hash)
    .update(
      canonicalJson({
        seq: row.seq,
        at: row.at,
        userId: row.user_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        summary: row.summary
      })
    )
    .digest('hex')

describe('the audit log', () => {
  let core: TestCore
  /** A second connection with the key: what an attacker who knows a password could do. */
  let raw: Database.Database

  beforeAll(async () => {
    core = await setUpCore()
    raw = openDb(core.dataDir, await unwrapDek(core.dataDir, ADMIN.username, ADMIN.password))
  })

  it('is a hash chain that verifies after many acts', async () => {
    for (let i = 0; i < 15; i++) {
      const college = await ok(core, 'settings.college.create', { name: `学院${i}` })
      await ok(core, 'settings.college.update', { id: college.id, name: `学院${i}号` })
      await ok(core, 'settings.class.create', { collegeId: college.id, name: '1班', grade: '', advisorName: '', advisorPhone: '' })
    }
    await ok(core, 'settings.security.update', { idleTimeoutMinutes: 20 })
    await ok(core, 'audit.list', {})
    const rows = auditRows(raw)
    expect(rows.length).toBeGreaterThanOrEqual(50)
    rows.forEach((row, i) => {
      expect(row.seq).toBe(i + 1)
      expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash)
      expect(row.hash).toBe(expectedHash(row))
    })
    expect(await ok(core, 'audit.verify', {})).toEqual({ ok: true, checked: rows.length, firstBroken: null })
    // The check is itself audited, and chained on.
    const verifyRow = auditRows(raw, rows.length)
    expect(verifyRow.map((r) => [r.action, r.summary])).toEqual([['audit.verify', `{"brokenSeq":null,"checked":${rows.length},"ok":true}`]])
  })

  it('refuses UPDATE, DELETE and REPLACE through a connection opened as the app opens it (with the key)', () => {
    const before = auditRows(raw)
    expect(() => raw.prepare("UPDATE audit_log SET summary = '{}' WHERE seq = 3").run()).toThrow(/append-only/)
    expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/)
    expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(() =>
      raw.prepare("INSERT INTO audit_log (seq, at, action, prev_hash, hash) VALUES (3, 'x', 'x', 'x', 'x') ON CONFLICT (seq) DO UPDATE SET action = 'forged'").run()
    ).toThrow(/append-only/)
    // REPLACE deletes the old row without firing DELETE triggers unless recursive_triggers is on.
    expect(() => raw.prepare("INSERT OR REPLACE INTO audit_log (seq, at, action, prev_hash, hash) VALUES (3, 'x', 'forged', 'x', 'x')").run()).toThrow(
      /append-only/
    )
    expect(auditRows(raw)).toEqual(before)
  })

  it('holds no names: IDs and kinds of act only', async () => {
    const user = await createUser(core, { username: 'zhangsf', displayName: '张三丰', role: 'counsellor' })
    await ok(core, 'users.update', { id: user.id, displayName: '张三丰', role: 'assistant' })
    await ok(core, 'users.resetPassword', { id: user.id, firstPassword: 'zhangsf temporary 2' })
    await ok(core, 'users.deactivate', { id: user.id })
    await ok(core, 'users.reactivate', { id: user.id, firstPassword: 'zhangsf temporary 3' })
    await ok(core, 'settings.room.create', { name: '沙盘室', kind: 'group', location: '东楼', capacity: 6, active: true })
    await ok(core, 'settings.centre.update', { name: '心安示范中心', address: '图书馆', phone: '', logo: null })
    await ok(core, 'audit.list', { userId: user.id })

    const rows = auditRows(raw)
    const text = JSON.stringify(rows)
    for (const name of ['张三丰', 'zhangsf', ADMIN.username, ADMIN.displayName, '沙盘室', '东楼', '心安示范中心', '图书馆', '学院0']) {
      expect(text, name).not.toContain(name)
    }
    const ofUser = rows.filter((r) => r.entity_id === user.id).map((r) => r.action)
    expect(ofUser).toEqual(['users.create', 'users.role_changed', 'users.password_reset', 'users.deactivate', 'users.reactivate'])
  })

  it('lists by action, user and local calendar day (UTC+8), newest first, a page at a time', async () => {
    const all = await ok(core, 'audit.list', { pageSize: 500 })
    expect(all.rows.map((r) => r.seq)).toEqual([...all.rows.map((r) => r.seq)].sort((a, b) => b - a))
    const creates = await ok(core, 'audit.list', { action: 'settings.college.create', pageSize: 10, page: 2 })
    expect(creates.total).toBe(15)
    expect(creates.rows).toHaveLength(5)
    expect(creates.rows.every((r) => r.action === 'settings.college.create' && r.userName === ADMIN.displayName)).toBe(true)

    // 01:00 UTC is 09:00 in Beijing: everything so far happened on the local 2 November.
    const day = await ok(core, 'audit.list', { from: '2026-11-02', to: '2026-11-02', pageSize: 1 })
    // (The list's own row is written after it counts.)
    expect(day.total).toBe(lastSeq(raw) - 1)
    expect((await ok(core, 'audit.list', { to: '2026-11-01' })).total).toBe(0)
    // 16:00 UTC on 2 November is already 3 November in Beijing.
    core.clock.advance(15 * 3600_000)
    await loginAdmin(core) // the idle timeout locked the vault meanwhile
    await ok(core, 'settings.college.create', { name: '次日学院' })
    const nextDay = await ok(core, 'audit.list', { from: '2026-11-03', action: 'settings.college.create' })
    expect(nextDay.rows.map((r) => [r.action, r.at])).toEqual([['settings.college.create', '2026-11-02T16:00:00.000Z']])
    const actions = await ok(core, 'audit.actions', {})
    expect(actions).toEqual([...new Set(auditRows(raw).map((r) => r.action))].sort())
  })

  describe('after an attacker with the key drops the triggers', () => {
    let target: AuditRow

    beforeAll(() => {
      raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')
      target = auditRows(raw)[9]!
      expect(target.seq).toBe(10)
    })

    const restore = (): void => {
      raw.prepare('UPDATE audit_log SET summary = ?, hash = ? WHERE seq = ?').run(target.summary, target.hash, target.seq)
    }

    it('an edited summary is found: that row, reason hash', async () => {
      raw.prepare('UPDATE audit_log SET summary = ? WHERE seq = ?').run('{"collegeId":"forged"}', target.seq)
      expect(await ok(core, 'audit.verify', {})).toEqual({ ok: false, checked: 9, firstBroken: { seq: 10, reason: 'hash' } })
      restore()
      expect((await ok(core, 'audit.verify', {})).ok).toBe(true)
    })

    it('an edited row with its hash recomputed breaks the link of the next row', async () => {
      const forged = { ...target, summary: '{"collegeId":"forged"}' }
      raw.prepare('UPDATE audit_log SET summary = ?, hash = ? WHERE seq = ?').run(forged.summary, expectedHash(forged), target.seq)
      expect(await ok(core, 'audit.verify', {})).toEqual({ ok: false, checked: 10, firstBroken: { seq: 11, reason: 'link' } })
      restore()
      expect((await ok(core, 'audit.verify', {})).ok).toBe(true)
    })

    it('a deleted middle row leaves a gap', async () => {
      const total = lastSeq(raw)
      raw.prepare('DELETE FROM audit_log WHERE seq = ?').run(target.seq)
      expect(await ok(core, 'audit.verify', {})).toEqual({ ok: false, checked: 9, firstBroken: { seq: 11, reason: 'gap' } })
      // The failed check is itself on the log, with the row it found.
      const last = auditRows(raw, total).at(-1)!
      expect([last.action, last.summary]).toEqual(['audit.verify', '{"brokenSeq":11,"checked":9,"ok":false}'])
    })
  })
})
