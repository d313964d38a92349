import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { openEncrypted } from '../../../src/main/core/db/open'
import { dbPath } from '../../../src/main/core/vault/file'
import { ADMIN, createUser, loginAdmin, newCore, ok, setUpCore, tempDir } from '../helpers/core'
import { track, unwrapDek } from '../helpers/db'
import { addStudent } from '../watch/helpers'
import { buildWriter, type WriterProgram } from './bundle'
import { Writer, type KillPlan } from './child'
import { withCopy } from './copy'
import { Ledger, problems } from './ledger'
import type { WriterJob } from './protocol'

/** CI kills at least this many times; XINAN_CRASH_KILLS runs more (or fewer) locally. */
const KILLS = Number(process.env.XINAN_CRASH_KILLS ?? 200)
/** Set to the seed a failure printed to replay its kill plan. */
const SEED = Number(process.env.XINAN_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))
/** A kill among the writes comes after one of the first this many lines (about ten transactions)… */
const LINES = 24
/** …and up to this long after it: anywhere in the next transaction, or its commit. */
const AFTER_LINE_MS = 6
/** Children started ahead (starting up while the current one runs and its crash is checked). */
const AHEAD = 2

/** mulberry32: a small seeded PRNG, so a failing kill plan can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/**
 * Crash safety: a process writing appointments and notes through the core (each act and its
 * audit row one transaction, WAL, synchronous=FULL) is SIGKILLed at random moments — during its
 * unlock, and between or inside its transactions — hundreds of times. After every kill the
 * database is sound, the audit chain verifies, every acknowledged write is there and every
 * transaction is whole; the next child unlocks over the leftover WAL; at the end the app itself
 * logs in.
 */
describe('SIGKILL at random moments', () => {
  let dataDir: string
  let dek: Buffer
  let job: Omit<WriterJob, 'run'>
  let program: WriterProgram

  beforeAll(async () => {
    const core = await setUpCore()
    dataDir = core.dataDir
    const studentIds = [await addStudent(core, { name: '张三' }), await addStudent(core, { name: '李四' }), await addStudent(core, { name: '王小明' })]
    const counsellor = await createUser(core, { username: 'zhanglaoshi', displayName: '张老师', role: 'counsellor' })
    await core.close()
    dek = await unwrapDek(dataDir, ADMIN.username, ADMIN.password)
    job = { dataDir, dekHex: dek.toString('hex'), counsellorId: counsellor.id, studentIds }
    program = await buildWriter(tempDir())
  })

  it('notices a lost write, a half-committed act and a broken audit chain (the checks bite)', async () => {
    // One child (its slots after the kill loop's), killed right after a note's signature.
    const outcome = await new Writer(program, { ...job, run: KILLS }).run({ from: 'line', line: 14, delayMs: 0 })
    expect(outcome).toMatchObject({ killed: true, signal: 'SIGKILL' })
    const ledger = new Ledger()
    for (const line of outcome.lines) ledger.record(line)
    expect(ledger.signed.size).toBeGreaterThan(0)
    const [booked] = [...ledger.booked]
    expect(withCopy(dataDir, dek, (db) => problems(db, ledger))).toEqual([])

    const lost = withCopy(dataDir, dek, (db) => {
      db.pragma('foreign_keys=OFF')
      db.prepare('DELETE FROM appointments WHERE id = ?').run(booked)
      return problems(db, ledger)
    })
    expect(lost).toContain(`acknowledged booking lost: ${booked}`)
    expect(lost).toContainEqual(expect.stringMatching(/^appointments\.book: \d+ rows but \d+ audit rows$/))

    // The act committed without its audit row (the last one: the chain itself still verifies).
    const half = withCopy(dataDir, dek, (db) => {
      db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)')
      return problems(db, ledger)
    })
    expect(half).toEqual([expect.stringMatching(/^[a-z.]+: \d+ rows but \d+ audit rows$/)])

    const rewritten = withCopy(dataDir, dek, (db) => {
      db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at = '2000-01-01T00:00:00.000Z' WHERE seq = 2")
      return problems(db, ledger)
    })
    expect(rewritten).toEqual(['audit chain broken: {"seq":2,"reason":"hash"}'])
  })

  it(`loses no acknowledged write and never corrupts the vault (${KILLS} kills)`, async () => {
    const random = prng(SEED)
    const ledger = new Ledger()
    const since = performance.now()
    let midTransaction = 0
    let beforeReady = 0
    let readyMs = 40
    const ahead: Writer[] = []
    let spawned = 0
    const startAhead = (): void => {
      while (ahead.length < AHEAD && spawned < KILLS) ahead.push(new Writer(program, { ...job, run: spawned++ }))
    }
    try {
      for (let run = 0; run < KILLS; run += 1) {
        startAhead()
        const writer = ahead.shift()!
        const plan: KillPlan =
          random() < 0.2
            ? // In the unlock: anywhere from `go` to a little past the usual `ready`.
              { from: 'go', delayMs: random() * readyMs * 1.2 }
            : { from: 'line', line: Math.floor(random() * LINES), delayMs: random() * AFTER_LINE_MS }
        const running = writer.run(plan)
        // The next children start meanwhile; each waits for `go` before it opens anything.
        startAhead()
        const outcome = await running
        const where = `run ${run} of seed ${SEED} (XINAN_CRASH_SEED=${SEED}), plan ${JSON.stringify(plan)}`
        if (!outcome.killed) throw new Error(`the writer ended on its own (code ${outcome.code}) in ${where}:\n${outcome.stderr}`)
        expect(outcome.signal, where).toBe('SIGKILL')
        if (outcome.readyMs === null) beforeReady += 1
        else readyMs = readyMs * 0.8 + outcome.readyMs * 0.2
        if (outcome.midTransaction) midTransaction += 1
        for (const line of outcome.lines) ledger.record(line)
        expect(withCopy(dataDir, dek, (db) => problems(db, ledger)), where).toEqual([])
      }
    } finally {
      for (const writer of ahead) writer.dispose()
    }
    const seconds = (performance.now() - since) / 1000
    console.info(
      `crash: ${KILLS} kills (${midTransaction} inside a transaction, ${beforeReady} before the vault was open), ` +
        `${ledger.acks} acknowledged writes, ${seconds.toFixed(1)} s, seed ${SEED}`
    )

    // The test bites only if the kills hit work: acknowledgements arrive, and many kills cut a
    // transaction short (or its commit), some before the unlock was done.
    expect(ledger.acks).toBeGreaterThanOrEqual(KILLS * 2)
    expect(ledger.signed.size).toBeGreaterThan(0)
    expect(midTransaction).toBeGreaterThanOrEqual(KILLS * 0.3)
    expect(beforeReady).toBeGreaterThanOrEqual(KILLS * 0.05)

    // The originals, leftovers and all, as the next start of the app finds them.
    const raw = track(openEncrypted(dbPath(dataDir), dek, { create: false }))
    expect(problems(raw, ledger)).toEqual([])
    raw.close()
    const core = newCore(dataDir)
    await loginAdmin(core)
    expect(await ok(core, 'audit.verify', {})).toMatchObject({ ok: true, firstBroken: null })
    await core.close()
    // Closed cleanly, the database is one file again: nothing left for a later open to replay.
    expect(existsSync(`${dbPath(dataDir)}-wal`)).toBe(false)
  }, Math.max(120_000, KILLS * 1_500))
})
