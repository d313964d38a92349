import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Channel, ChannelInput, ChannelOutput, SessionDto } from '@shared/contract'
import type { CallError } from '@shared/errors'
import type { Role } from '@shared/roles'
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

export type TestCore = Core & { dataDir: string; clock: TestClock }

const dirs: string[] = []
const cores: Core[] = []

/**
 * Closes the cores and removes the data dirs a test file made: after each file (tests/unit/setup.ts),
 * not each test, since a vault set up in beforeAll is shared by the tests of its describe (every
 * setup and login runs the real KDF, so sharing is what keeps the suite fast).
 */
export async function closeTestCores(): Promise<void> {
  for (const core of cores.splice(0)) await core.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-test-'))
  dirs.push(dir)
  return dir
}

/** A copy of a (locked) data dir, for a test that damages it. */
export function copyDir(from: string): string {
  const dir = tempDir()
  cpSync(from, dir, { recursive: true })
  return dir
}

export function newCore(dataDir = tempDir(), clock = new TestClock(), options: { backupCheckMs?: number } = {}): TestCore {
  const core = createCore({ dataDir, clock, idleCheckMs: 3_600_000, backupCheckMs: options.backupCheckMs ?? 3_600_000 })
  cores.push(core)
  return Object.assign(core, { dataDir, clock })
}

/** Calls a channel and fails the test with the error if it did not succeed. */
export async function ok<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.call(channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value
}

/** Calls a channel that must fail, and returns its error. */
export async function err(core: Core, channel: Channel, input: unknown): Promise<CallError> {
  const result = await core.call(channel, input)
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`)
  return result.error
}

/** A core with a vault set up and the admin logged in. */
export async function setUpCore(clock = new TestClock()): Promise<TestCore> {
  const core = newCore(tempDir(), clock)
  await ok(core, 'auth.setup', { centreName: CENTRE, admin: ADMIN })
  return core
}

export const login = (core: Core, username: string, password: string): Promise<SessionDto> =>
  ok(core, 'auth.login', { username, password })

export const loginAdmin = (core: Core): Promise<SessionDto> => login(core, ADMIN.username, ADMIN.password)

export interface TestUser {
  id: string
  username: string
  displayName: string
  role: Role
  password: string
}

/** Creates a user as the logged-in admin, with a temporary first password (`first <username> pw`). */
export async function createUser(core: Core, user: { username: string; displayName: string; role: Role }): Promise<TestUser> {
  const password = `first ${user.username} pw`
  const created = await ok(core, 'users.create', { ...user, firstPassword: password })
  return { id: created.id, ...user, password }
}
