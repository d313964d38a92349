import { mkdirSync } from 'node:fs'
import { contract, isChannel, type Channel, type ChannelOutput } from '@shared/contract'
import type { CallError, CallResult } from '@shared/errors'
import { toFieldIssues } from '@shared/issues'
import { ACCESS } from '@shared/permissions'
import type { Role } from '@shared/roles'
import { registerApp } from './app'
import { registerAudit } from './audit/channels'
import { registerAuth } from './auth/channels'
import { endSession } from './auth/session'
import { systemClock, type Clock } from './clock'
import { CallContext } from './context'
import { AppError } from './errors'
import { Registry } from './registry'
import { lazyChromiumEngine } from './reports/lazyChromium'
import type { PdfEngine } from './reports/pdf'
import { registerSettings } from './settings/channels'
import { CoreState } from './state'
import { registerUsers } from './users/channels'
import { registerStudents } from './students/channels'
import { TimelineSources } from './students/timeline'
import { registerWatch } from './watch/channels'
import { registerAppointments } from './appointments/channels'
import { registerNotes } from './notes/channels'
import { registerAlerts } from './alerts/channels'
import { registerReferrals } from './referrals/channels'
import { registerScreening } from './screening/channels'
import { registerStats } from './stats/channels'
import { registerBackup } from './backup/channels'
import { dailyDue, dueOnQuit } from './backup/schedule'
import { runBackup, type BackupTrigger } from './backup/service'
import { readSetting } from './settings/store'
import { Vault } from './vault/vault'

export interface CoreOptions {
  dataDir: string
  clock?: Clock
  /**
   * Renders reports; the shell passes its own (Electron: printToPDF). Without one the core starts
   * headless Chromium on its first print. The core closes it in `close()`.
   */
  pdf?: PdfEngine
  /** How often the core looks for an idle session to lock (ms); the renderer locks first in practice. */
  idleCheckMs?: number
  /** How often the core looks whether the daily backup is due (ms). */
  backupCheckMs?: number
  /** The shell's folder dialog (Electron); browser mode has none and the admin types the path. */
  pickFolder?: () => Promise<string | null>
}

export interface Core {
  call<C extends Channel>(channel: C, input: unknown): Promise<CallResult<ChannelOutput<C>>>
  /** Any name from any sender: unknown channels are answered, not thrown. */
  callUntyped(channel: string, input: unknown): Promise<CallResult<unknown>>
  /** Makes the backup that is due on quit (if unlocked), locks the vault and stops timers; for app quit and tests. */
  close(): Promise<void>
}

/**
 * Channels answered without waiting for the call in progress: they read only memory (an import's
 * progress), never the database, so they cannot see or disturb another call's half-done work.
 */
const CONCURRENT: ReadonlySet<string> = new Set<Channel>(['screening.import.progress'])

/** The renderer locks at the timeout; the core locks a little after, in case the renderer is gone. */
const IDLE_GRACE_MS = 30_000

const fail = (code: CallError['code'], messageKey: string): { ok: false; error: CallError } => ({
  ok: false,
  error: { code, messageKey }
})

/**
 * The one entry point of every shell (Electron IPC, browser mode, CLI, tests): validate input,
 * check the session and the role, run the handler (its writes and audit rows in one
 * transaction), validate output. Calls run one at a time.
 */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const clock = options.clock ?? systemClock
  const state = new CoreState()
  const pdf = options.pdf ?? lazyChromiumEngine()
  const ctx = new CallContext(clock, new Vault(options.dataDir, clock), state, pdf)
  const registry = new Registry()
  registerApp(registry)
  registerAuth(registry)
  registerUsers(registry)
  registerAudit(registry)
  registerSettings(registry)
  const timeline = new TimelineSources()
  registerStudents(registry, timeline)
  registerWatch(registry, timeline)
  registerAppointments(registry, timeline)
  registerNotes(registry, timeline)
  registerAlerts(registry)
  registerReferrals(registry, timeline)
  registerScreening(registry, timeline)
  registerStats(registry)
  registerBackup(registry, { ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}) })
  registry.assertComplete()

  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }

  function lockIfIdle(): void {
    const session = state.session
    if (!session) return
    if (clock.now().getTime() - session.lastActivityMs > session.idleTimeoutMinutes * 60_000 + IDLE_GRACE_MS) {
      endSession(ctx, 'auth.lock', { reason: 'idle' })
    }
  }

  async function run(channel: string, raw: unknown): Promise<CallResult<unknown>> {
    if (!isChannel(channel)) return fail('VALIDATION', 'errors.unknownChannel')
    // A concurrent call may arrive while a long call is between its steps: it must not lock the vault under it.
    if (!CONCURRENT.has(channel)) lockIfIdle()
    const input = raw ?? {}
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', messageKey: 'errors.validation', issues: toFieldIssues(parsed.error, input) } }
    }
    const access = ACCESS[channel]
    if (access !== 'public') {
      const session = state.session
      if (!session) return state.hadSession ? fail('LOCKED', 'errors.locked') : fail('UNAUTHENTICATED', 'errors.unauthenticated')
      if (access !== 'session') {
        if (session.mustChangePassword) return fail('FORBIDDEN', 'errors.auth.mustChangePassword')
        if (!(access as readonly Role[]).includes(session.role)) {
          ctx.tx((t) => t.audit({ action: 'access.denied', entity: 'channel', entityId: channel, summary: { role: session.role } }))
          return fail('FORBIDDEN', 'errors.forbidden')
        }
      }
      if (!CONCURRENT.has(channel)) session.lastActivityMs = clock.now().getTime()
    }
    const handler = registry.get(channel)
    if (!handler) return fail('INTERNAL', 'errors.internal')
    const value = await handler(ctx, parsed.data)
    const output = contract[channel].output.safeParse(value)
    if (!output.success) {
      // Paths only: the values may be records.
      console.error(`[xinan] ${channel}: output does not match the contract at`, output.error.issues.map((i) => i.path.join('.')))
      return fail('INTERNAL', 'errors.internal')
    }
    return { ok: true, value: output.data }
  }

  async function guarded(channel: string, input: unknown): Promise<CallResult<unknown>> {
    try {
      return await run(channel, input)
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toCallError() }
      const refusal = constraintRefusal(error)
      if (refusal) return refusal
      logInternal(channel, error)
      return fail('INTERNAL', 'errors.internal')
    }
  }

  async function call(channel: string, input: unknown): Promise<CallResult<unknown>> {
    if (CONCURRENT.has(channel)) return guarded(channel, input)
    return serial(() => guarded(channel, input))
  }

  /**
   * The scheduled backups need the open database: they run while someone is signed in (a daily
   * time missed while locked runs the first minute after the next unlock). A failure is recorded
   * for the dashboard by runBackup; here it is only kept from stopping the timer.
   */
  function backupIf(due: typeof dailyDue, trigger: BackupTrigger): void {
    if (!state.session || !state.isOpen) return
    const { settings, status } = ctx.tx((t) => ({ settings: readSetting(t.orm, 'backup'), status: readSetting(t.orm, 'backupState') }))
    if (!due(settings, status, clock.now())) return
    try {
      runBackup(ctx, trigger)
    } catch (error) {
      if (!(error instanceof AppError)) logInternal(`backup.${trigger}`, error)
    }
  }
  const backupTimer = setInterval(
    () => void serial(async () => backupIf(dailyDue, 'daily')).catch((e: unknown) => logInternal('backup.daily', e)),
    options.backupCheckMs ?? 60_000
  )
  backupTimer.unref()

  const idleTimer = setInterval(() => void serial(async () => lockIfIdle()).catch((e: unknown) => logInternal('idle-lock', e)), options.idleCheckMs ?? 15_000)
  idleTimer.unref()

  return {
    call: call as Core['call'],
    callUntyped: call,
    close: () =>
      serial(async () => {
        clearInterval(idleTimer)
        clearInterval(backupTimer)
        try {
          try {
            backupIf(dueOnQuit, 'quit')
          } catch (error) {
            logInternal('backup.quit', error)
          }
          if (state.session) endSession(ctx, 'auth.lock', { reason: 'quit' })
          state.detach()
        } finally {
          await pdf.close()
        }
      })
  }
}

/**
 * The database's own guards, answered in words: a delete that other rows still point at, or a
 * second row where one must be unique (a service checks first; this covers a race or a
 * capability that forgot). The transaction has already rolled back.
 */
function constraintRefusal(error: unknown): { ok: false; error: CallError } | null {
  const code: unknown = (error as { code?: unknown } | null)?.code
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return fail('CONFLICT', 'errors.inUse')
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return fail('CONFLICT', 'errors.conflict')
  return null
}

/** Error name, SQLite code and stack frames; never the message, which may quote a record. */
function logInternal(channel: string, error: unknown): void {
  const e = error instanceof Error ? error : new Error('non-error thrown')
  const sqliteCode: unknown = (e as Error & { code?: unknown }).code
  const code = typeof sqliteCode === 'string' ? ` ${sqliteCode}` : ''
  const frames = (e.stack ?? '').split('\n').slice(1, 6).join('\n')
  console.error(`[xinan] ${channel} failed: ${e.name}${code}\n${frames}`)
}
