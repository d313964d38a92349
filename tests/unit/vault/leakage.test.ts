import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, CENTRE, createUser, ok, setUpCore, type TestCore, type TestUser } from '../helpers/core'
import { readAllFiles, readVault } from '../helpers/files'

/** Every encoding a string could be written in by accident. */
function encodings(text: string): Buffer[] {
  const utf16be = Buffer.from(text, 'utf16le').swap16()
  const jsonEscaped = JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), utf16be, Buffer.from(jsonEscaped, 'utf8')]
}

const countOf = (haystack: Buffer, needle: Buffer): number => {
  let n = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n += 1
  return n
}

/** Nothing a person typed is readable in any file of the data dir, open or locked. */
describe('what the data dir gives away', () => {
  let core: TestCore
  let user: TestUser
  let secrets: string[]

  beforeAll(async () => {
    core = await setUpCore()
    user = await createUser(core, { username: 'zhangsf', displayName: '张三丰', role: 'counsellor' })
    const college = await ok(core, 'settings.college.create', { name: '心理学院' })
    await ok(core, 'settings.class.create', { collegeId: college.id, name: '应用心理1班', grade: '2025', advisorName: '李四光', advisorPhone: '13800001234' })
    await ok(core, 'settings.centre.update', { name: CENTRE, address: '图书馆三楼东侧', phone: '010-62750000', logo: null })
    const code = (await ok(core, 'auth.recoveryCode.get', {})).code
    secrets = [
      ADMIN.password,
      ADMIN.username,
      ADMIN.displayName,
      user.password,
      user.username,
      user.displayName,
      '心理学院',
      '应用心理1班',
      '李四光',
      '13800001234',
      '图书馆三楼东侧',
      code,
      code.replace(/-/g, '')
    ]
  })

  function expectNothingReadable(): void {
    const files = readAllFiles(core.dataDir)
    expect([...files.keys()]).toContain('xinan.db')
    for (const [name, bytes] of files) {
      for (const secret of secrets) {
        for (const encoded of encodings(secret)) {
          expect(countOf(bytes, encoded), `${secret} in ${name}`).toBe(0)
        }
      }
      // The centre's name is on the login screen, so vault.json's label holds it: only there.
      const centreCount = encodings(CENTRE).reduce((n, e) => n + countOf(bytes, e), 0)
      expect(centreCount, `centre name in ${name}`).toBe(name === 'vault.json' ? 1 : 0)
    }
    expect(readVault(core.dataDir).body.label).toBe(CENTRE)

    // 64 hex digits is how a key would look (SQLCipher's raw key is x'<64 hex>'); the only
    // such runs are vault.json's HMACs (its mac and the username lookups).
    const vault = readVault(core.dataDir)
    const hmacs = new Set([vault.mac, ...vault.body.slots.map((s) => s.lookup).filter((l): l is string => l !== null)])
    for (const [name, bytes] of files) {
      const runs = bytes.toString('latin1').match(/[0-9a-fA-F]{64,}/g) ?? []
      if (name === 'vault.json') expect(new Set(runs)).toEqual(hmacs)
      else expect(runs, name).toEqual([])
    }
    expect(files.get('xinan.db')!.subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3')
  }

  it('while the vault is open (with its -wal and -shm)', () => {
    const names = [...readAllFiles(core.dataDir).keys()].sort()
    expect(names).toEqual(['vault.json', 'xinan.db', 'xinan.db-shm', 'xinan.db-wal'])
    expectNothingReadable()
  })

  it('after lock', async () => {
    await ok(core, 'auth.lock', {})
    expectNothingReadable()
  })

  it('xinan.db cannot be read without the key', () => {
    const plain = new Database(join(core.dataDir, 'xinan.db'), { readonly: true, fileMustExist: true })
    try {
      expect(() => plain.prepare('SELECT name FROM sqlite_master').all()).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }))
    } finally {
      plain.close()
    }
  })
})
