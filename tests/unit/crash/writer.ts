/*
 * The child process of kill.test.ts: a counsellor's day written as fast as the disk allows, until
 * the parent kills it (SIGKILL: no exit handler, no close, no checkpoint). It opens the database
 * the way an unlock does (`connect`: quick_check, vault check, migrations, WAL, synchronous=FULL)
 * with the key the parent passes, so no key derivation runs per child, and writes through the
 * core's own services, each in one transaction with its audit row (CallContext.tx).
 *
 * Protocol on stdout, one line each (stdout to a pipe is synchronous on Linux, so a line is in
 * the pipe before the next statement runs):
 *   loaded                    started; waiting for `go` on stdin before touching the vault
 *   ready                     the database is open
 *   begin <act>               a transaction is about to start
 *   ack <act> <id> [<n>]      that transaction has committed
 *
 * Runs only from the startup snapshot bundle.ts makes of it; its job comes in XINAN_CRASH_JOB.
 */
import { startupSnapshot } from 'node:v8'
import { contract, type Channel } from '@shared/contract'
import { connect } from '../../../src/main/core/db/connection'
import { CallContext, type Tx } from '../../../src/main/core/context'
import { bookAppointment } from '../../../src/main/core/appointments/book'
import { attendAppointment } from '../../../src/main/core/appointments/cancel'
import { createNote } from '../../../src/main/core/notes/create'
import { saveDraft } from '../../../src/main/core/notes/draft'
import { signNote } from '../../../src/main/core/notes/sign'
import type { PdfEngine } from '../../../src/main/core/reports/pdf'
import type { ParsedInput } from '../../../src/main/core/registry'
import { CoreState, type Session } from '../../../src/main/core/state'
import { Vault } from '../../../src/main/core/vault/vault'
import { draftContent, SLOTS_PER_RUN, slotStart, type WriterJob } from './protocol'

const say = (line: string): void => void process.stdout.write(`${line}\n`)

/** Input as the channel layer hands it to a service: parsed by the channel's own schema. */
const parse = <C extends Channel>(channel: C, input: unknown): ParsedInput<C> => contract[channel].input.parse(input) as ParsedInput<C>

const noPdf: PdfEngine = {
  render: () => Promise.reject(new Error('no reports in the crash writer')),
  close: () => Promise.resolve()
}

async function main(): Promise<void> {
  const job = JSON.parse(process.env.XINAN_CRASH_JOB ?? '') as WriterJob
  // The parent starts the next child while it checks the last crash, and says `go` when the
  // vault is free again.
  say('loaded')
  await new Promise((resolve) => process.stdin.once('data', resolve))
  process.stdin.pause()

  // The centre's clock, a little later for every run and every call: created_at, audit `at`.
  let tick = 0
  const clock = { now: () => new Date(Date.parse('2026-11-02T01:00:00.000Z') + job.run * 60_000 + (tick += 1)) }
  const vault = new Vault(job.dataDir, clock)
  const dek = Buffer.from(job.dekHex, 'hex')
  const state = new CoreState()
  state.attach(connect(vault.dbPath, dek, vault.vaultId, { create: false, now: clock.now().toISOString() }), dek)
  const session: Session = {
    userId: job.counsellorId,
    username: 'zhanglaoshi',
    role: 'counsellor',
    mustChangePassword: false,
    idleTimeoutMinutes: 10,
    lastActivityMs: clock.now().getTime()
  }
  state.startSession(session)
  const ctx = new CallContext(clock, vault, state, noPdf)
  say('ready')

  /** One act in one transaction, announced before and acknowledged only after it committed. */
  const act = <T>(name: string, fn: (t: Tx) => T, ack: (value: T) => string): T => {
    say(`begin ${name}`)
    const value = ctx.tx(fn)
    say(`ack ${name} ${ack(value)}`)
    return value
  }

  for (let k = 0; k < SLOTS_PER_RUN; k += 1) {
    const studentId = job.studentIds[k % job.studentIds.length]!
    const booking = parse('appointments.book', {
      kind: 'counselling',
      studentId,
      counsellorId: job.counsellorId,
      roomId: null,
      start: slotStart(job.run, k),
      durationMinutes: 20,
      overrideReason: '补录'
    })
    const appointmentId = act('book', (t) => bookAppointment(t, session, booking)[0]!.id, (id) => id)
    act('attend', (t) => attendAppointment(t, session, appointmentId), () => appointmentId)
    const noteInput = parse('notes.create', { studentId, appointmentId, templateKey: 'session_soap' })
    const noteId = act('note', (t) => createNote(t, session, noteInput).id, (id) => id)
    for (let save = 1; save <= 3; save += 1) {
      const draft = parse('notes.saveDraft', { id: noteId, content: draftContent(save), categories: ['sleep'], risk: null, level: null, lowerReason: null, sensitive: false })
      act('draft', (t) => saveDraft(t, session, draft), () => `${noteId} ${save}`)
    }
    act('sign', (t) => signNote(t, session, noteId), () => noteId)
  }
  // Out of slots (a very slow kill): wait to be killed rather than end on its own.
  say('idle')
  setInterval(() => undefined, 60_000)
}

startupSnapshot.setDeserializeMainFunction(() => {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(3)
  })
})
