import { statSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { verifyAudit } from '../../../src/main/core/audit/log'
import { previewPurge, purgeExpired, vacuumAfterPurge, type PurgeCounts } from '../../../src/main/core/retention'
import { ConflictError } from '../../../src/main/core/errors'
import { dbPath } from '../../../src/main/core/vault/file'
import { ADMIN, loginAdmin, ok } from '../helpers/core'
import { auditRows, lastSeq, tableDigests, unwrapDek } from '../helpers/db'
import { readVault } from '../helpers/files'
import { decryptedVault, decryptWalFile, foundIn, inTx, trigramsOf, unlockedConnection } from './helpers'
import { KEPT, PURGED, setUpPurgeWorld, textsOf, type PurgeWorld } from './purgeWorld'

/** Ten years and a day after 司马琉璃 graduated (2026-11-02): her records are due. */
const TODAY = '2036-11-03'
const AT = '2036-11-03T02:00:00.000Z'

/**
 * The purged texts, whole, and every run of three of their characters that no kept text shares
 * (ASCII runs such as digits are too common to mean anything): a search index stores its terms
 * as such runs, so a trace left in an index shows up here even where no whole text does.
 */
function traces(plain: Buffer): string[] {
  const shared = new Set(textsOf(KEPT).flatMap(trigramsOf))
  // eslint-disable-next-line no-control-regex
  const own = textsOf(PURGED).flatMap(trigramsOf).filter((tri) => !shared.has(tri) && !/[\x00-\x7f]/.test(tri))
  return [...foundIn(plain, textsOf(PURGED)), ...foundIn(plain, own)]
}

describe('retention: a purge destroys an expired student’s whole record and leaves no trace in the file', () => {
  let w: PurgeWorld
  let dek: Buffer
  let vaultId: string
  let db: Database.Database
  let preview: PurgeCounts
  let purged: PurgeCounts
  let seqBefore: number

  beforeAll(async () => {
    w = await setUpPurgeWorld()
    await ok(w.core, 'auth.lock', { reason: 'button' })
    dek = await unwrapDek(w.core.dataDir, ADMIN.username, ADMIN.password)
    vaultId = readVault(w.core.dataDir).body.vaultId
    db = unlockedConnection(w.core.dataDir, dek, vaultId)
  })

  it('before: the test finds both students’ texts in the decrypted file (so it can see a trace)', () => {
    const plain = decryptedVault(w.core.dataDir, dek)
    expect(foundIn(plain, textsOf(PURGED))).toEqual(textsOf(PURGED))
    expect(foundIn(plain, textsOf(KEPT))).toEqual(textsOf(KEPT))
  })

  it('nothing is due the day before the ten years are up; preview writes nothing', () => {
    const before = tableDigests(db)
    const onTheDay = inTx(db, AT, (t) => previewPurge(t, '2036-11-02'))
    expect(onTheDay.cutoff).toBe('2026-11-02')
    expect(onTheDay.students).toBe(0)
    expect(Object.values(onTheDay.byTable).every((n) => n === 0)).toBe(true)
    preview = inTx(db, AT, (t) => previewPurge(t, TODAY))
    expect(tableDigests(db)).toEqual(before)
  })

  it('preview counts one student and every row of theirs, in every table (counts only)', () => {
    expect(preview).toEqual({
      cutoff: '2026-11-03',
      students: 1,
      byTable: {
        note_addenda: 1,
        crisis_alerts: 2, // the high-risk note and the PHQ-9 item 9
        notes: 2,
        referral_events: 3, // created, sent, a contact
        referrals: 1,
        screening_flags: 0,
        screening_results: 1,
        checklist_items: preview.byTable.checklist_items,
        watch_status: 1,
        tier_changes: 1,
        plan_revisions: 1,
        follow_ups: 1,
        review_decisions: 0,
        waitlist: 1,
        appointment_participants: 1,
        appointments: 1,
        appointment_series: 0
      }
    })
    expect(preview.byTable.checklist_items).toBeGreaterThan(0)
  })

  it('a purge confirmed for another number of students destroys nothing', () => {
    const before = tableDigests(db)
    expect(() => inTx(db, AT, (t) => purgeExpired(t, TODAY, 2))).toThrow(ConflictError)
    expect(tableDigests(db)).toEqual(before)
  })

  it('purge destroys what the preview counted and audits the counts, never a name or a text', () => {
    seqBefore = lastSeq(db)
    purged = inTx(db, AT, (t) => purgeExpired(t, TODAY, 1))
    expect(purged).toEqual(preview)
    const rows = auditRows(db, seqBefore)
    expect(rows.map((r) => [r.action, r.entity, r.entity_id])).toEqual([['retention.purge', 'retention', null]])
    expect(JSON.parse(rows[0]!.summary!)).toEqual({ cutoff: '2026-11-03', yearsAfterLeaving: 10, students: 1, ...preview.byTable })
    expect(verifyAudit(db).ok).toBe(true)
  })

  it('no row anywhere refers to the student, except the audit log (IDs only, by design)', () => {
    const hits: string[] = []
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log'").all() as { name: string }[]) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
        if (Object.values(row).some((v) => typeof v === 'string' && v.includes(w.purged))) hits.push(name)
      }
    }
    expect(hits).toEqual([])
    // The group session stays, with the others' seats.
    expect(db.prepare('SELECT student_id FROM appointment_participants ORDER BY student_id').all()).toEqual(
      [{ student_id: w.bystander }, { student_id: w.kept }].sort((a, b) => (a.student_id < b.student_id ? -1 : 1))
    )
  })

  it('once the WAL is checkpointed, before any VACUUM, the file holds no trace: secure_delete overwrote the rows and freed pages', () => {
    // What stays if the VACUUM after a purge never runs (the app is closed, the disk is full).
    db.pragma('wal_checkpoint(TRUNCATE)')
    expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(0)
    const plain = decryptedVault(w.core.dataDir, dek)
    expect(traces(plain)).toEqual([])
    expect(foundIn(plain, textsOf(KEPT))).toEqual(textsOf(KEPT))
  })

  it('after VACUUM: no free page, an empty WAL, no byte of the purged texts, not even a trigram; the kept ones are all there', () => {
    const sizeBefore = statSync(dbPath(w.core.dataDir)).size
    vacuumAfterPurge(db)
    expect(db.pragma('freelist_count', { simple: true })).toBe(0)
    expect(statSync(dbPath(w.core.dataDir)).size).toBeLessThan(sizeBefore)
    const wal = `${dbPath(w.core.dataDir)}-wal`
    expect(statSync(wal).size).toBe(0)
    expect(decryptWalFile(wal, dek).length).toBe(0)
    const plain = decryptedVault(w.core.dataDir, dek)
    expect(traces(plain)).toEqual([])
    expect(foundIn(plain, textsOf(KEPT))).toEqual(textsOf(KEPT))
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(verifyAudit(db).ok).toBe(true)
  })

  it('after the connection closes, still no trace; the app unlocks and both searches find the kept records', async () => {
    db.close()
    expect(traces(decryptedVault(w.core.dataDir, dek))).toEqual([])
    await loginAdmin(w.core)
    const byName = await ok(w.core, 'students.search', { q: KEPT.name, limit: 10 })
    expect(byName.map((s) => s.id)).toEqual([w.kept])
    expect(await ok(w.core, 'students.search', { q: PURGED.name, limit: 10 })).toEqual([])
    const notes = await ok(w.core, 'notes.search', { q: KEPT.addendum.slice(3), limit: 10 })
    expect(notes.map((n) => n.note.studentId)).toEqual([w.kept])
    expect((await ok(w.core, 'notes.search', { q: KEPT.riskNote, limit: 10 })).map((n) => n.note.studentId)).toEqual([w.kept])
    expect(await ok(w.core, 'notes.search', { q: PURGED.note.slice(0, 6), limit: 10 })).toEqual([])
    expect(await ok(w.core, 'audit.verify', {})).toMatchObject({ ok: true })
  })
})
