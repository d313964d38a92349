import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { type CentreSetup, rpcFor, setUpCentreOver, strictRpc, type Rpc } from './rpc'

export interface XinAnServer {
  url: string
  dataDir: string
}

/** A server whose centre was set up (and its recovery code confirmed) over HTTP; `rpc` acts as its admin. */
export interface CentreServer extends XinAnServer {
  rpc: Rpc
}

/**
 * Each server is a new Node process that loads the whole core (~2 s of CPU); Node's compile cache
 * keeps the compiled code between them. The cache checks each file's hash, so a rebuild is safe.
 */
const COMPILE_CACHE = join(tmpdir(), 'xinan-e2e-compile-cache')

/** Starts browser mode on its own data dir and a free port; prints nothing unless it fails. */
export async function startServer(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['out/main/web.js', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { NODE_COMPILE_CACHE: COMPILE_CACHE, ...process.env }
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 60_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)))
  })
  return { url, process: child }
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
/** axe-core as @axe-core/playwright loads it: the same copy, so the same version and rules. */
const AXE_SOURCE = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source

interface Violation {
  id: string
  impact?: string | null
  help: string
  targets: string[]
}

/**
 * axe run in the page itself. AxeBuilder would inject axe-core again on every check and finish
 * each run in a new blank page (~1.5 s a check); here axe-core is injected once per document (it
 * stays across the app's in-page navigation; a reload drops it) and runs the same WCAG rules in
 * place. `resultTypes` only trims the passes the check never reads; violations are complete.
 */
async function violationsInPage(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (tags) => {
    type Run = (context: Document, options: object) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }>
    const run = (window as unknown as { axe: { run: Run } }).axe.run
    const { violations } = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, WCAG_TAGS)
}

/** A page with frames needs axe in each of them, which AxeBuilder does. */
async function violationsWithFrames(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
}

/**
 * Waits until no finite animation or transition has run for `frames` frames in a row (at most
 * 5 s): Mantine starts a fade two frames after the state that asks for it, and runs it ~100–200 ms.
 */
async function settle(page: Page, frames: number): Promise<void> {
  await page.evaluate(
    async ({ frames, limitMs }) => {
      const deadline = performance.now() + limitMs
      const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()))
      for (let quiet = 0; quiet < frames && performance.now() < deadline; ) {
        await nextFrame()
        const moving = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity)
        quiet = moving ? 0 : quiet + 1
      }
    },
    { frames, limitMs: 5_000 }
  )
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  const violations = page.frames().length > 1 ? await violationsWithFrames(page) : await violationsInPage(page)
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** Every screen is checked with axe, at rest: no serious or critical violations. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await settle(page, 5)
  let bad = await seriousViolations(page)
  // A fade that began after the wait (a tooltip closing as the pointer left) is measured half
  // drawn; a real violation is still there once the screen has been still for longer.
  if (bad.length > 0) {
    await settle(page, 30)
    bad = await seriousViolations(page)
  }
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`),
    `accessibility violations on ${screen}`
  ).toEqual([])
}

interface Running {
  server: XinAnServer
  process: ChildProcess
}

/** A spare ready for longer is not handed out: the core locks a session left idle for ten minutes. */
const SPARE_MAX_AGE_MS = 8 * 60_000

async function launch(centre: CentreSetup | null): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-e2e-'))
  try {
    const { url, process: child } = await startServer(dataDir)
    try {
      // Over plain fetch, not Playwright: this may run while another test is on, and must not show in its steps.
      if (centre) await setUpCentreOver(strictRpc(url), centre)
    } catch (error) {
      await stopServer(child)
      throw error
    }
    return { server: { url, dataDir }, process: child }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}

async function shutDown(running: Running): Promise<void> {
  await stopServer(running.process)
  rmSync(running.server.dataDir, { recursive: true, force: true })
}

/**
 * Each test gets its own server on its own data dir. Starting one (and setting its centre up, with
 * scrypt for each key slot) takes seconds, so each worker keeps a spare of each kind it has been
 * asked for: a test takes the spare and the next one starts in the background while the test runs.
 * Only the first test of each kind in a worker waits for its server.
 */
class ServerPool {
  private readonly spares = new Map<string, { ready: Promise<Running>; readyAt?: number }>()

  async take(centre: CentreSetup | null): Promise<Running> {
    const key = JSON.stringify(centre)
    const spare = this.spares.get(key)
    this.spares.delete(key)
    let ready: Promise<Running>
    if (spare && (spare.readyAt === undefined || Date.now() - spare.readyAt < SPARE_MAX_AGE_MS)) {
      ready = spare.ready
    } else {
      if (spare) void spare.ready.then(shutDown).catch(() => undefined)
      ready = launch(centre)
    }
    const running = await ready
    const next: { ready: Promise<Running>; readyAt?: number } = { ready: launch(centre) }
    // A failed spare is not an error yet: the test that takes it gets the failure.
    next.ready.then(() => (next.readyAt = Date.now())).catch(() => undefined)
    this.spares.set(key, next)
    return running
  }

  async close(): Promise<void> {
    const spares = [...this.spares.values()]
    this.spares.clear()
    await Promise.all(spares.map((spare) => spare.ready.then(shutDown).catch(() => undefined)))
  }
}

export const test = base.extend<
  { server: XinAnServer; centreSetup: CentreSetup; centre: CentreServer },
  { servers: ServerPool }
>({
  servers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const pool = new ServerPool()
      await use(pool)
      await pool.close()
    },
    { scope: 'worker' }
  ],
  /** A fresh data dir (the setup screen) and its own browser-mode server. */
  server: async ({ servers }, use) => {
    const running = await servers.take(null)
    try {
      await use(running.server)
    } finally {
      await shutDown(running)
    }
  },
  /** The centre `centre` is set up with; a spec sets its own with `test.use({ centreSetup })`. */
  centreSetup: [
    {
      centreName: '示范学院心理健康教育中心',
      admin: { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
    },
    { option: true }
  ],
  /** A server whose centre is set up as `centreSetup` says, with the admin signed in. */
  centre: async ({ servers, centreSetup, request }, use) => {
    const running = await servers.take(centreSetup)
    try {
      await use({ ...running.server, rpc: rpcFor(request, running.server.url) })
    } finally {
      await shutDown(running)
    }
  }
})

export { expect }
