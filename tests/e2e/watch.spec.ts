import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, startServer, stopServer, test as base } from './fixtures'
import { sender, setUpCentre, type Rpc } from './rpc'
import { checkAccessible, choose, h1, nav } from './screens'

// Synthetic data only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
const HOUR = 3_600_000

interface Student {
  id: string
  name: string
}

/**
 * Browser mode whose clock the test can move forward (checklist deadlines are hours away).
 * The server's Node gets a tiny preload that shifts Date by 3 hours on each SIGUSR2.
 */
interface Centre {
  url: string
  advanceClock: () => void
  shiftMs: () => number
}

const CLOCK_SHIM = `
const Real = Date; let shift = 0;
function Shifted(...a) { if (!new.target) return new Real(Real.now() + shift).toString(); return a.length ? new Real(...a) : new Real(Real.now() + shift) }
Shifted.prototype = Real.prototype; Shifted.now = () => Real.now() + shift; Shifted.UTC = Real.UTC; Shifted.parse = Real.parse;
globalThis.Date = Shifted; process.on('SIGUSR2', () => { shift += ${3 * HOUR} });`

const test = base.extend<{ clocked: Centre }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  clocked: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xinan-e2e-watch-'))
    const before = process.env['NODE_OPTIONS']
    process.env['NODE_OPTIONS'] = `${before ?? ''} --import=data:text/javascript,${encodeURIComponent(CLOCK_SHIM)}`.trim()
    let child: ChildProcess
    let url: string
    try {
      ;({ url, process: child } = await startServer(dataDir))
    } finally {
      if (before === undefined) delete process.env['NODE_OPTIONS']
      else process.env['NODE_OPTIONS'] = before
    }
    let shift = 0
    try {
      await use({ url, advanceClock: () => ((shift += 3 * HOUR), child.kill('SIGUSR2')), shiftMs: () => shift })
    } finally {
      await stopServer(child)
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
})

const setUp = (request: APIRequestContext, centre: Centre): Promise<Rpc> =>
  setUpCentre(request, centre.url, { centreName: CENTRE, admin: ADMIN })

/** A college with one class, and students in it. */
async function addStudents(rpc: Rpc, names: string[]): Promise<Student[]> {
  const college = await rpc<{ id: string }>('settings.college.create', { name: '示范学院' })
  const klass = await rpc<{ id: string }>('settings.class.create', {
    collegeId: college.id,
    name: '心理 2301',
    grade: '2023',
    advisorName: '赵老师',
    advisorPhone: '0571-8888 0001'
  })
  const students: Student[] = []
  for (const [n, name] of names.entries()) {
    const created = await rpc<{ id: string }>('students.create', {
      studentNo: `2023010${n + 1}`,
      name,
      gender: 'unknown',
      birthDate: null,
      collegeId: college.id,
      classId: klass.id,
      grade: '2023',
      major: '应用心理学',
      dorm: `12号楼-30${n + 1}`,
      phone: '',
      guardianName: '',
      guardianRelation: '',
      guardianPhone: '',
      status: 'enrolled',
      contactNotes: ''
    })
    students.push({ id: created.id, name })
  }
  return students
}

async function openSection(page: Page, name: string, title: string): Promise<void> {
  await nav(page, name)
  await expect(h1(page, title)).toBeVisible()
}

const studentFile = (centre: Centre, student: Student) => `${centre.url}#/students/${student.id}`

test('watch list: tier, checklist, plan revisions, family contact, list, weekly review and its PDF', async ({ page, request, clocked: centre }) => {
  test.setTimeout(180_000)
  const rpc = await setUp(request, centre)
  const [zhang] = await addStudents(rpc, ['张三', '李四'])

  await page.goto(studentFile(centre, zhang!))
  const panel = page.getByRole('region', { name: '关注与干预' })
  await expect(panel).toContainText('不在关注名单')
  await checkAccessible(page, 'watch panel, not on the list')

  // Put on the list at "serious": the reason is required, nothing is written without it.
  await panel.getByRole('button', { name: '设定/调整关注等级' }).click()
  const tierDialog = page.getByRole('dialog', { name: '设定/调整关注等级' })
  await expect(tierDialog.getByRole('radio', { name: '移出关注名单' })).toHaveCount(0)
  await tierDialog.getByRole('radio', { name: '严重心理问题' }).check()
  await tierDialog.getByRole('button', { name: '保存等级' }).click()
  await expect(tierDialog.getByRole('textbox', { name: '原因' })).toHaveAttribute('aria-invalid', 'true')
  await checkAccessible(page, 'tier dialog with an error')
  await tierDialog.getByRole('textbox', { name: '原因' }).fill('期中考试后情绪持续低落，室友反映夜间失眠。')
  await tierDialog.getByRole('checkbox', { name: '学业压力' }).check()
  await tierDialog.getByRole('checkbox', { name: '家庭变故' }).check()
  await choose(page, tierDialog, '特殊时期（可不选）', '求职季')
  await tierDialog.getByRole('button', { name: '保存等级' }).click()
  await expect(tierDialog).toBeHidden()
  await expect(panel).toContainText('严重心理问题')
  await expect(panel).toContainText('学业压力、家庭变故')
  await expect(panel).toContainText('求职季')

  // The serious tier's three items; tick one with a note.
  const checklist = panel.getByRole('table', { name: '当前等级要求完成的事项及其期限' })
  await expect(checklist.locator('tbody tr')).toHaveCount(3)
  for (const item of ['已安排中心咨询', '已告知家长', '学院工作站持续关注']) await expect(checklist).toContainText(item)
  await checkAccessible(page, 'watch panel on the list')
  await checklist.getByRole('button', { name: '完成：已告知家长' }).click()
  const done = page.getByRole('dialog', { name: '记录完成：已告知家长' })
  await done.getByRole('textbox', { name: '备注（可不填）' }).fill('电话告知母亲，已同意配合。')
  await done.getByRole('button', { name: '标记为已完成' }).click()
  await expect(done).toBeHidden()
  const parents = checklist.getByRole('row', { name: /已告知家长/ })
  await expect(parents).toContainText(`${ADMIN.displayName} 于`)
  await expect(parents).toContainText('备注：电话告知母亲，已同意配合。')
  await expect(checklist.getByRole('button', { name: /^完成：/ })).toHaveCount(2)

  // The plan: made, then edited; both revisions are kept.
  await panel.getByRole('button', { name: '制定计划' }).click()
  const planDialog = page.getByRole('dialog', { name: '编辑一生一策' })
  await planDialog.getByRole('button', { name: '保存' }).click()
  await expect(planDialog.getByRole('textbox', { name: '目标' })).toHaveAttribute('aria-invalid', 'true')
  await checkAccessible(page, 'plan form with errors')
  await planDialog.getByRole('textbox', { name: '目标' }).fill('两周内恢复规律作息。')
  await planDialog.getByRole('textbox', { name: '措施' }).fill('每周一次中心咨询；朋辈支持每日问候。')
  await planDialog.getByRole('textbox', { name: '朋辈支持人' }).fill('王小明')
  await planDialog.getByRole('textbox', { name: '家庭联系人' }).fill('母亲')
  await planDialog.getByRole('button', { name: '保存' }).click()
  await expect(planDialog).toBeHidden()
  await expect(panel).toContainText('两周内恢复规律作息。')
  await panel.getByRole('button', { name: '编辑计划' }).click()
  await expect(planDialog.getByRole('textbox', { name: '目标' })).toHaveValue('两周内恢复规律作息。')
  await planDialog.getByRole('textbox', { name: '目标' }).fill('一个月内恢复规律作息，按时上课。')
  await planDialog.getByRole('button', { name: '保存' }).click()
  await expect(planDialog).toBeHidden()
  await expect(panel.getByRole('heading', { name: /一生一策/ })).toContainText('第 2 版')
  await panel.getByRole('button', { name: '历史版本' }).click()
  const history = page.getByRole('dialog', { name: '一生一策：历史版本' })
  await expect(history.getByRole('listitem')).toHaveCount(2)
  await expect(history.getByRole('listitem').nth(0)).toContainText('一个月内恢复规律作息，按时上课。')
  await expect(history.getByRole('listitem').nth(1)).toContainText('两周内恢复规律作息。')
  await history.getByRole('button', { name: '关闭' }).click()
  await expect(history).toBeHidden()

  // A family contact, which the student's timeline then shows.
  await panel.getByRole('button', { name: '记录跟进' }).click()
  const followUp = page.getByRole('dialog', { name: '记录跟进' })
  await choose(page, followUp, '跟进类型', '家校沟通')
  await choose(page, followUp, '方式', '电话')
  await followUp.getByRole('textbox', { name: '跟进对象（可不填）' }).fill('母亲')
  await followUp.getByRole('textbox', { name: '情况摘要' }).fill('与母亲沟通近况，约定每周电话一次。')
  await checkAccessible(page, 'follow-up form')
  await followUp.getByRole('button', { name: '保存记录' }).click()
  await expect(followUp).toBeHidden()
  await expect(page.getByRole('region', { name: '时间线' })).toContainText('与母亲沟通近况，约定每周电话一次。')

  // The watch list shows the student at "serious".
  await openSection(page, '关注名单', '关注名单')
  const list = page.getByRole('table', { name: '关注名单上的学生（1 人）' })
  const row = list.getByRole('row', { name: /张三/ })
  await expect(row).toContainText('严重')
  await expect(row).toContainText('示范学院 / 心理 2301')
  await expect(row).toContainText('2 项未完成，0 项逾期')
  await checkAccessible(page, 'watch list')

  // This week's review lists them (tier changed); the decision is saved and shown as saved.
  await openSection(page, '每周研判', '每周研判')
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '张三' }) })
  await expect(entry).toContainText('本周等级变化')
  await expect(entry).toContainText('尚未记录结论')
  await checkAccessible(page, 'weekly review')
  await choose(page, entry, '研判结论：张三', '维持')
  await entry.getByRole('textbox', { name: '结论说明：张三' }).fill('继续每周咨询，两周后复查。')
  await entry.getByRole('button', { name: '保存结论：张三' }).click()
  await expect(entry.getByRole('status')).toHaveText('已记录结论：维持')

  // The agenda as a PDF: downloaded, a real PDF of some size.
  await expect(page.getByText('每次打印都会记入审计日志')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '打印议程 (PDF)' }).click()
  const file = readFileSync(await (await download).path())
  expect(file.subarray(0, 4).toString('latin1')).toBe('%PDF')
  expect(file.length).toBeGreaterThan(10 * 1024)
})

test('home dashboard: empty states, the crisis list, and items that became overdue', async ({ page, request, clocked: centre }) => {
  test.setTimeout(120_000)
  const rpc = await setUp(request, centre)
  const [zhang, li] = await addStudents(rpc, ['张三', '李四', '王小明'])
  await page.goto(centre.url)
  const dashboard = page.getByRole('region', { name: '今日关注' })
  await expect(dashboard.getByRole('region', { name: '今天到期的复查' })).toContainText('今天没有到期的复查。')
  await expect(dashboard.getByRole('region', { name: '逾期未完成的事项' })).toContainText('没有逾期未完成的事项。')
  await expect(dashboard.getByRole('region', { name: '重大心理危机名单' })).toContainText('目前没有处于重大心理危机等级的学生。')
  await checkAccessible(page, 'home dashboard, empty')

  const setTier = (student: Student, tier: string) =>
    rpc('watch.setTier', { studentId: student.id, tier, reason: '筛查后约谈，评估结果提示风险。', riskFactors: ['emotional_crisis'], specialPeriod: null })
  await setTier(li!, 'crisis')
  await setTier(zhang!, 'general')
  await page.reload()
  const crisis = dashboard.getByRole('region', { name: '重大心理危机名单' })
  await expect(crisis.getByRole('link', { name: '李四' })).toBeVisible()
  await expect(crisis.getByRole('link', { name: '张三' })).toHaveCount(0)

  // Three hours on: the crisis tier's 1- and 2-hour items are overdue. The session idles out
  // meanwhile; the page is closed while the clocks move, so its own idle lock cannot race the login.
  await page.goto('about:blank')
  centre.advanceClock()
  const send = sender(request, centre.url)
  await expect.poll(async () => (await send('watch.dashboard', {})).error?.code).toBe('LOCKED')
  await rpc('auth.login', { username: ADMIN.username, password: ADMIN.password })
  await page.clock.install({ time: new Date(Date.now() + centre.shiftMs()) })
  await page.goto(centre.url)
  const overdue = dashboard.getByRole('region', { name: '逾期未完成的事项' })
  const items = overdue.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.filter({ hasText: '已落实 24 小时监护' })).toContainText('逾期 2 小时')
  await expect(items.filter({ hasText: '已立即通知家长' })).toContainText('逾期 1 小时')
  await expect(items.first().getByRole('link', { name: '李四' })).toBeVisible()
  await checkAccessible(page, 'home dashboard with overdue items and a crisis')

  // The student file says "overdue" in words, not only in red.
  await overdue.getByRole('link', { name: '李四' }).first().click()
  const checklist = page.getByRole('region', { name: '关注与干预' }).getByRole('table', { name: '当前等级要求完成的事项及其期限' })
  await expect(checklist.getByRole('row', { name: /已落实 24 小时监护/ })).toContainText('已逾期')
  await expect(checklist.getByRole('row', { name: /已提供绿色通道转介/ })).not.toContainText('已逾期')
})
