import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import ExcelJS from 'exceljs'
import { centreDate, centreDayStartUtc } from '../../src/shared/centreTime'
import { expect, test } from './fixtures'
import type { Rpc } from './rpc'
import { checkAccessible, choose, h1, nav, rowOf, TEMP_PASSWORD } from './screens'

dayjs.extend(utc)

/*
 * Issue 8 through the screens: last month 示范学院 had 8 students in counselling (3 of them with an
 * intake too) and 文学院 6; the director logs a 5·25 event (corrects it, removes a duplicate), opens
 * last month's report, finds the figures, hidden cells and the event counted, is refused a range the
 * wrong way round and a threshold out of 3–11, and exports XLSX and PDF — files that hold no
 * student's name or number. Synthetic people only.
 */

const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
const KEY_WORK = { timeout: 30_000 }
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

/** Last month at the centre (`YYYY-MM`): the month the report opens on. */
const LAST_MONTH = dayjs.utc(`${centreDate().slice(0, 7)}-01`).subtract(1, 'month').format('YYYY-MM')

interface Person {
  no: string
  name: string
  gender: 'male' | 'female'
  college: 'big' | 'small'
  intake: boolean
}

const GIVEN = ['张三', '李四', '王小明', '赵敏', '钱多多', '孙丽', '周杰', '吴芳', '郑强', '冯雪', '陈晨', '褚琳', '卫东', '蒋欣']
/** 示范学院: 6 men and 2 women; 文学院: 3 and 3. Every college and gender publishes its total; most cells are under 5. */
const PEOPLE: Person[] = GIVEN.map((name, n) => ({
  no: `20230100${String(n + 1).padStart(2, '0')}`,
  name,
  gender: n === 1 || n === 3 || (n >= 8 && n % 2 === 1) ? 'female' : 'male',
  college: n < 8 ? 'big' : 'small',
  intake: n < 3
}))

/** A room, 陈老师 (open every day), two colleges and their students, and last month's attended sessions. */
async function seed(rpc: Rpc): Promise<void> {
  const room = await rpc<{ id: string }>('settings.room.create', { name: '咨询室一', kind: 'counselling', location: '东楼 201', capacity: 2, active: true })
  const chen = await rpc<{ id: string }>('users.create', { username: 'chen', displayName: '陈老师', role: 'counsellor', firstPassword: TEMP_PASSWORD })
  const slots = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00', roomId: room.id, site: '本部' }))
  await rpc('appointments.availability.set', { userId: chen.id, slots })
  const big = await rpc<{ id: string }>('settings.college.create', { name: '示范学院' })
  const small = await rpc<{ id: string }>('settings.college.create', { name: '文学院' })
  let hour = 0
  for (const [n, person] of PEOPLE.entries()) {
    const student = await rpc<{ id: string }>('students.create', {
      studentNo: person.no,
      name: person.name,
      gender: person.gender,
      birthDate: null,
      collegeId: person.college === 'big' ? big.id : small.id,
      classId: null,
      grade: '2023',
      major: '',
      dorm: '',
      phone: '',
      guardianName: '',
      guardianRelation: '',
      guardianPhone: '',
      status: 'enrolled',
      contactNotes: ''
    })
    // One session a day from the 1st, the intakes the hour before; all in the past, so attendable.
    const day = `${LAST_MONTH}-${String(n + 1).padStart(2, '0')}`
    for (const kind of person.intake ? ['intake', 'counselling'] : ['counselling']) {
      const start = dayjs.utc(centreDayStartUtc(day)).add(9 + (hour++ % 2), 'hour').toISOString()
      const [booked] = await rpc<{ id: string }[]>('appointments.book', { kind, studentId: student.id, counsellorId: chen.id, roomId: room.id, start })
      await rpc('appointments.attend', { id: booked!.id })
    }
  }
}

async function download(page: Page, button: string): Promise<string> {
  const file = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  return (await file).path()
}

/** Every cell of every sheet, as text. */
async function workbookText(path: string): Promise<{ sheets: string[]; cells: string[] }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const cells: string[] = []
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))))
  return { sheets: workbook.worksheets.map((s) => s.name), cells }
}

const MONTH_LABEL = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${LAST_MONTH}-01T00:00:00Z`))
const MONTH_LABEL_BEFORE = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
  dayjs.utc(`${LAST_MONTH}-01`).subtract(1, 'month').toDate()
)
const EVENT = '5·25 心理健康日游园会'

test('last month’s report: figures, a hidden cell, a logged 5·25 event; XLSX and PDF without a student in them', async ({ page, centre }) => {
  const { rpc } = centre
  await seed(rpc)
  await page.goto(centre.url)
  await nav(page, '统计')
  await expect(h1(page, '统计与活动')).toBeVisible()

  // The activity log: an event needs its theme, said at the field; then logged for last month.
  await page.getByRole('tab', { name: '中心活动' }).click()
  await page.getByRole('button', { name: '记录活动' }).click()
  const form = page.getByRole('dialog', { name: '记录活动' })
  await choose(page, form, '类别', '主题活动')
  await form.getByRole('textbox', { name: '活动名称' }).fill(EVENT)
  await form.getByLabel('日期').fill(`${LAST_MONTH}-25`)
  await form.getByRole('textbox', { name: '参与人数' }).fill('120')
  await form.getByRole('button', { name: '记录活动' }).click()
  await expect(form.getByRole('combobox', { name: '主题' })).toHaveAccessibleDescription('必填。')
  await choose(page, form, '主题', '5·25 心理健康日')
  await form.getByRole('button', { name: '记录活动' }).click()
  await expect(form).toBeHidden()
  // The list opens on this month; the event is last month's.
  const activities = page.getByRole('tabpanel', { name: '中心活动' })
  await choose(page, activities, '月份', MONTH_LABEL)
  const logged = rowOf(activities.getByRole('table', { name: /中心活动/ }), EVENT)
  await expect(logged).toContainText('5·25 心理健康日')
  await expect(logged).toContainText('120')
  await expect(logged).toContainText('王主任')
  // Corrected: 150 came, not 120.
  await logged.getByRole('button', { name: `编辑：${EVENT}` }).click()
  const edit = page.getByRole('dialog', { name: '编辑活动' })
  await edit.getByRole('textbox', { name: '参与人数' }).fill('150')
  await edit.getByRole('button', { name: '保存修改' }).click()
  await expect(edit).toBeHidden()
  await expect(logged).toContainText('150')
  // One logged by mistake goes, with a reason.
  await rpc('activities.create', { kind: 'lecture', title: '重复录入的讲座', date: `${LAST_MONTH}-26`, participants: 40, channel: null, theme: null, notes: '' })
  await choose(page, activities, '月份', MONTH_LABEL_BEFORE)
  await choose(page, activities, '月份', MONTH_LABEL)
  await activities.getByRole('button', { name: '删除：重复录入的讲座' }).click()
  const remove = page.getByRole('dialog', { name: '删除活动：重复录入的讲座' })
  await remove.getByRole('button', { name: '删除活动' }).click()
  await expect(remove.getByRole('textbox', { name: '删除原因' })).toHaveAccessibleDescription('必填。')
  await remove.getByRole('textbox', { name: '删除原因' }).fill('重复录入')
  await remove.getByRole('button', { name: '删除活动' }).click()
  await expect(remove).toBeHidden()
  await expect(activities.getByRole('table', { name: /中心活动/ })).not.toContainText('重复录入的讲座')
  await checkAccessible(page, 'statistics: activities')

  // The report opens on last month.
  await page.getByRole('tab', { name: '月度报表' }).click()
  const report = page.getByRole('tabpanel', { name: '月度报表' })
  await choose(page, report, '月份', MONTH_LABEL)
  const counselling = report.getByRole('region', { name: '咨询工作' })
  await expect(counselling.locator('[data-figure="sessions"]')).toContainText('17', KEY_WORK)
  await expect(counselling.locator('[data-figure="students"]')).toContainText('14')
  // 3 first visits: under k, published as "<5" and read out as why.
  await expect(counselling.locator('[data-figure="firstVisits"]')).toContainText('<5')
  await expect(counselling.locator('[data-figure="firstVisits"]')).toContainText('少于 5 人')
  // Students by college × gender: margins published, cells hidden (small ones, and one that would give them away).
  const byCollege = counselling.getByRole('table', { name: '咨询人数：学院 × 性别' })
  await expect(rowOf(byCollege, '示范学院')).toContainText('<5')
  await expect(rowOf(byCollege, '示范学院')).toContainText('为防止推算而隐藏')
  await expect(rowOf(byCollege, '示范学院').getByRole('cell').last()).toHaveText('8')
  await expect(byCollege.getByRole('row').last()).toHaveText(/合计\s*9\s*5\s*14/)
  await expect(report.getByRole('figure', { name: '各学院来访学生人数' })).toContainText('示范学院 8')
  // The event counted.
  const activityFigures = report.getByRole('region', { name: '中心活动' })
  await expect(activityFigures.locator('[data-figure="events525"]')).toContainText('1')
  await expect(rowOf(activityFigures.getByRole('table', { name: '中心活动：类别' }), '主题活动')).toHaveText(/主题活动\s*1\s*150/)
  await checkAccessible(page, 'statistics: report')

  // A range the wrong way round is refused at its field; a threshold out of 3–11 at its own.
  await report.getByText('自定义', { exact: true }).click()
  await report.getByLabel('开始日期').fill(`${LAST_MONTH}-20`)
  await report.getByLabel('结束日期').fill(`${LAST_MONTH}-10`)
  await report.getByRole('button', { name: '查看' }).click()
  await expect(report.getByLabel('结束日期')).toHaveAccessibleDescription('结束日期不能早于开始日期。')
  await report.getByText('月', { exact: true }).click()
  await expect(counselling.locator('[data-figure="sessions"]')).toContainText('17')
  await report.getByRole('textbox', { name: '统计阈值 k' }).fill('20')
  await report.getByRole('button', { name: '保存阈值' }).click()
  await expect(report.getByRole('textbox', { name: '统计阈值 k' })).toHaveAccessibleDescription(/不能大于 11/)
  expect(await rpc('stats.settings.get', {})).toEqual({ threshold: 5 })

  // The exports hold the figures and no student.
  const tables = await rpc<{ sections: { tables: unknown[] }[] }>('stats.report', {
    range: { from: `${LAST_MONTH}-01`, to: `${LAST_MONTH}-${String(dayjs.utc(`${LAST_MONTH}-01`).daysInMonth())}` },
    locale: 'zh-CN'
  })
  const xlsx = await workbookText(await download(page, '导出 XLSX'))
  await expect(page.getByText(/已导出 statistics-.*\.xlsx/)).toBeVisible()
  expect(xlsx.sheets).toHaveLength(1 + tables.sections.flatMap((s) => s.tables).length)
  expect(xlsx.sheets).toContain('咨询人数：学院 × 性别')
  expect(xlsx.cells).toContain('咨询人次')
  expect(xlsx.cells).toContain('17')
  expect(xlsx.cells).toContain('*')
  for (const person of PEOPLE) {
    expect(xlsx.cells.filter((cell) => cell.includes(person.name) || cell.includes(person.no))).toEqual([])
  }

  const pdf = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', await download(page, '导出 PDF'), '-'], { encoding: 'utf8' })
  const squeezed = pdf.replace(/\s+/g, '')
  expect(squeezed).toContain('心理健康教育工作统计')
  expect(squeezed).toContain('咨询人次')
  expect(squeezed).toContain(CENTRE)
  for (const person of PEOPLE) {
    expect(squeezed).not.toContain(person.name)
    expect(squeezed).not.toContain(person.no)
  }
})
