import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkAccessible, choose, rowOf, TEMP_PASSWORD } from './screens'

// Synthetic data only.
const CENTRE = '示范学院心理健康教育中心'
const NEW_CENTRE = '示范学院心理中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
const USERS_CAPTION = '心安的全部账户，包括已停用的账户。'
/** A 1×1 PNG. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64'
)

// Each test starts from the centre set up over HTTP, the admin signed in (fixtures.ts).
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

async function openSection(page: Page, name: '用户' | '审计日志' | '设置', title: string): Promise<void> {
  // By keyboard, as many of the centre's staff work.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

async function createUser(page: Page, user: { username: string; displayName: string; role: string }): Promise<Locator> {
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByRole('textbox', { name: '用户名' }).fill(user.username)
  await dialog.getByRole('textbox', { name: '姓名' }).fill(user.displayName)
  await choose(page, dialog, '角色', new RegExp(`^${user.role}`))
  await dialog.getByLabel('初始密码').fill(TEMP_PASSWORD)
  await dialog.getByRole('button', { name: '创建' }).click()
  return dialog
}

/** The audit page lists each act once per time it happened. */
async function expectLogged(page: Page, acts: Record<string, number>): Promise<void> {
  await openSection(page, '审计日志', '审计日志')
  const log = page.getByRole('table', { name: '审计记录，最新的在前' })
  for (const [act, times] of Object.entries(acts)) await expect(rowOf(log, act), act).toHaveCount(times)
}

test('users: create a counsellor and an assistant; a taken username creates nothing', async ({ page, centre }) => {
  const { rpc } = centre
  await page.goto(centre.url)
  await openSection(page, '用户', '用户管理')
  const table = page.getByRole('table', { name: USERS_CAPTION })
  await expect(rowOf(table, ADMIN.displayName)).toContainText('管理员')
  await checkAccessible(page, 'users page')

  // The role list says what each role may do, before anyone is given it.
  await page.getByRole('button', { name: '新建用户' }).click()
  const empty = page.getByRole('dialog', { name: '新建用户' })
  await checkAccessible(page, 'new user dialog')
  await choose(page, empty, '角色', /^前台助理/)
  await expect(empty).toContainText('看不到咨询记录、筛查条目和转介')
  await empty.getByRole('button', { name: '取消' }).click()
  await expect(empty).toBeHidden()

  await expect(await createUser(page, { username: 'zhangsan', displayName: '张三', role: '专职咨询师' })).toBeHidden()
  await expect(await createUser(page, { username: 'lisi', displayName: '李四', role: '前台助理' })).toBeHidden()
  await expect(rowOf(table, '张三')).toContainText('专职咨询师')
  await expect(rowOf(table, '张三')).toContainText('待改初始密码')
  await expect(rowOf(table, '李四')).toContainText('前台助理')
  await checkAccessible(page, 'users page with users')

  // A taken username: the field says so and nothing is created.
  const taken = await createUser(page, { username: 'zhangsan', displayName: '王小明', role: '兼职咨询师' })
  await expect(taken.getByRole('textbox', { name: '用户名' })).toHaveAttribute('aria-invalid', 'true')
  await expect(taken.getByText('该用户名已被使用。')).toBeVisible()
  await taken.getByRole('button', { name: '取消' }).click()
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(rowOf(table, '王小明')).toHaveCount(0)
  expect((await rpc<unknown[]>('users.list', {})).length).toBe(3)

  await expectLogged(page, { 创建用户: 3 })
})

test('users: edit a role, keep the last admin, deactivate after confirming', async ({ page, centre }) => {
  const { rpc } = centre
  await rpc('users.create', { username: 'zhangsan', displayName: '张三', role: 'counsellor', firstPassword: TEMP_PASSWORD })
  await rpc('users.create', { username: 'lisi', displayName: '李四', role: 'assistant', firstPassword: TEMP_PASSWORD })
  await page.goto(centre.url)
  await openSection(page, '用户', '用户管理')
  const table = page.getByRole('table', { name: USERS_CAPTION })

  await page.getByRole('button', { name: '张三 的操作' }).click()
  await page.getByRole('menuitem', { name: '编辑' }).click()
  const edit = page.getByRole('dialog', { name: '编辑用户：张三' })
  await choose(page, edit, '角色', /^兼职咨询师/)
  await edit.getByRole('button', { name: '保存' }).click()
  await expect(edit).toBeHidden()
  await expect(rowOf(table, '张三')).toContainText('兼职咨询师')

  // The last admin cannot give up the role: the core's refusal is shown, nothing changes.
  await page.getByRole('button', { name: `${ADMIN.displayName} 的操作` }).click()
  await page.getByRole('menuitem', { name: '编辑' }).click()
  const self = page.getByRole('dialog', { name: `编辑用户：${ADMIN.displayName}` })
  await choose(page, self, '角色', /^专职咨询师/)
  await self.getByRole('button', { name: '保存' }).click()
  await expect(self.getByRole('alert')).toContainText('至少需要保留一个启用的管理员账户。')
  await checkAccessible(page, 'edit dialog with a refusal')
  await self.getByRole('button', { name: '取消' }).click()
  await expect(rowOf(table, ADMIN.displayName)).toContainText('管理员')
  // Focus goes back to the row's menu button, not to the top of the page.
  await expect(page.getByRole('button', { name: `${ADMIN.displayName} 的操作` })).toBeFocused()

  // Deactivate, after a confirmation that says what it does.
  await page.getByRole('button', { name: '李四 的操作' }).click()
  await page.getByRole('menuitem', { name: '停用' }).click()
  const confirm = page.getByRole('dialog', { name: '停用 李四？' })
  await expect(confirm).toContainText('密钥槽会被删除')
  await confirm.getByRole('button', { name: '停用' }).click()
  await expect(rowOf(table, '李四')).toContainText('停用')
  await expect(rowOf(table, '李四')).not.toContainText('启用')
  const lisi = (await rpc<{ username: string; active: boolean }[]>('users.list', {})).find((u) => u.username === 'lisi')
  expect(lisi?.active).toBe(false)

  // Reactivating needs a new temporary password (the key slot was removed).
  await page.getByRole('button', { name: '李四 的操作' }).click()
  await page.getByRole('menuitem', { name: '重新启用' }).click()
  const back = page.getByRole('dialog', { name: '重新启用：李四' })
  await back.getByRole('button', { name: '重新启用' }).click()
  await expect(back.getByText('密码至少 10 个字符。')).toBeVisible()
  await back.getByLabel('临时密码').fill(TEMP_PASSWORD)
  await back.getByRole('button', { name: '重新启用' }).click()
  await expect(back).toBeHidden()
  await expect(rowOf(table, '李四')).toContainText('待改初始密码')

  await expectLogged(page, { 更改角色: 1, 停用用户: 1, 重新启用用户: 1 })
})

test('settings: centre profile, with its logo and the name in the header', async ({ page, centre }) => {
  const { rpc } = centre
  await page.goto(centre.url)
  await openSection(page, '设置', '设置')
  await expect(page.getByRole('tab', { name: '中心信息' })).toHaveAttribute('aria-selected', 'true')
  const name = page.getByRole('textbox', { name: '中心名称' })
  await expect(name).toHaveValue(CENTRE)
  await checkAccessible(page, 'settings: centre tab')

  // An empty name is refused on the field; nothing is saved.
  await name.fill('')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('必填。')).toBeVisible()
  expect((await rpc<{ name: string }>('settings.centre.get', {})).name).toBe(CENTRE)

  // A logo over 256 KB is refused before it is read; a small one is previewed.
  const file = page.locator('input[type="file"]')
  await file.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(300 * 1024) })
  await expect(page.getByRole('alert').filter({ hasText: '图片太大' })).toBeVisible()
  await expect(page.getByRole('img', { name: '中心标志预览' })).toHaveCount(0)
  await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG })
  await expect(page.getByRole('img', { name: '中心标志预览' })).toBeVisible()

  await name.fill(NEW_CENTRE)
  await page.getByRole('textbox', { name: '地址' }).fill('示范市大学路 1 号')
  await page.getByRole('textbox', { name: '电话' }).fill('0571-8888 0000')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('banner')).toContainText(NEW_CENTRE)
  const saved = await rpc<{ name: string; logo: string | null }>('settings.centre.get', {})
  expect(saved.name).toBe(NEW_CENTRE)
  expect(saved.logo).toMatch(/^data:image\/png;base64,/)
  await checkAccessible(page, 'settings: centre tab with a logo')

  await expectLogged(page, { 修改中心信息: 1 })
})

test('settings: colleges and their classes', async ({ page, centre }) => {
  const { rpc } = centre
  await page.goto(centre.url)
  await openSection(page, '设置', '设置')
  await page.getByRole('tab', { name: '学院与班级' }).click()
  await expect(page.getByText('还没有学院。')).toBeVisible()
  await checkAccessible(page, 'settings: organisation tab')

  // An empty name is refused on the field; nothing is saved.
  await page.getByRole('button', { name: '添加学院' }).click()
  const college = page.getByRole('dialog', { name: '添加学院' })
  await college.getByRole('button', { name: '保存' }).click()
  await expect(college.getByRole('textbox', { name: '学院名称' })).toHaveAttribute('aria-invalid', 'true')
  await expect(college.getByText('必填。')).toBeVisible()
  expect(await rpc<unknown[]>('settings.org.get', {})).toEqual([])
  await college.getByRole('textbox', { name: '学院名称' }).fill('信息工程学院')
  await college.getByRole('button', { name: '保存' }).click()
  await expect(college).toBeHidden()
  await expect(page.getByRole('heading', { name: '信息工程学院', exact: true })).toBeVisible()

  await page.getByRole('button', { name: '在 信息工程学院 添加班级' }).click()
  const klass = page.getByRole('dialog', { name: '在 信息工程学院 添加班级' })
  await klass.getByRole('textbox', { name: '班级名称' }).fill('计科2401')
  await klass.getByRole('textbox', { name: '年级' }).fill('2024级')
  await klass.getByRole('textbox', { name: '辅导员', exact: true }).fill('李老师')
  await klass.getByRole('textbox', { name: '辅导员电话' }).fill('0571-8888 1234')
  await klass.getByRole('button', { name: '保存' }).click()
  await expect(klass).toBeHidden()
  const classes = page.getByRole('table', { name: '信息工程学院 的班级' })
  await expect(rowOf(classes, '计科2401')).toContainText('李老师')
  await checkAccessible(page, 'settings: organisation tab with a class')

  // A college that still has classes cannot be deleted; the core's reason is shown.
  await page.getByRole('button', { name: '删除学院 信息工程学院' }).click()
  await page.getByRole('dialog', { name: '删除学院 信息工程学院？' }).getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '该学院下还有班级，请先删除或移动班级。' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '信息工程学院', exact: true })).toBeVisible()
  expect(await rpc<unknown[]>('settings.org.get', {})).toHaveLength(1)

  await expectLogged(page, { 添加学院: 1, 添加班级: 1, 删除学院: 0 })
})

test('settings: rooms and the idle lock', async ({ page, centre }) => {
  const { rpc } = centre
  await page.goto(centre.url)
  await openSection(page, '设置', '设置')
  await page.getByRole('tab', { name: '房间' }).click()
  await expect(page.getByText('还没有房间。')).toBeVisible()
  await checkAccessible(page, 'settings: rooms tab')

  // A capacity below 1 is refused on the field; nothing is saved.
  await page.getByRole('button', { name: '添加房间' }).click()
  const room = page.getByRole('dialog', { name: '添加房间' })
  await room.getByRole('textbox', { name: '名称' }).fill('个体咨询室一')
  await choose(page, room, '类型', '个体咨询室')
  await room.getByRole('textbox', { name: '位置' }).fill('行政楼 301')
  await room.getByRole('textbox', { name: '容纳人数' }).fill('0')
  await room.getByRole('button', { name: '保存' }).click()
  await expect(room.getByRole('textbox', { name: '容纳人数' })).toHaveAttribute('aria-invalid', 'true')
  await expect(room.getByText('不能小于 1。')).toBeVisible()
  expect(await rpc<unknown[]>('settings.rooms.list', {})).toEqual([])
  await room.getByRole('textbox', { name: '容纳人数' }).fill('2')
  await room.getByRole('button', { name: '保存' }).click()
  await expect(room).toBeHidden()
  const rooms = page.getByRole('table', { name: '中心的房间' })
  await expect(rowOf(rooms, '个体咨询室一')).toContainText('个体咨询室')
  await expect(rowOf(rooms, '个体咨询室一')).toContainText('行政楼 301')
  await expect(rowOf(rooms, '个体咨询室一')).toContainText('启用')
  await checkAccessible(page, 'settings: rooms tab with a room')

  await page.getByRole('tab', { name: '安全' }).click()
  const idle = page.getByRole('textbox', { name: '无操作自动锁定（分钟）' })
  await expect(idle).toHaveValue('10')
  await checkAccessible(page, 'settings: security tab')
  await idle.fill('61')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('不能大于 60。')).toBeVisible()
  expect(await rpc('settings.security.get', {})).toEqual({ idleTimeoutMinutes: 10 })
  await idle.fill('15')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('安全设置已保存。')).toBeVisible()
  expect(await rpc('settings.security.get', {})).toEqual({ idleTimeoutMinutes: 15 })

  await expectLogged(page, { 添加房间: 1, 修改安全设置: 1 })
})

test('audit: rows of what happened, filters, and the integrity check', async ({ page, centre }) => {
  const { rpc } = centre
  await rpc('users.create', { username: 'zhangsan', displayName: '张三', role: 'counsellor', firstPassword: TEMP_PASSWORD })
  await rpc('settings.college.create', { name: '信息工程学院' })
  await page.goto(centre.url)
  await openSection(page, '审计日志', '审计日志')
  const log = page.getByRole('table', { name: '审计记录，最新的在前' })
  await expect(rowOf(log, '创建用户')).toHaveCount(2)
  await expect(rowOf(log, '添加学院')).toHaveCount(1)
  await expect(rowOf(log, '初始化系统')).toContainText(ADMIN.displayName)
  const total = page.getByRole('status').filter({ hasText: '条记录' })
  await expect(total).toHaveText(/^共 \d+ 条记录$/)
  await checkAccessible(page, 'audit page')

  // Filter by action: only that act is left.
  const filters = page.getByRole('group', { name: '筛选' })
  await choose(page, filters, '操作', '添加学院')
  await expect(total).toHaveText('共 1 条记录')
  await expect(log.getByRole('row')).toHaveCount(2)
  await expect(log.getByRole('row').nth(1)).toContainText('添加学院')

  // Filter by user: the admin's acts, none of them by anyone else.
  await page.getByRole('button', { name: '清除筛选' }).click()
  await choose(page, filters, '用户', ADMIN.displayName)
  await expect(rowOf(log, '创建用户')).toHaveCount(2)
  await expect(log.getByRole('row').filter({ hasNotText: ADMIN.displayName })).toHaveCount(1) // the header

  // A date range in the future holds nothing; an inverted range is refused on the field.
  await page.getByRole('button', { name: '清除筛选' }).click()
  await filters.getByLabel('开始日期').fill('2099-01-01')
  await expect(page.getByText('没有符合条件的记录。')).toBeVisible()
  await expect(total).toHaveText('共 0 条记录')
  await filters.getByLabel('结束日期').fill('2098-12-31')
  await expect(page.getByText('结束日期不能早于开始日期。')).toBeVisible()
  await page.getByRole('button', { name: '清除筛选' }).click()
  await expect(rowOf(log, '添加学院')).toHaveCount(1)

  await page.getByRole('button', { name: '校验完整性' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^已检查 \d+ 行，哈希链完整，没有被改动。$/)).toBeVisible()
  const verified = await rpc<{ ok: boolean; checked: number }>('audit.verify', {})
  expect(verified.ok).toBe(true)
  await expect(rowOf(log, '校验审计日志')).toHaveCount(1)
  await checkAccessible(page, 'audit page after verification')
})
