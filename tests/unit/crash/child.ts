import { spawn, type ChildProcess } from 'node:child_process'
import type { WriterProgram } from './bundle'
import type { WriterJob } from './protocol'

/**
 * When to kill: a delay after `go` (lands in the unlock: open, WAL recovery, checks, migrations),
 * or a delay after the child's `line`-th line from `ready` on (0: `ready` itself) — counted in
 * lines, not milliseconds, so that the kills land among the writes however slow the machine.
 */
export type KillPlan = { from: 'go'; delayMs: number } | { from: 'line'; line: number; delayMs: number }

export interface Outcome {
  /** Whole lines the child wrote before it died (a torn last line is dropped). */
  lines: string[]
  /** The kill landed after a `begin` whose `ack` never came: mid-transaction (or its commit). */
  midTransaction: boolean
  /** `go` to `ready` (ms), if it got there. */
  readyMs: number | null
  killed: boolean
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

/**
 * One writer process (writer.ts, started from its snapshot). It is started ahead and waits; `run`
 * lets it at the vault and SIGKILLs it as planned, and resolves once every byte the child wrote
 * has been read (stdio closed), so no acknowledgement still in the pipe is missed. A child that
 * ends before the kill resolves with `killed: false`: the test fails on it (it could not open
 * the vault, or a write threw).
 */
export class Writer {
  private readonly child: ChildProcess
  private readonly lines: string[] = []
  private pending = ''
  private stderr = ''
  private readonly loaded: Promise<void>
  private readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private wentAt = 0
  private readyMs: number | null = null
  /** Lines since `ready` (−1: not ready yet). */
  private sinceReady = -1
  private plan: KillPlan | null = null
  private timer: NodeJS.Timeout | undefined
  private killed = false

  constructor(program: WriterProgram, job: WriterJob) {
    this.child = spawn(process.execPath, ['--snapshot-blob', program.blob], {
      env: { ...process.env, ...program.env, XINAN_CRASH_JOB: JSON.stringify(job) },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let loaded: () => void = () => undefined
    this.loaded = new Promise((resolve) => (loaded = resolve))
    this.closed = new Promise((resolve) => {
      // A child that could not be started at all ends like one that died on its own.
      this.child.on('error', (error) => {
        this.stderr += `${error.message}\n`
        loaded()
        resolve({ code: null, signal: null })
      })
      this.child.on('close', (code, signal) => {
        clearTimeout(this.timer)
        loaded()
        resolve({ code, signal })
      })
    })
    this.child.stdout!.on('data', (chunk: Buffer) => {
      const parts = (this.pending + chunk.toString('utf8')).split('\n')
      this.pending = parts.pop()!
      for (const line of parts) {
        this.lines.push(line)
        if (line === 'loaded') loaded()
        if (line === 'ready') this.readyMs = performance.now() - this.wentAt
        if (this.readyMs !== null) this.sinceReady += 1
        if (this.plan?.from === 'line' && this.sinceReady === this.plan.line) this.arm(this.plan.delayMs)
      }
    })
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
    // A child that died before `go` must not fail the write to its stdin as well.
    this.child.stdin!.on('error', () => undefined)
  }

  async run(plan: KillPlan): Promise<Outcome> {
    await this.loaded
    this.plan = plan
    this.wentAt = performance.now()
    this.child.stdin!.end('go\n')
    if (plan.from === 'go') this.arm(plan.delayMs)
    const { code, signal } = await this.closed
    const lines = this.lines.filter((l) => l !== 'loaded')
    const last = lines.at(-1) ?? ''
    return { lines, midTransaction: last.startsWith('begin '), readyMs: this.readyMs, killed: this.killed, code, signal, stderr: this.stderr }
  }

  /** Ends a child that will not be run (the test stopped early). */
  dispose(): void {
    this.kill()
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => this.kill(), delayMs)
  }

  private kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.killed = this.child.kill('SIGKILL')
  }
}
