import type { Locator, Page } from '@playwright/test'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { addDays, centreDate, centreDayStartUtc } from '../../src/shared/centreTime'
import { expect, test, type CentreServer } from './fixtures'
import type { Rpc } from './rpc'
import { becomeUser, checkAccessible, choose, h1, nav, openFile, TEMP_PASSWORD } from './screens'

dayjs.extend(utc)

// Synthetic people only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
test.describe.configure({ timeout: 180_000 })
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

interface Centre {
  rpc: Rpc
  counsellorId: string
  roomId: string
  students: Record<string, { id: string; phone: string }>
}

/** The centre, a counselling room, a counsellor available every day 08:00–20:00, and two students. */
async function setUp({ rpc }: CentreServer): Promise<Centre> {
  const room = await rpc<{ id: string }>('settings.room.create', { name: '咨询室一', kind: 'counselling', location: '东楼 201', capacity: 2, active: true })
  const counsellor = await rpc<{ id: string }>('users.create', { username: 'chen', displayName: '陈老师', role: 'counsellor', firstPassword: TEMP_PASSWORD })
  const slots = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00', roomId: room.id, site: '本部' }))
  await rpc('appointments.availability.set', { userId: counsellor.id, slots })
  await rpc('users.create', { username: 'lisi', displayName: '李四', role: 'assistant', firstPassword: TEMP_PASSWORD })
  const students: Centre['students'] = {}
  for (const [n, name] of ['张三', '王小明'].entries()) {
    const phone = `1380000000${n + 1}`
    const created = await rpc<{ id: string }>('students.create', {
      studentNo: `2023010${n + 1}`,
      name,
      gender: 'unknown',
      birthDate: null,
      collegeId: null,
      classId: null,
      grade: '2023',
      major: '',
      dorm: '',
      phone,
      guardianName: '',
      guardianRelation: '',
      guardianPhone: '',
      status: 'enrolled',
      contactNotes: ''
    })
    students[name] = { id: created.id, phone }
  }
  return { rpc, counsellorId: counsellor.id, roomId: room.id, students }
}

/** Books from the open booking dialog: counsellor, date and time; the room follows the kind. */
async function bookInDialog(page: Page, date: string, time: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: '新建预约' })
  await expect(dialog.getByText(/^学生：/)).toBeVisible()
  await choose(page, dialog, '咨询师', '陈老师')
  await expect(dialog.getByRole('combobox', { name: '咨询室' })).toHaveValue('咨询室一')
  await dialog.getByLabel('日期').fill(date)
  await dialog.getByLabel('开始时间').fill(time)
  await dialog.getByRole('button', { name: '预约', exact: true }).click()
  return dialog
}

test('the front desk books an intake from the waitlist; a clash is refused with its reason; the counsellor marks it attended', async ({ page, centre }) => {
  const { rpc, counsellorId, roomId, students } = await setUp(centre)
  const today = centreDate()
  const tomorrow = addDays(today, 1)

  await becomeUser(page, rpc, centre, 'lisi')
  const summary = page.getByRole('region', { name: '候约名单', exact: true })
  await expect(summary).toContainText('候约名单上没有学生。')

  // Onto the waitlist: one through the dialog (found by pinyin), one already there.
  await nav(page, '候约名单')
  await expect(h1(page, '候约名单')).toBeVisible()
  await expect(page.getByText('候约名单上没有学生。')).toBeVisible()
  await page.getByRole('button', { name: '加入候约名单' }).click()
  const add = page.getByRole('dialog', { name: '加入候约名单' })
  await add.getByRole('combobox', { name: '学生' }).fill('zs')
  await page.getByRole('option', { name: /^张三/ }).click()
  await add.getByRole('radio', { name: '紧急' }).check()
  await add.getByLabel('备注').fill('下午方便接电话')
  await add.getByRole('button', { name: '加入名单' }).click()
  await expect(add).toBeHidden()
  await rpc('appointments.waitlist.add', { studentId: students['王小明']!.id, urgency: 'routine', note: '' })
  await page.reload()
  const waitlist = page.getByRole('table', { name: '候约名单，共 2 人' })
  const zhangRow = waitlist.getByRole('row').filter({ hasText: '张三' })
  await expect(zhangRow).toContainText('紧急')
  await expect(zhangRow).toContainText(students['张三']!.phone)
  await expect(zhangRow).toContainText('0 天')
  await expect(zhangRow).toContainText('下午方便接电话')
  await expect(waitlist.getByRole('row').nth(1)).toContainText('张三')

  // The same student twice: the core's reason, nothing added.
  await page.getByRole('button', { name: '加入候约名单' }).click()
  await add.getByRole('combobox', { name: '学生' }).fill('张三')
  await page.getByRole('option', { name: /^张三/ }).click()
  await add.getByRole('button', { name: '加入名单' }).click()
  await expect(add.getByRole('alert')).toContainText('该学生已在候约名单上。')
  await add.getByRole('button', { name: '取消' }).click()
  await checkAccessible(page, 'waitlist')

  await nav(page, '首页')
  await expect(summary).toContainText('2 人在等待')
  await expect(summary).toContainText('最久已等 0 天')

  // Booking from the list takes the student off it.
  await nav(page, '候约名单')
  await page.getByRole('button', { name: '为 张三 预约初访' }).click()
  await expect(page.getByRole('dialog', { name: '新建预约' }).getByText('学生：张三（20230101）')).toBeVisible()
  const booking = await bookInDialog(page, today, '10:00')
  await expect(booking).toBeHidden()
  await expect(page.getByRole('table', { name: '候约名单，共 1 人' })).not.toContainText('张三')

  // The same counsellor at the same time for another student: refused, naming the clash.
  await page.getByRole('button', { name: '为 王小明 预约初访' }).click()
  const clash = await bookInDialog(page, today, '10:00')
  await expect(clash).toContainText(/陈老师 在 .*10:00.* 已有预约，时间冲突。/)
  await clash.getByRole('button', { name: '取消' }).click()
  await expect(page.getByRole('table', { name: '候约名单，共 1 人' })).toContainText('王小明')

  await nav(page, '首页')
  await expect(summary).toContainText('1 人在等待')
  const todayTable = page.getByRole('table', { name: '今日预约，共 1 项' })
  await expect(todayTable).toContainText('张三')
  await expect(todayTable).toContainText('初访')
  await expect(todayTable).toContainText('陈老师')
  await expect(todayTable).toContainText('咨询室一')
  await checkAccessible(page, 'home dashboard')

  // Tomorrow's reminder calls: time, student and phone.
  const start = dayjs.utc(centreDayStartUtc(tomorrow)).add(9, 'hour').toISOString()
  await rpc('appointments.book', { kind: 'counselling', studentId: students['王小明']!.id, counsellorId, roomId, start })
  await nav(page, '候约名单')
  await page.getByRole('tab', { name: '明日提醒' }).click()
  await expect(page.getByLabel('日期')).toHaveValue(tomorrow)
  const remind = page.getByRole('table', { name: /的提醒名单，共 1 项/ })
  await expect(remind).toContainText('09:00–09:50')
  await expect(remind).toContainText('王小明')
  await expect(remind).toContainText(students['王小明']!.phone)
  await checkAccessible(page, 'reminder list')

  // The front desk sees when, what and with whom; nothing clinical, and a clinical channel refuses it.
  await openFile(page, students['张三']!.id)
  await expect(h1(page, '张三')).toBeVisible()
  const card = page.getByRole('region', { name: '预约', exact: true })
  const row = card.getByRole('row').filter({ hasText: '初访' })
  await expect(row).toContainText('陈老师')
  await expect(row).toContainText('已预约')
  await expect(card.getByRole('columnheader')).toHaveText(['时间', '类型', '咨询师', '咨询室', '状态', '操作'])
  await expect(page.getByRole('region', { name: '时间线' })).toHaveCount(0)
  const refused = await page.evaluate((studentId) => window.xinan.call('watch.get', { studentId }), students['张三']!.id)
  expect(refused.ok ? 'allowed' : refused.error.code).toBe('FORBIDDEN')
  await checkAccessible(page, 'student file with appointments (assistant)')
  // The calendar's details of the same appointment: when, what, who; no note to open.
  await nav(page, '预约日历')
  await page.getByRole('region', { name: '日历工具栏' }).getByText('列表', { exact: true }).click()
  await page.getByRole('button', { name: /初访 的详情$/ }).click()
  const details = page.getByRole('dialog', { name: '预约详情' })
  await expect(details).toContainText('张三')
  await expect(details).toContainText('陈老师')
  await expect(details).not.toContainText(/记录|笔记|风险|评估/)
  await details.getByRole('button', { name: '关闭' }).click()

  // The counsellor marks it attended from the student's file.
  await becomeUser(page, rpc, centre, 'chen')
  await openFile(page, students['张三']!.id)
  await expect(h1(page, '张三')).toBeVisible()
  await card.getByRole('button', { name: /初访：标记已到访$/ }).click()
  await expect(card.getByRole('row').filter({ hasText: '初访' })).toContainText('已到访')
  await expect(card.getByRole('button', { name: /标记已到访/ })).toHaveCount(0)
  await checkAccessible(page, 'student file with appointments (counsellor)')
})

test('the availability editor saves weekly hours, shows a bad slot on its row, and keeps leave', async ({ page, centre }) => {
  await setUp(centre)
  await page.goto(centre.url)
  await nav(page, '我的可约时间')
  await expect(h1(page, '可约时间')).toBeVisible()
  await expect(page.getByRole('combobox', { name: '咨询师' })).toHaveValue('王主任（管理员）')

  await page.getByRole('button', { name: '在星期一添加时段' }).click()
  const monday = page.getByRole('group', { name: '星期一 第 1 个时段' })
  await monday.getByLabel('开始').fill('09:00')
  await monday.getByLabel('结束').fill('12:00')
  await page.getByRole('button', { name: '保存每周时段' }).click()
  await expect(page.getByText('每周时段已保存。')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('group', { name: '星期一 第 1 个时段' }).getByLabel('结束')).toHaveValue('12:00')

  // An end before its start: the core's reason on that row, nothing saved.
  await page.getByRole('button', { name: '在星期二添加时段' }).click()
  const tuesday = page.getByRole('group', { name: '星期二 第 1 个时段' })
  await tuesday.getByLabel('开始').fill('14:00')
  await tuesday.getByLabel('结束').fill('13:00')
  await page.getByRole('button', { name: '保存每周时段' }).click()
  await expect(tuesday.getByLabel('结束')).toHaveAttribute('aria-invalid', 'true')
  await expect(tuesday).toContainText('结束时间必须晚于开始时间。')
  await expect(page.getByRole('group', { name: '星期一 第 1 个时段' }).getByLabel('结束')).not.toHaveAttribute('aria-invalid', 'true')
  await checkAccessible(page, 'availability editor with an error')

  // Leave: added, listed, deleted.
  await page.getByRole('button', { name: '登记例外' }).click()
  const leave = page.getByRole('dialog', { name: '登记例外' })
  await leave.getByLabel('备注').fill('年假')
  await leave.getByRole('button', { name: '登记', exact: true }).click()
  await expect(leave).toBeHidden()
  const exceptions = page.getByRole('table', { name: '例外日期，共 1 项' })
  await expect(exceptions).toContainText('请假')
  await expect(exceptions).toContainText('年假')
  await checkAccessible(page, 'availability page')
  await exceptions.getByRole('button', { name: /^删除 / }).click()
  await page.getByRole('dialog', { name: '删除例外日期' }).getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('没有登记例外日期。')).toBeVisible()
})

test('the settings tab saves a kind’s default length and refuses one out of range', async ({ page, centre }) => {
  await setUp(centre)
  await page.goto(centre.url)
  await nav(page, '设置')
  await page.getByRole('tab', { name: '预约' }).click()
  const counselling = page.getByRole('textbox', { name: '个体咨询' })
  await expect(counselling).toHaveValue('50')
  await counselling.fill('45')
  await page.getByRole('textbox', { name: '初访' }).fill('5')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('不能小于 10。')).toBeVisible()
  await checkAccessible(page, 'appointment settings with an error')

  await page.getByRole('textbox', { name: '初访' }).fill('60')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('预约设置已保存。')).toBeVisible()
  await page.reload()
  await page.getByRole('tab', { name: '预约' }).click()
  await expect(page.getByRole('textbox', { name: '个体咨询' })).toHaveValue('45')
  await expect(page.getByRole('textbox', { name: '初访' })).toHaveValue('60')
  await checkAccessible(page, 'appointment settings')
})
