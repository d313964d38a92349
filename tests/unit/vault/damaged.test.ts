import { randomUUID } from 'node:crypto'
import { copyFileSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src/main/core/db/migrate'
import { ADMIN, CENTRE, copyDir, err, newCore, ok, setUpCore, type TestCore } from '../helpers/core'
import { openDb, unwrapDek } from '../helpers/db'
import { readVault, readVaultJson, snapshotDir, snapshotSigned, writeVaultJson } from '../helpers/files'

const DB = 'xinan.db'
const LOGIN = { username: ADMIN.username, password: ADMIN.password }

/**
 * Every way the data dir can be wrong: the core names what is wrong and changes no file.
 * Each case damages its own copy of one locked vault set up once.
 */
describe('a damaged or foreign data dir', () => {
  let template: string
  let otherVault: string
  let recoveryCode: string

  beforeAll(async () => {
    const core = await setUpCore()
    recoveryCode = (await ok(core, 'auth.recoveryCode.get', {})).code
    await core.close()
    template = core.dataDir
    const other = await setUpCore()
    await other.close()
    otherVault = other.dataDir
  })

  type Damage = (dir: string) => void | Promise<void>

  /** A copy of the vault, damaged by `damage`, with a fresh core on it and the files as they are now. */
  async function damaged(damage: Damage): Promise<{ core: TestCore; dir: string; before: Record<string, string> }> {
    const dir = copyDir(template)
    await damage(dir)
    return { core: newCore(dir), dir, before: snapshotDir(dir) }
  }

  async function expectBroken(core: TestCore, messageKey: string, code: string): Promise<void> {
    const status = await ok(core, 'app.status', {})
    expect(status).toMatchObject({ state: 'broken', centreName: null, session: null, problem: { code, messageKey } })
    expect(await err(core, 'auth.login', LOGIN)).toEqual({ code: 'INTERNAL', messageKey })
    // Setup never runs over a data dir that holds something.
    expect(await err(core, 'auth.setup', { centreName: CENTRE, admin: ADMIN })).toEqual({ code: 'INTERNAL', messageKey })
  }

  describe('(a) vault.json that is not a vault file', () => {
    const cases: [string, (dir: string) => void][] = [
      ['not JSON', (dir) => writeFileSync(join(dir, 'vault.json'), '{"format": "xinan-vault", "body": ')],
      ['JSON of the wrong shape', (dir) => writeVaultJson(dir, { format: 'xinan-vault', version: 1, slots: [] })],
      [
        'a field removed (mac)',
        (dir) => {
          const { mac: _mac, ...rest } = readVaultJson(dir)
          writeVaultJson(dir, rest)
        }
      ],
      [
        'a weakened KDF',
        (dir) => {
          const file = readVaultJson(dir)
          file.body.slots[0]!.kdf.N = 2 ** 10
          writeVaultJson(dir, file)
        }
      ]
    ]
    it.each(cases)('%s → broken, errors.vault.corrupt, nothing changed', async (_name, damage) => {
      const { core, dir, before } = await damaged(damage)
      await expectBroken(core, 'errors.vault.corrupt', 'VaultCorruptError')
      expect(snapshotDir(dir)).toEqual(before)
    })
  })

  it('(b) a changed byte in a slot’s wrapped key → invalid credentials for that slot (the attempt is counted)', async () => {
    const flip = (b64: string): string => (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1)
    const { core, dir } = await damaged((d) => {
      const file = readVaultJson(d)
      for (const slot of file.body.slots) slot.wrapped.ct = flip(slot.wrapped.ct)
      writeVaultJson(d, file)
    })
    const beforeSigned = snapshotSigned(dir)
    expect(await err(core, 'auth.login', LOGIN)).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'errors.auth.invalidCredentials' })
    expect(await err(core, 'auth.recover', { username: ADMIN.username, recoveryCode, newPassword: 'another long password' })).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'errors.auth.invalidRecoveryCode'
    })
    // Both attempts were counted: only the unsigned throttle/pendingAudit fields of vault.json
    // changed; its signed part and every other file are byte-identical.
    expect(snapshotSigned(dir)).toEqual(beforeSigned)
    const file = readVault(dir)
    expect(Object.values(file.throttle).map((t) => t.failures)).toEqual([1, 1])
    expect(file.pendingAudit.map((e) => e.action)).toEqual(['auth.login_failed', 'auth.recover_failed'])
  })

  describe('(c) a change to the signed body, with the right password → errors.vault.tampered', () => {
    const cases: [string, (dir: string) => void][] = [
      [
        'label edited',
        (dir) => {
          const file = readVaultJson(dir)
          file.body.label = '别的中心'
          writeVaultJson(dir, file)
        }
      ],
      [
        'a slot removed',
        (dir) => {
          const file = readVaultJson(dir)
          file.body.slots = file.body.slots.filter((s) => s.kind !== 'recovery')
          writeVaultJson(dir, file)
        }
      ],
      [
        'a slot added',
        (dir) => {
          const file = readVaultJson(dir)
          file.body.slots.push({ ...file.body.slots[0]!, id: randomUUID(), userId: randomUUID() })
          writeVaultJson(dir, file)
        }
      ],
      [
        'createdAt edited',
        (dir) => {
          const file = readVaultJson(dir)
          file.body.createdAt = '2020-01-01T00:00:00.000Z'
          writeVaultJson(dir, file)
        }
      ]
    ]
    it.each(cases)('%s', async (_name, damage) => {
      const { core, dir, before } = await damaged(damage)
      // Without the key the change cannot be seen: the login screen shows what the file says.
      expect((await ok(core, 'app.status', {})).state).toBe('locked')
      expect(await err(core, 'auth.login', LOGIN)).toEqual({ code: 'INTERNAL', messageKey: 'errors.vault.tampered' })
      expect((await ok(core, 'app.status', {})).session).toBeNull()
      // The right password was given, so no attempt was counted: every byte is as it was.
      expect(snapshotDir(dir)).toEqual(before)
    })
  })

  async function expectLoginRefused(damage: Damage, messageKey: string): Promise<void> {
    const { core, dir, before } = await damaged(damage)
    expect(await err(core, 'auth.login', LOGIN)).toEqual({ code: 'INTERNAL', messageKey })
    expect((await ok(core, 'app.status', {})).session).toBeNull()
    // The right password was given (no attempt counted): same names, same bytes.
    expect(snapshotDir(dir)).toEqual(before)
  }

  it('(d) a plain SQLite database in place of xinan.db → errors.vault.dbNotOurs', async () => {
    await expectLoginRefused((dir) => {
      rmSync(join(dir, DB))
      const plain = new Database(join(dir, DB))
      plain.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('vault_id', 'x')")
      plain.close()
      expect(readFileSync(join(dir, DB)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
    }, 'errors.vault.dbNotOurs')
  })

  it('(e) another vault’s xinan.db → errors.vault.dbNotOurs', async () => {
    await expectLoginRefused((dir) => copyFileSync(join(otherVault, DB), join(dir, DB)), 'errors.vault.dbNotOurs')
  })

  it.each([
    ['cut to half (whole pages)', (size: number) => Math.floor(size / 2 / 4096) * 4096],
    ['cut to a non-multiple of 4096', (size: number) => Math.floor(size / 2) + 100]
  ])('(f) a truncated xinan.db, %s → errors.vault.dbCorrupt', async (_name, cut) => {
    await expectLoginRefused((dir) => {
      const size = statSync(join(dir, DB)).size
      expect(size % 4096).toBe(0)
      truncateSync(join(dir, DB), cut(size))
    }, 'errors.vault.dbCorrupt')
  })

  it('(g) xinan.db missing → broken, errors.vault.dbMissing', async () => {
    const { core, dir, before } = await damaged((d) => rmSync(join(d, DB)))
    await expectBroken(core, 'errors.vault.dbMissing', 'DatabaseMissingError')
    expect(snapshotDir(dir)).toEqual(before)
  })

  it('(h) vault.json missing but xinan.db present → broken, errors.vault.missing; setup refused', async () => {
    const { core, dir, before } = await damaged((d) => rmSync(join(d, 'vault.json')))
    await expectBroken(core, 'errors.vault.missing', 'VaultFileMissingError')
    expect(snapshotDir(dir)).toEqual(before)
    expect(Object.keys(before)).toEqual([DB])
  })

  describe('a database this build cannot migrate', () => {
    /** Edits the database of a copy with the key, as an older/newer XinAn would have left it. */
    const withDb =
      (edit: (db: Database.Database) => void): Damage =>
      async (dir) => {
        const db = openDb(dir, await unwrapDek(dir, ADMIN.username, ADMIN.password))
        edit(db)
        db.close()
      }

    it('from a newer version → errors.vault.dbTooNew', async () => {
      const damage = withDb((db) =>
        db.prepare('INSERT INTO __xinan_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)').run(MIGRATIONS.length, '9999_future', 'f'.repeat(64), '2030-01-01T00:00:00.000Z')
      )
      await expectLoginRefused(damage, 'errors.vault.dbTooNew')
    })

    it('whose recorded migration differs from this build’s → errors.vault.migrationEdited', async () => {
      const damage = withDb((db) => db.prepare('UPDATE __xinan_migrations SET hash = ? WHERE idx = 0').run('e'.repeat(64)))
      await expectLoginRefused(damage, 'errors.vault.migrationEdited')
    })
  })
})
