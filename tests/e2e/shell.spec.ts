import { test, expect } from './fixtures'

test('the page is refused without the run token', async ({ page, server }) => {
  const origin = new URL(server.url).origin
  const response = await page.goto(`${origin}/`)
  expect(response?.status()).toBe(403)
})

test('rpc calls without the token or from another origin are refused', async ({ request, server }) => {
  const origin = new URL(server.url).origin
  const noToken = await request.post(`${origin}/rpc/app.status`, { data: { input: {} } })
  expect(noToken.status()).toBe(403)
  const token = new URL(server.url).searchParams.get('token')!
  const otherOrigin = await request.post(`${origin}/rpc/app.status`, {
    data: { input: {} },
    headers: { 'X-XinAn-Token': token, Origin: 'http://evil.example' }
  })
  expect(otherOrigin.status()).toBe(403)
  const wrongHost = await request.post(`${origin}/rpc/app.status`, {
    data: { input: {} },
    headers: { 'X-XinAn-Token': token, Host: 'evil.example' }
  })
  expect(wrongHost.status()).toBe(421)
  const ours = await request.post(`${origin}/rpc/app.status`, { data: { input: {} }, headers: { 'X-XinAn-Token': token } })
  expect(await ours.json()).toMatchObject({ ok: true, value: { state: 'setup' } })
})
