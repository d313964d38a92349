import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, startServer, stopServer, test } from './fixtures'
import { rpcFor, sender, setUpCentre, type Rpc } from './rpc'
import { becomeUser, checkAccessible, h1, openFile, TEMP_PASSWORD } from './screens'

/**
 * Issue 9 through its screens: a backup made and restored from Settings, a fresh install brought
 * back from a backup with the recovery code, the retention purge, and the dashboard's alert after
 * a failed backup. Setup goes through the core's HTTP API where the screen is not the subject.
 */

// Synthetic people only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
/** Calls that wait on the core: key derivation at login and restore, a backup's copy and verify. */
const SLOW = { timeout: 45_000 }
test.describe.configure({ timeout: 120_000 })

/** A folder outside every data dir, for the backups; removed after the test. */
function backupFolder(): string {
  return mkdtempSync(join(tmpdir(), 'xinan-e2e-backups-'))
}

const STUDENT = {
  studentNo: '2020010001',
  name: '张三',
  gender: 'unknown',
  birthDate: null,
  collegeId: null,
  classId: null,
  grade: '2020',
  major: '',
  dorm: '',
  phone: '13800000001',
  guardianName: '',
  guardianRelation: '',
  guardianPhone: '',
  status: 'enrolled',
  contactNotes: ''
}

const addStudent = (rpc: Rpc, fields: Partial<typeof STUDENT> = {}) => rpc<{ id: string }>('students.create', { ...STUDENT, ...fields })

/** The centre, set up over HTTP, and the recovery code it showed once (setUpCentre keeps it to itself). */
async function setUpWithCode(request: APIRequestContext, url: string): Promise<{ rpc: Rpc; code: string }> {
  const rpc = rpcFor(request, url)
  await rpc('auth.setup', { centreName: CENTRE, admin: ADMIN })
  const { code, confirmGroups } = await rpc<{ code: string; confirmGroups: number[] }>('auth.recoveryCode.get', {})
  const groups = code.split('-')
  await rpc('auth.recoveryCode.confirm', { groups: confirmGroups.map((n) => groups[n - 1]) })
  return { rpc, code }
}

async function logInAsAdmin(page: Page): Promise<void> {
  await expect(h1(page, '登录')).toBeVisible(SLOW)
  await page.getByRole('textbox', { name: '用户名' }).fill(ADMIN.username)
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

const backupTable = (page: Page) => page.getByRole('table', { name: /中的备份，最新的在前$/ })

test('an admin sets the backup folder, backs up, and restores a discarded draft from the backup', async ({ page, request, server }) => {
  const rpc = await setUpCentre(request, server.url, { centreName: CENTRE, admin: ADMIN })
  const student = await addStudent(rpc)
  const note = await rpc<{ id: string }>('notes.create', { studentId: student.id, appointmentId: null, templateKey: 'intake' })
  const folder = backupFolder()
  try {
    // No folder yet: the dashboard says so, and links to the backup tab.
    await page.goto(server.url)
    const unset = page.getByRole('main').locator('.mantine-Alert-root').filter({ hasText: '尚未设置备份文件夹' })
    await expect(unset).toBeVisible()
    await unset.getByRole('link', { name: '打开 设置 → 备份' }).click()
    await expect(page.getByRole('tab', { name: '备份与数据保留', selected: true })).toBeVisible()

    // Browser mode has no folder dialog: the path is typed. A relative path is refused on the field.
    const folderBox = page.getByRole('textbox', { name: '备份文件夹' })
    await folderBox.fill('backups')
    await page.getByRole('button', { name: '保存' }).first().click()
    await expect(folderBox).toHaveAttribute('aria-invalid', 'true')
    await folderBox.fill(folder)
    await page.getByRole('button', { name: '保存' }).first().click()
    await expect(page.getByText('备份设置已保存。')).toBeVisible()

    await page.getByRole('button', { name: '立即备份' }).click()
    await expect(page.getByText(/^备份完成：xinan-backup-\d{8}-\d{6}。保留最近 14 份。$/)).toBeVisible(SLOW)
    const row = backupTable(page).getByRole('row').filter({ hasText: 'xinan-backup-' })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('学生 1 人 · 咨询记录 1 份 · 预约 0 次')
    await expect(row).toContainText(CENTRE)
    await row.getByRole('button', { name: /^校验备份 xinan-backup-/ }).click()
    await expect(row.getByText('✓ 校验通过')).toBeVisible(SLOW)
    await checkAccessible(page, 'backup tab with a backup')

    // The draft goes after the backup (its own screens are tested in notes.spec.ts).
    await rpc('notes.discardDraft', { id: note.id })
    expect(await rpc<unknown[]>('notes.forStudent', { studentId: student.id })).toEqual([])

    await row.getByRole('button', { name: /^从备份 xinan-backup-.* 恢复$/ }).click()
    const dialog = page.getByRole('dialog', { name: '从这份备份恢复？' })
    await expect(dialog).toContainText('学生 1 人 · 咨询记录 1 份')
    await expect(dialog).toContainText('当前的数据不会删除')
    const go = dialog.getByRole('button', { name: '恢复这份备份' })
    await expect(go).toBeDisabled()
    await checkAccessible(page, 'restore dialog')
    await dialog.getByRole('textbox', { name: '请输入“恢复”以确认' }).fill('恢复')
    await go.click()

    // Everyone is signed out; the passwords of the backup's time open it.
    await logInAsAdmin(page)
    await openFile(page, student.id)
    await expect(h1(page, '张三')).toBeVisible(SLOW)
    const notes = page.getByRole('region', { name: '咨询记录', exact: true })
    await expect(notes.getByRole('table')).toContainText('初始访谈')

    // The student's full record, for an access request: said to hold everything, then saved.
    await page.getByRole('button', { name: '导出完整记录（PDF）' }).click()
    const ask = page.getByRole('dialog', { name: '导出该学生的完整记录？' })
    await expect(ask).toContainText('包括敏感咨询记录')
    const download = page.waitForEvent('download', SLOW)
    await ask.getByRole('button', { name: '导出' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('a fresh install restores a backup from the setup screen with the recovery code', async ({ page, request, server }) => {
  const folder = backupFolder()
  const sourceDir = mkdtempSync(join(tmpdir(), 'xinan-e2e-source-'))
  let source: ChildProcess | null = null
  try {
    // The old PC: a centre with a student, backed up, then gone.
    const started = await startServer(sourceDir)
    source = started.process
    const { rpc, code } = await setUpWithCode(request, started.url)
    await addStudent(rpc)
    await rpc('backup.settings.update', { folder, dailyAt: null, keep: 14 })
    const { backup } = await rpc<{ backup: { path: string; name: string } }>('backup.create', {})
    await stopServer(source)

    // The new PC.
    await page.goto(server.url)
    await expect(h1(page, '首次设置')).toBeVisible()
    await page.getByRole('button', { name: '已有备份？从备份恢复' }).click()
    await expect(h1(page, '从备份恢复')).toBeVisible()
    await page.getByRole('button', { name: '读取备份' }).click()
    await expect(page.getByRole('textbox', { name: '备份文件夹' })).toHaveAttribute('aria-invalid', 'true')
    await page.getByRole('textbox', { name: '备份文件夹' }).fill(backup.path)
    await page.getByRole('button', { name: '读取备份' }).click()
    const found = page.getByRole('region', { name: '找到的备份' })
    await expect(found).toContainText(`中心：${CENTRE}`)
    await expect(found).toContainText('学生 1 人')
    await expect(found).toBeFocused()
    await expect(page.getByRole('radio', { name: '恢复码' })).toBeChecked()
    await checkAccessible(page, 'fresh restore screen')

    // A wrong code is refused, with nothing changed.
    await page.getByRole('textbox', { name: '恢复码' }).fill('AAAAA-AAAAA-AAAAA-AAAAA-AAAAA')
    await page.getByRole('button', { name: '从这份备份恢复' }).click()
    await page.getByRole('dialog', { name: '恢复这份备份？' }).getByRole('button', { name: '恢复', exact: true }).click()
    await expect(page.getByRole('alert').filter({ hasText: '密码或恢复码无法打开此备份' })).toBeVisible(SLOW)

    await page.getByRole('textbox', { name: '恢复码' }).fill(code.toLowerCase())
    await page.getByRole('button', { name: '从这份备份恢复' }).click()
    const confirm = page.getByRole('dialog', { name: '恢复这份备份？' })
    await expect(confirm).toContainText(CENTRE)
    await confirm.getByRole('button', { name: '恢复', exact: true }).click()

    await logInAsAdmin(page)
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学生', exact: true }).click()
    await expect(page.getByRole('main').getByText('张三')).toBeVisible(SLOW)
  } finally {
    if (source) await stopServer(source)
    rmSync(sourceDir, { recursive: true, force: true })
    rmSync(folder, { recursive: true, force: true })
  }
})

/*
 * Retention runs in years. The server's Node gets a tiny preload that starts its clock eleven
 * years back and, on SIGUSR2, sets it to now: a student graduates "then" and is due "now".
 */
const YEARS_BACK = 11
const CLOCK_SHIM = `
const Real = Date; let shift = -${YEARS_BACK} * 365.25 * 864e5;
function Shifted(...a) { if (!new.target) return new Real(Real.now() + shift).toString(); return a.length ? new Real(...a) : new Real(Real.now() + shift) }
Shifted.prototype = Real.prototype; Shifted.now = () => Real.now() + shift; Shifted.UTC = Real.UTC; Shifted.parse = Real.parse;
globalThis.Date = Shifted; process.on('SIGUSR2', () => { shift = 0 });`

async function startInThePast(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const before = process.env['NODE_OPTIONS']
  process.env['NODE_OPTIONS'] = `${before ?? ''} --import=data:text/javascript,${encodeURIComponent(CLOCK_SHIM)}`.trim()
  try {
    return await startServer(dataDir)
  } finally {
    if (before === undefined) delete process.env['NODE_OPTIONS']
    else process.env['NODE_OPTIONS'] = before
  }
}

test('records of a student who left long ago are previewed and purged with the typed count', async ({ page, request }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-e2e-retention-'))
  const { url, process: child } = await startInThePast(dataDir)
  try {
    const rpc = await setUpCentre(request, url, { centreName: CENTRE, admin: ADMIN })
    // 李四 graduates eleven years ago; 张三 is still enrolled and is never due.
    const leaver = await addStudent(rpc, { studentNo: '2010010002', name: '李四', status: 'graduated' })
    await rpc('notes.create', { studentId: leaver.id, appointmentId: null, templateKey: 'intake' })
    await addStudent(rpc)
    child.kill('SIGUSR2')
    // Eleven years without a touch is past any idle lock: sign in again at the new time.
    const send = sender(request, url)
    const status = await send('app.status', {})
    if ((status.value as { session: unknown }).session === null) await rpc('auth.login', { username: ADMIN.username, password: ADMIN.password })

    await page.goto(`${url}#/settings?tab=backup`)
    await expect(page.getByRole('tab', { name: '备份与数据保留', selected: true })).toBeVisible(SLOW)
    await expect(page.getByText(/之前离校、已满保留期限的学生：1 人。$/)).toBeVisible()
    const counts = page.getByRole('table', { name: '到期可销毁的记录，按类别计数' })
    await expect(counts.getByRole('row', { name: /咨询记录\s*1/ })).toBeVisible()

    await page.getByRole('button', { name: '销毁到期记录…' }).click()
    const dialog = page.getByRole('dialog', { name: '永久销毁到期记录' })
    await expect(dialog).toContainText('销毁后无法恢复，备份中的副本随备份轮换而消失。')
    const go = dialog.getByRole('button', { name: '永久销毁' })
    const count = dialog.getByRole('textbox', { name: '请输入要销毁的学生人数以确认' })
    await count.fill('2')
    await expect(go).toBeDisabled()
    await checkAccessible(page, 'purge dialog')
    await count.fill('1')
    await go.click()
    await expect(page.getByText('已销毁 1 名学生的记录（其他记录共 1 条）。')).toBeVisible(SLOW)
    await expect(page.getByText('目前没有已满保留期限的记录。')).toBeVisible()
    const left = await rpc<{ rows: { name: string }[] }>('students.list', {})
    expect(left.rows.map((s) => s.name)).toEqual(['张三'])
  } finally {
    await stopServer(child)
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('a failed backup shows a red alert on everyone’s dashboard', async ({ page, request, server }) => {
  const rpc = await setUpCentre(request, server.url, { centreName: CENTRE, admin: ADMIN })
  await rpc('users.create', { username: 'chen', displayName: '陈老师', role: 'counsellor', firstPassword: TEMP_PASSWORD })
  const folder = backupFolder()
  await rpc('backup.settings.update', { folder, dailyAt: null, keep: 14 })
  // The drive is pulled: the folder is now a file.
  rmSync(folder, { recursive: true, force: true })
  writeFileSync(folder, 'not a folder')
  try {
    await page.goto(`${server.url}#/settings?tab=backup`)
    await page.getByRole('button', { name: '立即备份' }).click()
    await expect(page.locator('.mantine-Notification-root').filter({ hasText: '备份失败' })).toBeVisible(SLOW)
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页', exact: true }).click()
    const alert = page.getByRole('main').getByRole('alert', { name: '备份失败' })
    await expect(alert).toContainText('备份失败：无法写入所选文件夹')
    await expect(alert.getByRole('link', { name: '打开 设置 → 备份' })).toBeVisible()
    await checkAccessible(page, 'home with a failed backup')

    // A counsellor sees it too, and is asked to tell an administrator.
    await becomeUser(page, rpc, server, 'chen')
    const theirs = page.getByRole('main').getByRole('alert', { name: '备份失败' })
    await expect(theirs).toContainText('请告知管理员。', SLOW)
  } finally {
    rmSync(folder, { force: true })
  }
})
