import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import type { CallResult } from '@shared/errors'
import { createCore, type Core } from '../../../src/main/core/core'
import type { Clock } from '../../../src/main/core/clock'

export const ADMIN = { username: 'director', displayName: '王主任', password: 'correct horse battery' }
export const CENTRE = '示范学院心理健康教育中心'

/** A clock a test can move forward. */
export class TestClock implements Clock {
  constructor(private ms = Date.parse('2026-11-02T01:00:00.000Z')) {}
  now(): Date {
    return new Date(this.ms)
  }
  advance(ms: number): void {
    this.ms += ms
  }
}

const dirs: string[] = []
const cores: Core[] = []

afterEach(async () => {
  for (const core of cores.splice(0)) await core.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-test-'))
  dirs.push(dir)
  return dir
}

export function newCore(dataDir = tempDir(), clock: Clock = new TestClock()): Core & { dataDir: string } {
  const core = createCore({ dataDir, clock, idleCheckMs: 3_600_000 })
  cores.push(core)
  return Object.assign(core, { dataDir })
}

/** Calls a channel and fails the test with the error if it did not succeed. */
export async function ok<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.call(channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value
}

export async function err<C extends Channel>(core: Core, channel: C, input: unknown): Promise<Extract<CallResult<unknown>, { ok: false }>['error']> {
  const result = await core.call(channel, input)
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`)
  return result.error
}

/** A core with a vault set up and the admin logged in. */
export async function setUpCore(clock: Clock = new TestClock()): Promise<Core & { dataDir: string }> {
  const core = newCore(tempDir(), clock)
  await ok(core, 'auth.setup', { centreName: CENTRE, admin: ADMIN })
  return core
}
