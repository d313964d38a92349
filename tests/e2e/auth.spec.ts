import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { h1 } from './screens'

// Synthetic data only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { displayName: '王小明', username: 'wangxm', password: '春眠不觉晓处处闻啼鸟' }
const CODE_PATTERN = /^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/
// Setup, login, recovery and password changes each run scrypt (N=2^17) one to three times: slow on a busy machine.
const KEY_WORK = { timeout: 60_000 }
// Every test here sets up a vault first.
test.describe.configure({ timeout: 180_000 })

async function fillSetup(page: Page, password: string, confirm: string): Promise<void> {
  await page.getByRole('textbox', { name: '中心名称' }).fill(CENTRE)
  await page.getByRole('textbox', { name: '管理员姓名' }).fill(ADMIN.displayName)
  await page.getByRole('textbox', { name: '用户名' }).fill(ADMIN.username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByLabel('确认密码', { exact: true }).fill(confirm)
  await page.getByRole('button', { name: '创建并开始使用' }).click()
}

/** Sets up the vault and returns the recovery code shown on the next screen. */
async function setUp(page: Page, url: string): Promise<string> {
  await page.goto(url)
  await expect(h1(page, '首次设置')).toBeVisible()
  await fillSetup(page, ADMIN.password, ADMIN.password)
  return readRecoveryCode(page)
}

async function readRecoveryCode(page: Page): Promise<string> {
  await expect(h1(page, '请抄下恢复码')).toBeVisible(KEY_WORK)
  const code = (await page.getByText(CODE_PATTERN).textContent())?.trim() ?? ''
  expect(code).toMatch(CODE_PATTERN)
  return code
}

/** Step 2: the asked groups' inputs are the only "第 n 组" boxes on the page. */
async function askedGroups(page: Page): Promise<number[]> {
  await expect(h1(page, '核对抄写的恢复码')).toBeVisible()
  const asked: number[] = []
  for (let n = 1; n <= 5; n++) {
    if ((await page.getByRole('textbox', { name: `第 ${n} 组`, exact: true }).count()) > 0) asked.push(n)
  }
  expect(asked.length).toBeGreaterThanOrEqual(1)
  return asked
}

async function confirmCode(page: Page, code: string): Promise<void> {
  await page.getByRole('button', { name: '我已抄好，下一步' }).click()
  const groups = code.split('-')
  for (const n of await askedGroups(page)) {
    await page.getByRole('textbox', { name: `第 ${n} 组`, exact: true }).fill(groups[n - 1]!.toLowerCase())
  }
  await page.getByRole('button', { name: '确认', exact: true }).click()
}

async function expectHome(page: Page, name = ADMIN.displayName): Promise<void> {
  await expect(h1(page, new RegExp(`(早上好|下午好|晚上好)，${name}`))).toBeVisible(KEY_WORK)
}

async function logIn(page: Page, password: string, username?: string): Promise<void> {
  if (username !== undefined) await page.getByRole('textbox', { name: '用户名' }).fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
}

test('first run: setup, recovery code written down and confirmed, then the home page', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(h1(page, '首次设置')).toBeVisible()
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expectAccessible(page, 'setup screen')

  // Rules are checked before any round trip: a short password and a mismatched copy.
  await fillSetup(page, 'short', 'shorter')
  await expect(page.getByText('密码至少 10 个字符。')).toBeVisible()
  await expect(page.getByText('两次输入的密码不一致。')).toBeVisible()
  await expect(page.getByLabel('密码', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(h1(page, '首次设置')).toBeVisible()
  await expectAccessible(page, 'setup screen with field errors')

  // The core's own rule comes back as an error on the field it names ('admin.password').
  await page.getByRole('textbox', { name: '用户名' }).fill('wangxiaoming')
  await page.getByLabel('密码', { exact: true }).fill('wangxiaoming')
  await page.getByLabel('确认密码', { exact: true }).fill('wangxiaoming')
  await page.getByRole('button', { name: '创建并开始使用' }).click()
  await expect(page.getByText('密码不能与用户名相同。')).toBeVisible()
  await expect(page.getByLabel('密码', { exact: true })).toHaveAttribute('aria-invalid', 'true')

  await fillSetup(page, ADMIN.password, ADMIN.password)
  const code = await readRecoveryCode(page)
  await expect(page.getByText('恢复码只显示这一次')).toBeVisible()
  await expect(page.getByText(CENTRE)).toBeVisible()
  await expectAccessible(page, 'recovery code screen (code)')

  await page.getByRole('button', { name: '我已抄好，下一步' }).click()
  await askedGroups(page)
  await expectAccessible(page, 'recovery code screen (confirm)')
  await page.getByRole('button', { name: '再看一次恢复码' }).click()
  await expect(page.getByText(CODE_PATTERN)).toHaveText(code)

  await confirmCode(page, code)
  await expectHome(page)
  await expect(page.getByText('您的角色：管理员')).toBeVisible()
  await expect(page.getByRole('link', { name: '我的账户' }).first()).toBeVisible()
  await expectAccessible(page, 'home page')
})

test('a wrongly typed group is refused and the confirm step stays open', async ({ page, server }) => {
  const code = await setUp(page, server.url)
  await page.getByRole('button', { name: '我已抄好，下一步' }).click()
  const asked = await askedGroups(page)
  const groups = code.split('-')
  for (const n of asked) {
    // A different symbol in the first place makes every asked group wrong.
    const right = groups[n - 1]!
    const wrong = (right[0] === 'A' ? 'B' : 'A') + right.slice(1)
    await page.getByRole('textbox', { name: `第 ${n} 组`, exact: true }).fill(wrong)
  }
  await page.getByRole('button', { name: '确认', exact: true }).click()
  await expect(page.getByText('输入的恢复码分组不一致')).toBeVisible()
  await expect(h1(page, '核对抄写的恢复码')).toBeVisible()
  await expect(page.getByRole('textbox', { name: `第 ${asked[0]} 组`, exact: true })).toHaveAttribute('aria-invalid', 'true')

  // Going back shows the same code, and the right groups then go through.
  await page.getByRole('button', { name: '再看一次恢复码' }).click()
  await expect(page.getByText(CODE_PATTERN)).toHaveText(code)
  await confirmCode(page, code)
  await expectHome(page)
})

test('lock and unlock: a wrong password is refused, the right one opens the app again', async ({ page, server }) => {
  await confirmCode(page, await setUp(page, server.url))
  await expectHome(page)

  await page.getByRole('button', { name: '锁定' }).click()
  await expect(h1(page, '已锁定')).toBeVisible()
  await expect(page.getByText(`用户：${ADMIN.username}`)).toBeVisible()
  await expectAccessible(page, 'lock screen')

  await logIn(page, 'not the password at all')
  await page.getByRole('button', { name: '解锁' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible(KEY_WORK)
  const password = page.getByLabel('密码', { exact: true })
  await expect(password).toHaveValue('')
  await expect(password).toBeFocused()
  await expect(h1(page, '已锁定')).toBeVisible()
  await expectAccessible(page, 'lock screen with a failed attempt')

  await logIn(page, ADMIN.password)
  await page.getByRole('button', { name: '解锁' }).click()
  await expectHome(page)
})

test('the account page shows who is signed in and changes the password', async ({ page, server }) => {
  await confirmCode(page, await setUp(page, server.url))
  await expectHome(page)
  await page.getByRole('navigation').getByRole('link', { name: '我的账户' }).click()
  await expect(h1(page, '我的账户')).toBeVisible()
  await expect(page.getByText(ADMIN.username, { exact: true })).toBeVisible()
  await expect(page.getByText('管理员', { exact: true })).toBeVisible()

  const newPassword = '白日依山尽黄河入海流'
  await page.getByLabel('当前密码', { exact: true }).fill('not the password at all')
  await page.getByLabel('新密码', { exact: true }).fill(newPassword)
  await page.getByLabel('确认新密码', { exact: true }).fill(newPassword)
  await page.getByRole('button', { name: '修改密码' }).click()
  await expect(page.getByText('当前密码不正确。')).toBeVisible(KEY_WORK)
  await expect(page.getByLabel('当前密码', { exact: true })).toBeFocused()
  await expectAccessible(page, 'account page')

  await page.getByLabel('当前密码', { exact: true }).fill(ADMIN.password)
  await page.getByRole('button', { name: '修改密码' }).click()
  await expect(page.getByText('密码已修改。')).toBeVisible(KEY_WORK)
  await expect(page.getByLabel('当前密码', { exact: true })).toHaveValue('')

  await page.getByRole('button', { name: '锁定' }).click()
  await expect(h1(page, '已锁定')).toBeVisible()
  await logIn(page, newPassword)
  await page.getByRole('button', { name: '解锁' }).click()
  // Unlocking returns to the page that was open.
  await expect(h1(page, '我的账户')).toBeVisible(KEY_WORK)
})

test('a lost admin password is recovered with the recovery code', async ({ page, server }) => {
  const firstCode = await setUp(page, server.url)
  await confirmCode(page, firstCode)
  await expectHome(page)

  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(h1(page, '登录')).toBeVisible()
  await page.getByRole('button', { name: '忘记密码？' }).click()
  await expect(h1(page, '用恢复码找回管理员账户')).toBeVisible()
  await expect(page.getByText('其他工作人员忘记密码时，请联系管理员')).toBeVisible()
  await expectAccessible(page, 'recovery form')

  const newPassword = '床前明月光疑是地上霜'
  await page.getByRole('textbox', { name: '管理员用户名' }).fill(ADMIN.username)
  await page.getByRole('textbox', { name: '恢复码' }).fill(firstCode.toLowerCase())
  await page.getByLabel('新密码', { exact: true }).fill(newPassword)
  await page.getByLabel('确认新密码', { exact: true }).fill(newPassword)
  await page.getByRole('button', { name: '设置新密码并登录' }).click()

  // A new code replaces the used one and is shown once.
  const secondCode = await readRecoveryCode(page)
  expect(secondCode).not.toBe(firstCode)
  await confirmCode(page, secondCode)
  await expectHome(page)

  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(h1(page, '登录')).toBeVisible()
  await logIn(page, ADMIN.password, ADMIN.username)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible(KEY_WORK)

  await logIn(page, newPassword)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expectHome(page)
})

test('a damaged vault.json shows the broken screen with what to restore', async ({ page, server }) => {
  await setUp(page, server.url)
  writeFileSync(join(server.dataDir, 'vault.json'), 'this is not a vault {')
  await page.reload()
  await expect(h1(page, '无法打开数据')).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('密钥文件 vault.json 已损坏或格式不对')
  await expect(page.getByText('没有改动数据文件夹里的任何文件')).toBeVisible()
  await expectAccessible(page, 'broken screen')
  // Retrying with the file still damaged keeps the same screen.
  await page.getByRole('button', { name: '重试' }).click()
  await expect(h1(page, '无法打开数据')).toBeVisible()
})

test('the language switch on the login screen turns the texts into English', async ({ page, server }) => {
  await confirmCode(page, await setUp(page, server.url))
  await expectHome(page)
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(h1(page, '登录')).toBeVisible()

  await page.getByRole('button', { name: 'English' }).click()
  await expect(h1(page, 'Log in')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible()
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Forgot password?' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('button', { name: '登录', exact: true })).toHaveCount(0)

  await page.getByRole('button', { name: '中文' }).click()
  await expect(h1(page, '登录')).toBeVisible()
})
