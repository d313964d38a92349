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

test('the app cannot be navigated away from, and its page cannot reach other sites', async ({ page, server }) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(server.url).origin)) foreign.push(request.url())
  })
  await page.goto(server.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const before = page.url()

  // A link to another site, as pasted text could become: clicking it does nothing.
  await page.evaluate(() => {
    const a = document.createElement('a')
    a.href = 'https://example.com/'
    a.textContent = 'external'
    a.id = 'external-link'
    document.body.append(a)
  })
  await page.click('#external-link')
  expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull()
  // The CSP refuses connections to any other origin.
  const fetched = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'reached',
      () => 'refused'
    )
  )
  expect(fetched).toBe('refused')
  await page.waitForTimeout(300)
  expect(page.url()).toBe(before)
  expect(foreign).toEqual([])
})
