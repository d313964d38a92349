import type { APIRequestContext } from '@playwright/test'
import { expect } from './fixtures'

/** A call to the core over browser mode's /rpc, as the page makes it; fails the test if refused. */
export type Rpc = <T = unknown>(channel: string, input: Record<string, unknown>) => Promise<T>
export type Answer = { ok: boolean; value?: unknown; error?: { code: string; messageKey?: string } }

/** Sends one call and returns the core's answer as it is (for tests of refusals). */
export function sender(request: APIRequestContext, serverUrl: string): (channel: string, input: Record<string, unknown>) => Promise<Answer> {
  const url = new URL(serverUrl)
  const token = url.searchParams.get('token') ?? ''
  return async (channel, input) => {
    const response = await request.post(`${url.origin}/rpc/${channel}`, { data: { input }, headers: { 'X-XinAn-Token': token } })
    return (await response.json()) as Answer
  }
}

export function rpcFor(request: APIRequestContext, serverUrl: string): Rpc {
  const send = sender(request, serverUrl)
  return async <T,>(channel: string, input: Record<string, unknown>) => {
    const body = await send(channel, input)
    expect(body.ok, `${channel} → ${JSON.stringify(body)}`).toBe(true)
    return body.value as T
  }
}

/**
 * Sets the centre up through the core's HTTP API (the setup screens have their own tests) and
 * confirms the recovery code, so loading the page shows the unlocked shell. The core's session is
 * the process's, so the returned `rpc` acts as the same user as the page.
 */
export async function setUpCentre(
  request: APIRequestContext,
  serverUrl: string,
  centre: { centreName: string; admin: { username: string; displayName: string; password: string } }
): Promise<Rpc> {
  const rpc = rpcFor(request, serverUrl)
  await rpc('auth.setup', centre)
  const { code, confirmGroups } = await rpc<{ code: string; confirmGroups: number[] }>('auth.recoveryCode.get', {})
  const groups = code.split('-')
  await rpc('auth.recoveryCode.confirm', { groups: confirmGroups.map((n) => groups[n - 1]) })
  return rpc
}
