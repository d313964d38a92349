import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, test, type CentreServer } from './fixtures'
import type { Rpc } from './rpc'
import { checkAccessible, choose, h1, nav } from './screens'

// Synthetic data only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
/** This suite's own first password, kept as it was (not screens.ts's TEMP_PASSWORD); its counsellors never sign in. */
const TEMP_PASSWORD = 'Temp-pass-2024x'
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

interface Setup {
  rpc: Rpc
  today: string
  students: Record<string, string>
  counsellors: Record<string, string>
  rooms: Record<string, string>
}

/** The centre's date, as the calendar opens on it. */
const centreToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * A centre with two counsellors available every day 09:00–12:00 and 14:00–17:00 (each in their
 * own room), a group room, and four students in one class.
 */
async function setUp({ rpc }: CentreServer): Promise<Setup> {
  const rooms: Record<string, string> = {}
  for (const [name, kind, capacity] of [
    ['咨询室 1', 'counselling', 2],
    ['咨询室 2', 'counselling', 2],
    ['团体活动室', 'group', 12]
  ] as const) {
    rooms[name] = (await rpc<{ id: string }>('settings.room.create', { name, kind, location: '学生活动中心 3 楼', capacity, active: true })).id
  }
  const counsellors: Record<string, string> = {}
  for (const [username, displayName, room] of [
    ['liu', '刘老师', '咨询室 1'],
    ['chen', '陈老师', '咨询室 2']
  ] as const) {
    const user = await rpc<{ id: string }>('users.create', { username, displayName, role: 'counsellor', firstPassword: TEMP_PASSWORD })
    counsellors[displayName] = user.id
    const slots = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, start: '09:00', end: '12:00', roomId: rooms[room], site: '' },
      { weekday, start: '14:00', end: '17:00', roomId: rooms[room], site: '' }
    ])
    await rpc('appointments.availability.set', { userId: user.id, slots })
  }
  const college = await rpc<{ id: string }>('settings.college.create', { name: '示范学院' })
  const klass = await rpc<{ id: string }>('settings.class.create', {
    collegeId: college.id,
    name: '心理 2301',
    grade: '2023',
    advisorName: '赵老师',
    advisorPhone: '0571-8888 0001'
  })
  const students: Record<string, string> = {}
  for (const [n, name] of ['张三', '李四', '王小明', '赵小红'].entries()) {
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
      phone: `1380000000${n + 1}`,
      guardianName: '',
      guardianRelation: '',
      guardianPhone: '',
      status: 'enrolled',
      contactNotes: ''
    })
    students[name] = created.id
  }
  return { rpc, today: centreToday(), students, counsellors, rooms }
}

/** Types into the student search and picks the student from what the core found. */
async function pickStudent(page: Page, scope: Locator, label: string, name: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).fill(name)
  await page.getByRole('option', { name: new RegExp(`^${name} ·`) }).click()
}

async function openCalendar(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await nav(page, '预约日历')
  await expect(h1(page, '预约日历')).toBeVisible()
}

/** A SegmentedControl's option: its radio is hidden behind the label a pointer clicks. */
async function segment(page: Page, group: string, option: string): Promise<void> {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click()
  await expect(page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true })).toBeChecked()
}

const grid = (page: Page) => page.getByRole('region', { name: /^预约日程表/ })
const event = (page: Page, name: RegExp) => grid(page).getByRole('button', { name })
const details = (page: Page) => page.getByRole('dialog', { name: '预约详情' })

/** A new appointment through the toolbar's button. */
async function book(page: Page, fields: { student?: string; counsellor: string; date: string; time: string; kind?: string; repeat?: number }): Promise<Locator> {
  await page.getByRole('button', { name: '新建预约' }).click()
  const dialog = page.getByRole('dialog', { name: '新建预约' })
  if (fields.kind) await choose(page, dialog, '类型', fields.kind)
  if (fields.student) await pickStudent(page, dialog, '学生', fields.student)
  await choose(page, dialog, '咨询师', fields.counsellor)
  await dialog.getByLabel('日期').fill(fields.date)
  await dialog.getByLabel('开始时间').fill(fields.time)
  if (fields.repeat) await dialog.getByRole('textbox', { name: '每周重复次数' }).fill(String(fields.repeat))
  await dialog.getByRole('button', { name: '预约', exact: true }).click()
  return dialog
}

test('calendar: book from a free slot, a clash refused, outside hours with a reason, move, no-show, attended, list, PDF', async ({
  page,
  centre
}) => {
  test.setTimeout(180_000)
  const { today } = await setUp(centre)
  await openCalendar(page, centre.url)
  await expect(grid(page)).toBeVisible()
  await checkAccessible(page, 'calendar, day view')

  // A free slot in 刘老师's row opens the booking dialog at that time, in their room.
  await grid(page).getByRole('button', { name: `空闲时段 刘老师 ${today} 09:00:00 - 09:30:00` }).click()
  const dialog = page.getByRole('dialog', { name: '新建预约' })
  await expect(dialog.getByRole('combobox', { name: '咨询师' })).toHaveValue('刘老师')
  await expect(dialog.getByRole('combobox', { name: '咨询室' })).toHaveValue('咨询室 1')
  await expect(dialog.getByLabel('开始时间')).toHaveValue('09:00')
  await expect(dialog.getByRole('textbox', { name: '时长（分钟）' })).toHaveValue('50')
  await dialog.getByRole('button', { name: '预约', exact: true }).click()
  await expect(dialog.getByRole('combobox', { name: '学生' })).toHaveAttribute('aria-invalid', 'true')
  await pickStudent(page, dialog, '学生', '张三')
  await checkAccessible(page, 'booking dialog')
  await dialog.getByRole('button', { name: '预约', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(event(page, /个体咨询 张三/)).toContainText('09:00–09:50')

  // The same counsellor, overlapping: refused, and the message names the clash.
  const clash = await book(page, { student: '李四', counsellor: '刘老师', date: today, time: '09:20' })
  await expect(clash.getByRole('alert')).toContainText(`刘老师 在 ${today} 09:00–09:50 已有预约，时间冲突。`)
  await clash.getByRole('button', { name: '取消' }).click()
  await expect(clash).toBeHidden()

  // Outside 刘老师's hours: refused until a reason is given, then booked with it.
  const outside = await book(page, { student: '李四', counsellor: '刘老师', date: today, time: '12:30' })
  await expect(outside.getByRole('alert')).toContainText(`${today} 12:30–13:20 不在 刘老师 的可预约时间内`)
  await outside.getByRole('button', { name: '仍然预约' }).click()
  await expect(outside.getByRole('textbox', { name: '仍要预约的理由' })).toHaveAttribute('aria-invalid', 'true')
  await outside.getByRole('textbox', { name: '仍要预约的理由' }).fill('学生只有午休时间可来。')
  await outside.getByRole('button', { name: '仍然预约' }).click()
  await expect(outside).toBeHidden()
  await expect(event(page, /个体咨询 李四/)).toContainText('12:30–13:20')

  // Move 张三 to 10:00 through the details dialog.
  await event(page, /个体咨询 张三/).click()
  await expect(details(page)).toContainText('咨询室 1')
  await expect(details(page).getByRole('link', { name: '张三' })).toBeVisible()
  await checkAccessible(page, 'details dialog')
  await details(page).getByRole('button', { name: '修改或改期' }).click()
  const move = page.getByRole('dialog', { name: '修改或改期' })
  await move.getByLabel('开始时间').fill('10:00')
  await move.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByRole('dialog', { name: '预约详情' })).toContainText('10:00–10:50')
  await details(page).getByRole('button', { name: '关闭' }).click()
  await expect(event(page, /个体咨询 张三/)).toContainText('10:00–10:50')

  // 李四 did not come: cancelled as a no-show, shown (struck through, with the word) when cancelled ones are shown.
  await event(page, /个体咨询 李四/).click()
  await details(page).getByRole('button', { name: '取消预约' }).click()
  const cancel = page.getByRole('dialog', { name: '取消预约' })
  await cancel.getByRole('radio', { name: '爽约' }).check()
  await cancel.getByRole('textbox', { name: '备注' }).fill('电话未接通。')
  await cancel.getByRole('button', { name: '取消预约' }).click()
  await expect(details(page)).toContainText('已取消 · 爽约')
  await details(page).getByRole('button', { name: '关闭' }).click()
  await expect(event(page, /李四/)).toHaveCount(0)
  await page.getByRole('switch', { name: '显示已取消的预约' }).check()
  await expect(event(page, /个体咨询 李四/)).toContainText('已取消')

  // 张三 came: marked attended.
  await event(page, /个体咨询 张三/).click()
  await details(page).getByRole('button', { name: '标记为已到访' }).click()
  await expect(details(page)).toContainText('已到访')
  await expect(details(page).getByRole('button', { name: '标记为已到访' })).toHaveCount(0)
  await details(page).getByRole('button', { name: '关闭' }).click()
  await expect(event(page, /个体咨询 张三/)).toContainText('已到访')

  // The week, and the list of the same appointments.
  await segment(page, '视图', '周')
  await expect(grid(page).getByRole('button', { name: new RegExp(`^空闲时段 陈老师 ${today}.* 09:00:00 - 10:00:00$`) })).toBeVisible()
  await checkAccessible(page, 'calendar, week view')
  await segment(page, '视图', '日')
  await segment(page, '显示方式', '列表')
  const table = page.getByRole('table', { name: /的预约$/ })
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row', { name: /10:00–10:50/ })).toContainText('已到访')
  await expect(table.getByRole('row', { name: /12:30–13:20/ })).toContainText('已取消 · 爽约')
  await checkAccessible(page, 'calendar, list view')
  await table.getByRole('button', { name: '10:00–10:50 个体咨询 的详情' }).click()
  await expect(details(page)).toContainText('张三')
  await details(page).getByRole('button', { name: '关闭' }).click()

  // By room: the same appointments in their rooms, and a row for phone and online sessions.
  await segment(page, '显示方式', '日程表')
  await segment(page, '按', '按咨询室')
  await expect(page.getByRole('combobox', { name: '显示的咨询室' })).toBeVisible()
  await expect(event(page, /个体咨询 张三/)).toContainText('已到访')
  await expect(grid(page).getByRole('button', { name: `空闲时段 电话/线上 ${today} 08:00:00 - 08:30:00` })).toBeVisible()

  // 刘老师's day as a PDF.
  await choose(page, page.getByRole('region', { name: '日历工具栏' }), '日程单的咨询师', '刘老师')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '打印日程单' }).click()
  const file = readFileSync(await (await download).path())
  expect(file.subarray(0, 4).toString('latin1')).toBe('%PDF')
})

test('calendar: a weekly series moved "this and following"; a group session full at its capacity', async ({ page, centre }) => {
  test.setTimeout(180_000)
  const { rpc, today } = await setUp(centre)
  await openCalendar(page, centre.url)

  // Four weekly sessions for 王小明 at 15:00.
  const series = await book(page, { student: '王小明', counsellor: '刘老师', date: today, time: '15:00', repeat: 4 })
  await expect(series).toBeHidden()
  await expect(page.getByText('已预约 4 次。')).toBeVisible()

  // A week on, the second of four moves to 16:00 with the ones after it.
  await page.getByRole('region', { name: '日历工具栏' }).getByLabel('日期').fill(addDays(today, 7))
  await event(page, /个体咨询 王小明/).click()
  await expect(details(page)).toContainText('每周一次，第 2 / 4 次')
  await details(page).getByRole('button', { name: '修改或改期' }).click()
  const move = page.getByRole('dialog', { name: '修改或改期' })
  await move.getByLabel('开始时间').fill('16:00')
  await move.getByRole('radio', { name: '此次及以后' }).check()
  await move.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByText('已改期 3 次预约。')).toBeVisible()
  await details(page).getByRole('button', { name: '关闭' }).click()
  await expect(event(page, /个体咨询 王小明/)).toContainText('16:00–16:50')

  const starts = async (): Promise<string[]> => {
    const week = await rpc<{ appointments: { start: string }[] }>('appointments.calendar', {
      from: today,
      to: addDays(today, 27)
    })
    return week.appointments.map((a) => new Date(a.start).toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }))
  }
  expect(await starts()).toEqual(['15:00', '16:00', '16:00', '16:00'])

  // Today's first session dragged to 陈老师 at 14:00: asked "this one or the following", this one moves.
  await page.getByRole('region', { name: '日历工具栏' }).getByRole('button', { name: '今天' }).click()
  const freeSlot = grid(page).getByRole('button', { name: `空闲时段 陈老师 ${today} 14:00:00 - 14:30:00` })
  await event(page, /个体咨询 王小明/).dragTo(freeSlot, { targetPosition: { x: 2, y: 20 } })
  const scope = page.getByRole('dialog', { name: '改期系列预约' })
  await scope.getByRole('button', { name: '仅此一次' }).click()
  await expect(page.getByText('已改期 1 次预约。')).toBeVisible()
  await expect(event(page, /个体咨询 王小明/)).toContainText('14:00–14:50')
  expect(await starts()).toEqual(['14:00', '16:00', '16:00', '16:00'])

  // A group session for two: the third participant is refused.
  await page.getByRole('button', { name: '新建预约' }).click()
  const dialog = page.getByRole('dialog', { name: '新建预约' })
  await choose(page, dialog, '类型', '团体辅导')
  await expect(dialog.getByRole('combobox', { name: '学生' })).toHaveCount(0)
  await dialog.getByRole('textbox', { name: '容量（人）' }).fill('2')
  await choose(page, dialog, '咨询师', '陈老师')
  await expect(dialog.getByRole('combobox', { name: '咨询室' })).toHaveValue('团体活动室')
  await dialog.getByLabel('开始时间').fill('09:00')
  await expect(dialog.getByRole('textbox', { name: '时长（分钟）' })).toHaveValue('90')
  await dialog.getByRole('button', { name: '预约', exact: true }).click()
  await expect(dialog).toBeHidden()

  await event(page, /团体辅导 0\/2 人/).click()
  const participants = details(page).getByRole('region', { name: '参加者' })
  await expect(participants).toContainText('已报名 0 / 容量 2')
  for (const name of ['张三', '李四']) {
    await pickStudent(page, participants, '添加学生', name)
    await participants.getByRole('button', { name: '添加', exact: true }).click()
    await expect(participants.getByRole('table', { name: '参加者名单' })).toContainText(name)
  }
  await expect(participants).toContainText('已报名 2 / 容量 2')
  await pickStudent(page, participants, '添加学生', '赵小红')
  await participants.getByRole('button', { name: '添加', exact: true }).click()
  await expect(participants.getByRole('alert')).toContainText('名额已满（上限 2 人）。')
  await checkAccessible(page, 'group session details')
  await participants.getByRole('button', { name: '移除 李四' }).click()
  await expect(participants).toContainText('已报名 1 / 容量 2')
})
