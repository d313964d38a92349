import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { createUser, loginAdmin, newCore, ok, setUpCore, TestClock, type TestUser } from '../helpers/core'
import { auditRows, openDb, unwrapDek } from '../helpers/db'
import { loginAs } from '../students/fixtures'
import { addStudent } from '../watch/helpers'
import { SAVES, typedText } from './fixtures/typing'

const LAUNCHER = fileURLToPath(new URL('./fixtures/launchTyper.ts', import.meta.url))
/** The save after which the child is killed. */
const KILL_AFTER = 25

interface Crash {
  noteId: string
  /** The last `saved <n>` line the parent read before the kill. */
  acknowledged: number
  signal: NodeJS.Signals | null
}

/**
 * Runs the typing counsellor in a child process and kills it (SIGKILL) as soon as it reports
 * save `killAfter` as committed. Rejects if the child ends on its own (it must not get that far).
 */
function typeUntilKilled(dataDir: string, user: TestUser, studentId: string, killAfter: number): Promise<Crash> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, dataDir, user.username, user.password, studentId], { stdio: ['ignore', 'pipe', 'pipe'] })
    let noteId = ''
    let acknowledged = 0
    let killed = false
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (killed) return
      const created = /^created (\S+)$/.exec(line)
      if (created) noteId = created[1]!
      const saved = /^saved (\d+)$/.exec(line)
      if (saved) acknowledged = Number(saved[1])
      if (acknowledged === killAfter) {
        killed = child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (!killed) reject(new Error(`the child ended on its own (after save ${acknowledged}): ${stderr}`))
      else resolve({ noteId, acknowledged, signal })
    })
  })
}

/**
 * Nothing typed is lost by a crash: a real child process writes a draft save after save into a
 * real encrypted vault and is killed between two of them; a new core on the same data dir then
 * finds the draft with the text of the last acknowledged save (or a later one), whole.
 */
describe('drafts survive a crash of the process', () => {
  let dataDir: string
  let counsellor: TestUser
  let studentId: string

  beforeAll(async () => {
    // The child runs on the real clock: so does this side.
    const core = await setUpCore(new TestClock(Date.now()))
    dataDir = core.dataDir
    studentId = await addStudent(core, { name: '张三' })
    counsellor = await createUser(core, { username: 'zhanglaoshi', displayName: '张老师', role: 'counsellor' })
    await ok(core, 'auth.lock', { reason: 'button' })
    // The first login sets the counsellor's own password, so the child can work straight away.
    await loginAs(core, counsellor)
    await core.close()
  })

  it('keeps the draft as of the last committed save after SIGKILL, and the vault checks out', async () => {
    const crash = await typeUntilKilled(dataDir, counsellor, studentId, KILL_AFTER)
    expect(crash).toMatchObject({ acknowledged: KILL_AFTER, signal: 'SIGKILL' })
    expect(crash.noteId).toMatch(/^[0-9a-f-]{36}$/)

    // The file as the crash left it: intact, the draft whole (both fields from one save).
    const raw = openDb(dataDir, await unwrapDek(dataDir, counsellor.username, counsellor.password))
    expect(raw.pragma('quick_check')).toEqual([{ quick_check: 'ok' }])
    const row = raw.prepare('SELECT status, author_id, content FROM notes WHERE id = ?').get(crash.noteId) as { status: string; author_id: string; content: string }
    expect(row).toMatchObject({ status: 'draft', author_id: counsellor.id })
    const content = JSON.parse(row.content) as { subjective: string; objective: string }
    const saves = content.subjective.length
    expect(saves).toBeGreaterThanOrEqual(KILL_AFTER)
    expect(saves).toBeLessThan(SAVES)
    expect(content).toEqual({ subjective: typedText(saves), objective: `第 ${saves} 次保存` })
    // Each save and its audit row were one transaction: as many rows as saves, no more, no fewer.
    expect(auditRows(raw).filter((r) => r.action === 'notes.draft.save' && r.entity_id === crash.noteId)).toHaveLength(saves)

    // The next login finds it among the counsellor's drafts.
    const core = newCore(dataDir, new TestClock(Date.now()))
    await loginAs(core, counsellor)
    const drafts = await ok(core, 'notes.myDrafts', {})
    expect(drafts.map((d) => [d.id, d.studentName, d.status])).toEqual([[crash.noteId, '张三', 'draft']])
    const note = await ok(core, 'notes.get', { id: crash.noteId })
    expect(note.content).toEqual({ subjective: typedText(saves), objective: `第 ${saves} 次保存` })
    expect(note.categories).toEqual(['sleep'])
    // The draft goes on from there, and the hash chain holds over the crash.
    await ok(core, 'notes.saveDraft', { id: crash.noteId, content: { subjective: typedText(saves + 1) }, categories: ['sleep'], risk: null, level: null, lowerReason: null, sensitive: false })
    await ok(core, 'auth.lock', { reason: 'button' })
    await loginAdmin(core)
    expect(await ok(core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null })
  }, 180_000)
})
