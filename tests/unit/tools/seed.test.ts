import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore } from '../../../src/main/core/core'
import { callOrThrow } from '../../../src/main/tools/coreCall'
import {
  rawKeyFromRecoveryCode,
  sqlcipherShellCommands,
  verifyAuditWithRecoveryCode,
  WrongRecoveryCodeError
} from '../../../src/main/tools/recoveryKey'
import { SeedRefusedError, seedCollege, type SeedSummary } from '../../../src/main/tools/seedCollege'
import { COLLEGES } from '../../../src/main/tools/synthetic/colleges'
import { planOrg } from '../../../src/main/tools/synthetic/org'

const PASSWORD = 'demo-password-1'
let root: string
let dataDir: string
let seeded: SeedSummary

// One seed for the whole file: it runs 17 real scrypt derivations (setup, recovery, 15 staff).
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinan-seed-test-'))
  dataDir = join(root, 'data')
  // Built in a staging dir and copied over, as --staging-dir does (the other seed tests write in place).
  seeded = await seedCollege({ dataDir, password: PASSWORD, students: 200, seed: 1, stagingDir: join(root, 'staging') })
}, 240_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('seedCollege', () => {
  it('builds a vault the admin can log into, with the planned org tree and staff', async () => {
    const core = createCore({ dataDir, idleCheckMs: 3_600_000 })
    try {
      const session = await callOrThrow(core, 'auth.login', { username: 'admin', password: PASSWORD })
      expect(session.user.role).toBe('admin')
      expect(session.recoveryPending).toBe(false)

      const tree = await callOrThrow(core, 'settings.org.get', {})
      expect(tree.map((c) => c.name).sort()).toEqual(COLLEGES.map((c) => c.name).sort())
      const planned = planOrg({ students: 200, seed: 1 })
      for (const { college, classes } of planned) {
        const stored = tree.find((c) => c.name === college.name)
        expect(stored?.classes.map((k) => k.name).sort()).toEqual(classes.map((k) => k.name).sort())
      }
      const first = tree.flatMap((c) => c.classes)[0]
      expect(first?.advisorName).not.toBe('')
      expect(first?.advisorPhone).toMatch(/^1380000\d{4}$/)

      const users = await callOrThrow(core, 'users.list', {})
      expect(users).toHaveLength(16)
      const staff = users.filter((u) => u.role !== 'admin')
      expect(staff).toHaveLength(15)
      expect(staff.every((u) => u.mustChangePassword)).toBe(true)
      expect((await callOrThrow(core, 'settings.rooms.list', {})).map((r) => r.name)).toContain('个体咨询室4')
      expect((await callOrThrow(core, 'settings.centre.get', {})).phone).toMatch(/^0571-8000\d{4}$/)
      expect((await callOrThrow(core, 'audit.verify', {})).ok).toBe(true)

      // The autumn screening: every student's PHQ-9 and GAD-7, imported as one file into one round.
      const [round, ...others] = await callOrThrow(core, 'screening.rounds.list', {})
      expect(others).toEqual([])
      expect(round).toMatchObject({ name: seeded.screening.round, date: seeded.screening.date, imports: 1, screened: 200, flagged: seeded.screening.flagged })
      expect(seeded.screening.students).toBe(200)
      expect(seeded.screening.flagged).toBeGreaterThan(0)
      expect(await callOrThrow(core, 'screening.platforms.list', {})).toHaveLength(1)
    } finally {
      await core.close()
    }
    expect(seeded.students.stored).toBe(200)
    expect(seeded.classes).toBe(14)
    expect(seeded.dataDir).toBe(dataDir)
    expect(readdirSync(join(root, 'staging'))).toEqual([])
  })

  it('sets every counsellor\'s weekly hours, some leave and a waitlist, and books no appointment by default', async () => {
    const core = createCore({ dataDir, idleCheckMs: 3_600_000 })
    try {
      await callOrThrow(core, 'auth.login', { username: 'admin', password: PASSWORD })
      const clinical = (await callOrThrow(core, 'users.list', {})).filter((u) => u.role === 'counsellor' || u.role === 'part_time')
      expect(clinical).toHaveLength(13)
      for (const u of clinical) expect((await callOrThrow(core, 'appointments.availability.get', { userId: u.id })).slots.length).toBeGreaterThan(0)
      expect(await callOrThrow(core, 'appointments.waitlist.list', {})).toHaveLength(20)
      const today = new Date().toISOString().slice(0, 10)
      const week = await callOrThrow(core, 'appointments.calendar', { from: today, to: today, includeCancelled: true })
      expect(week.appointments).toEqual([])
    } finally {
      await core.close()
    }
    expect(seeded.appointments.appointments).toBe(0)
    expect(seeded.appointments.exceptions).toBeGreaterThan(0)
  })

  it('refuses a data dir that already holds a vault', async () => {
    await expect(seedCollege({ dataDir, password: PASSWORD, students: 200 })).rejects.toBeInstanceOf(SeedRefusedError)
    await expect(seedCollege({ dataDir, password: PASSWORD, students: 200, stagingDir: join(root, 'staging') })).rejects.toBeInstanceOf(SeedRefusedError)
  })
})

describe('recovery-code tools', () => {
  it('print-key returns a key that opens xinan.db with the printed PRAGMA', async () => {
    const key = await rawKeyFromRecoveryCode(dataDir, seeded.recoveryCode.toLowerCase())
    expect(key.rawKey).toMatch(/^x'[0-9a-f]{64}'$/)
    expect(key.dbPath).toBe(join(dataDir, 'xinan.db'))
    const commands = sqlcipherShellCommands(key)
    const keyLine = commands.split('\n').find((l) => l.startsWith('PRAGMA key'))
    expect(keyLine).toBe(`PRAGMA key = "${key.rawKey}";`)

    // SQLite3MultipleCiphers in SQLCipher 4 mode stands in for the stock sqlcipher 4 shell.
    const db = new Database(key.dbPath, { fileMustExist: true, readonly: true })
    try {
      db.exec(`PRAGMA cipher = 'sqlcipher'; PRAGMA legacy = 4;`)
      db.exec(keyLine ?? '')
      expect(db.prepare('SELECT count(*) AS n FROM classes').get()).toEqual({ n: 14 })
      expect(db.prepare("SELECT username FROM users WHERE role = 'admin'").get()).toEqual({ username: 'admin' })
    } finally {
      db.close()
    }
  })

  it('verify-audit walks the chain with the recovery code', async () => {
    const result = await verifyAuditWithRecoveryCode(dataDir, seeded.recoveryCode)
    expect(result.ok).toBe(true)
    expect(result.checked).toBeGreaterThan(30)
  })

  it('a wrong code opens nothing', async () => {
    await expect(rawKeyFromRecoveryCode(dataDir, 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ')).rejects.toBeInstanceOf(WrongRecoveryCodeError)
  })
})
