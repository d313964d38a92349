import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { h1 } from './screens'

// Synthetic people only.
const ADMIN = { displayName: '王主任', username: 'director', password: '春眠不觉晓处处闻啼鸟' }
const COUNSELLOR = { displayName: '张三', username: 'zhangsan', temp: 'Temp-password-2026', own: '夜来风雨声花落知多少' }
const ASSISTANT = { displayName: '李四', username: 'lisi', temp: 'Temp-password-2027', own: '白日依山尽黄河入海流' }
const KEY_WORK = { timeout: 60_000 }
test.describe.configure({ timeout: 240_000 })

async function setUpThroughTheScreens(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(h1(page, '首次设置')).toBeVisible()
  await page.getByRole('textbox', { name: '中心名称' }).fill('示范学院心理健康教育中心')
  await page.getByRole('textbox', { name: '管理员姓名' }).fill(ADMIN.displayName)
  await page.getByRole('textbox', { name: '用户名' }).fill(ADMIN.username)
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('确认密码', { exact: true }).fill(ADMIN.password)
  await page.getByRole('button', { name: '创建并开始使用' }).click()
  await expect(h1(page, '请抄下恢复码')).toBeVisible(KEY_WORK)
  const code = ((await page.getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/).textContent()) ?? '').trim()
  await page.getByRole('button', { name: '我已抄好，下一步' }).click()
  const groups = code.split('-')
  for (let n = 1; n <= 5; n++) {
    const box = page.getByRole('textbox', { name: `第 ${n} 组`, exact: true })
    if ((await box.count()) > 0) await box.fill(groups[n - 1]!)
  }
  await page.getByRole('button', { name: '确认', exact: true }).click()
  await expect(h1(page, new RegExp(`，${ADMIN.displayName}`))).toBeVisible(KEY_WORK)
}

async function createUser(page: Page, user: { username: string; displayName: string; temp: string }, role: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户', exact: true }).click()
  await expect(h1(page, '用户管理')).toBeVisible()
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByRole('textbox', { name: '用户名' }).fill(user.username)
  await dialog.getByRole('textbox', { name: '姓名' }).fill(user.displayName)
  await dialog.getByRole('combobox', { name: '角色' }).click()
  await page.getByRole('option', { name: new RegExp(`^${role}`) }).click()
  await dialog.getByLabel('初始密码').fill(user.temp)
  await dialog.getByRole('button', { name: '创建' }).click()
  await expect(dialog).toBeHidden(KEY_WORK)
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(h1(page, '登录')).toBeVisible()
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: '用户名' }).fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

/** First login with a temporary password: the new one is set before anything else opens. */
async function setOwnPassword(page: Page, temp: string, own: string): Promise<void> {
  await expect(h1(page, '设置新密码')).toBeVisible(KEY_WORK)
  await expectAccessible(page, 'first-password screen')
  await page.getByLabel('当前密码', { exact: true }).fill(temp)
  await page.getByLabel('新密码', { exact: true }).fill(own)
  await page.getByLabel('确认新密码', { exact: true }).fill(own)
  await page.getByRole('button', { name: '修改密码' }).click()
}

test('setup → counsellor created → their first login and own password → lock → unlock', async ({ page, server }) => {
  await setUpThroughTheScreens(page, server.url)
  await createUser(page, COUNSELLOR, '专职咨询师')
  await logOut(page)

  await logIn(page, COUNSELLOR.username, COUNSELLOR.temp)
  await setOwnPassword(page, COUNSELLOR.temp, COUNSELLOR.own)
  await expect(h1(page, new RegExp(`，${COUNSELLOR.displayName}`))).toBeVisible(KEY_WORK)
  // A counsellor's navigation has no admin sections.
  const nav = page.getByRole('navigation', { name: '主导航' })
  await expect(nav.getByRole('link', { name: '审计日志' })).toHaveCount(0)
  await expect(nav.getByRole('link', { name: '用户', exact: true })).toHaveCount(0)

  await page.getByRole('button', { name: '锁定' }).click()
  await expect(h1(page, '已锁定')).toBeVisible()
  // The temporary password no longer opens anything.
  await page.getByLabel('密码', { exact: true }).fill(COUNSELLOR.temp)
  await page.getByRole('button', { name: '解锁' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible(KEY_WORK)
  await page.getByLabel('密码', { exact: true }).fill(COUNSELLOR.own)
  await page.getByRole('button', { name: '解锁' }).click()
  await expect(h1(page, new RegExp(`，${COUNSELLOR.displayName}`))).toBeVisible(KEY_WORK)
})

test('an assistant cannot open the audit log, by the menu, by address or by calling the core', async ({ page, server }) => {
  await setUpThroughTheScreens(page, server.url)
  await createUser(page, ASSISTANT, '前台助理')
  await logOut(page)
  await logIn(page, ASSISTANT.username, ASSISTANT.temp)
  await setOwnPassword(page, ASSISTANT.temp, ASSISTANT.own)
  await expect(h1(page, new RegExp(`，${ASSISTANT.displayName}`))).toBeVisible(KEY_WORK)

  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计日志' })).toHaveCount(0)
  // Typing the address leads home, not to the log.
  await page.evaluate(() => {
    window.location.hash = '#/audit'
  })
  await expect(h1(page, new RegExp(`，${ASSISTANT.displayName}`))).toBeVisible()
  await expect(page.getByRole('heading', { name: '审计日志' })).toHaveCount(0)
  // And the core itself refuses, whatever the page does.
  const answer = await page.evaluate(() => window.xinan.call('audit.list', {}))
  expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  await expectAccessible(page, 'assistant home')
})
