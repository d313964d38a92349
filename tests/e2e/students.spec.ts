import type { Page } from '@playwright/test'
import iconv from 'iconv-lite'
import { expect, test } from './fixtures'
import type { Rpc } from './rpc'
import { becomeUser, checkAccessible, h1, nav, rowOf, TEMP_PASSWORD } from './screens'

// Synthetic people and colleges only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
const KEY_WORK = { timeout: 60_000 }
test.describe.configure({ timeout: 180_000 })
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

const HEADER = ['学号', '姓名', '性别', '学院', '班级', '宿舍', '联系电话']
const GIVEN = ['小明', '晓红', '子涵', '思远', '雨桐', '浩然', '欣怡', '宇航', '佳琪', '梓轩', '一诺', '俊杰', '诗涵', '天佑']
const FAMILY = ['李', '赵', '钱', '孙', '周', '吴', '郑', '冯']

/** 30 synthetic students: 张三 and 王堃 (a rare character) in 文学院, the others spread over two colleges. */
function rosterRows(): string[][] {
  const rows: string[][] = [
    ['2023010001', '张三', '男', '文学院', '汉语言2301', '12号楼-305', '13800000001'],
    ['2023010002', '王堃', '男', '文学院', '汉语言2301', '12号楼-306', '13800000002']
  ]
  for (let n = 3; n <= 30; n++) {
    const literature = n % 2 === 0
    rows.push([
      `20230100${String(n).padStart(2, '0')}`,
      `${FAMILY[n % FAMILY.length]}${GIVEN[n % GIVEN.length]}`,
      n % 3 === 0 ? '女' : '男',
      literature ? '文学院' : '理学院',
      literature ? '汉语言2302' : '物理2301',
      `${literature ? 12 : 8}号楼-${100 + n}`,
      `139000000${String(n).padStart(2, '0')}`
    ])
  }
  return rows
}

const toCsv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n'
/** Excel in China saves CSV in GBK. */
const gbkRoster = () => iconv.encode(toCsv(rosterRows()), 'gbk')

async function importByRpc(rpc: Rpc): Promise<void> {
  const contentBase64 = Buffer.from(toCsv(rosterRows()), 'utf8').toString('base64')
  const checked = await rpc<{ mapping: Record<string, number> }>('students.import.check', { fileName: 'roster.csv', contentBase64 })
  await rpc('students.import.commit', { fileName: 'roster.csv', contentBase64, mapping: checked.mapping, createMissing: true })
}

async function openStudents(page: Page): Promise<void> {
  await nav(page, '学生')
  await expect(h1(page, '学生')).toBeVisible()
}

const studentTable = (page: Page) => page.getByRole('table', { name: /学生名单/ })

test('import a GBK roster: guessed mapping, preview, missing college and class created, then listed', async ({ page, centre }) => {
  const { rpc } = centre
  await page.goto(centre.url)
  await openStudents(page)
  await expect(page.getByText('还没有学生。可以导入名单或新建学生。')).toBeVisible()
  await checkAccessible(page, 'empty student list')

  await page.getByRole('link', { name: '导入名单' }).click()
  await expect(h1(page, '导入学生名单')).toBeVisible()
  await checkAccessible(page, 'import wizard: choose file')

  await page.locator('input[type="file"]').setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: gbkRoster() })
  await expect(page.getByText('格式：CSV；编码：GBK / GB18030；数据行：30')).toBeVisible(KEY_WORK)
  // The mapping was guessed from the Chinese headers.
  await expect(page.getByRole('combobox', { name: '“学号”列导入为' })).toHaveValue('学号')
  await expect(page.getByRole('combobox', { name: '“联系电话”列导入为' })).toHaveValue('联系电话')
  const preview = page.getByRole('table', { name: /预览/ })
  await expect(preview).toContainText('张三')
  await expect(preview).toContainText('王堃')
  await expect(page.getByText('将新建 30 名学生，更新 0 名学生。')).toBeVisible()
  await expect(page.getByText('学院：理学院、文学院')).toBeVisible()
  const commit = page.getByRole('button', { name: '导入 30 名学生' })
  // Colleges that do not exist stop the import until the user says to create them.
  await expect(commit).toBeDisabled()
  await checkAccessible(page, 'import wizard: check')

  await page.getByRole('checkbox', { name: '导入时新建这些学院和班级' }).check()
  await commit.click()
  await expect(page.getByText('新建 30 名学生，更新 0 名；新建学院 2 个、班级 3 个。')).toBeVisible(KEY_WORK)
  await expect(page.getByRole('progressbar', { name: '导入进度' })).toHaveAttribute('aria-valuetext', '已完成（第 4 步，共 4 步）')
  await checkAccessible(page, 'import wizard: done')

  await page.getByRole('link', { name: '返回学生名单' }).click()
  await expect(page.getByRole('status').filter({ hasText: '共 30 名学生' })).toBeVisible()
  await checkAccessible(page, 'student list')

  // Filters: a college, then a class of it, then the text search.
  await page.getByRole('combobox', { name: '学院' }).click()
  await page.getByRole('option', { name: '理学院' }).click()
  await expect(page.getByRole('status').filter({ hasText: '共 14 名学生' })).toBeVisible()
  await expect(rowOf(studentTable(page), '张三')).toHaveCount(0)
  await page.getByRole('combobox', { name: '学院' }).click()
  await page.getByRole('option', { name: '文学院' }).click()
  await page.getByRole('combobox', { name: '班级' }).click()
  await page.getByRole('option', { name: '汉语言2301' }).click()
  await expect(page.getByRole('status').filter({ hasText: '共 2 名学生' })).toBeVisible()
  await expect(rowOf(studentTable(page), '张三')).toContainText('12号楼-305')
  await page.getByRole('searchbox', { name: '搜索' }).fill('王堃')
  await expect(page.getByRole('status').filter({ hasText: '共 1 名学生' })).toBeVisible()
  await expect(rowOf(studentTable(page), '王堃')).toContainText('汉语言2301')
  expect((await rpc<{ total: number }>('students.list', {})).total).toBe(30)
})

test('a roster with bad rows says which rows, and imports nothing', async ({ page, centre }) => {
  const { rpc } = centre
  const rows = rosterRows().slice(0, 5)
  rows[2]![0] = ''
  rows[3]![2] = '火星'
  await page.goto(centre.url)
  await openStudents(page)
  await page.getByRole('link', { name: '导入名单' }).click()
  await page.locator('input[type="file"]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(rows), 'utf8') })

  const problems = page.getByRole('alert').filter({ hasText: '需要修改的问题' })
  await expect(problems).toContainText('第 4 行：学号为空。', KEY_WORK)
  await expect(problems).toContainText('第 5 行：性别“火星”无法识别')
  await expect(page.getByRole('button', { name: '导入 5 名学生' })).toBeDisabled()
  await checkAccessible(page, 'import wizard: problems')

  // Not importing the gender column is checked again at once: only the empty number remains.
  await page.getByRole('combobox', { name: '“性别”列导入为' }).click()
  await page.getByRole('option', { name: '不导入' }).click()
  await expect(problems).not.toContainText('第 5 行', KEY_WORK)
  await expect(problems).toContainText('第 4 行：学号为空。')
  await expect(page.getByRole('button', { name: '导入 5 名学生' })).toBeDisabled()
  expect((await rpc<{ total: number }>('students.list', {})).total).toBe(0)
})

test('Ctrl+K finds 张三 by pinyin initials; the file opens; contact data is edited', async ({ page, centre }) => {
  const { rpc } = centre
  await importByRpc(rpc)
  await page.goto(centre.url)
  await expect(h1(page, new RegExp(ADMIN.displayName))).toBeVisible()

  await page.keyboard.press('Control+K')
  const search = page.getByRole('combobox', { name: '搜索学生或页面' })
  await expect(search).toBeFocused()
  await search.pressSequentially('zs')
  const option = page.getByRole('option', { name: /张三/ })
  await expect(option).toBeVisible()
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await expect(search).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? 'missing')
  await checkAccessible(page, 'spotlight with results')
  await page.keyboard.press('Enter')
  await expect(h1(page, '张三')).toBeVisible()
  await expect(page.getByText('学号 2023010001')).toBeVisible()
  const contact = page.getByRole('region', { name: '联系方式与所属组织' })
  await expect(contact).toContainText('12号楼-305')
  await expect(page.getByRole('region', { name: '时间线' })).toBeVisible()
  await checkAccessible(page, 'student file')

  await contact.getByRole('button', { name: '编辑联系资料' }).click()
  const dialog = page.getByRole('dialog', { name: '编辑联系资料：张三' })
  await dialog.getByRole('textbox', { name: '宿舍' }).fill('7号楼-101')
  await dialog.getByRole('textbox', { name: '监护人姓名' }).fill('张大山')
  await dialog.getByRole('textbox', { name: '联系电话' }).fill('电话号码')
  await dialog.getByRole('button', { name: '保存' }).click()
  // A bad phone stays in the dialog with its reason; nothing is saved.
  await expect(dialog.getByText('电话只能包含数字、空格和 + - ( )。')).toBeVisible()
  await checkAccessible(page, 'student edit dialog with an error')
  await dialog.getByRole('textbox', { name: '联系电话' }).fill('13800009999')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(contact).toContainText('7号楼-101')
  await expect(contact).toContainText('张大山')
  await expect(contact).toContainText('13800009999')

  // The header button opens the same search; with no query it offers the pages.
  await page.getByRole('button', { name: '搜索学生（Ctrl+K）' }).click()
  await expect(page.getByRole('option', { name: '打开：学生' })).toBeVisible()
  await checkAccessible(page, 'spotlight with sections')
  await page.keyboard.press('Escape')
})

test('the list is virtualised and moves by keyboard', async ({ page, centre }) => {
  const { rpc } = centre
  await importByRpc(rpc)
  const { rows } = await rpc<{ rows: { name: string }[] }>('students.list', {})
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(centre.url)
  await openStudents(page)
  const table = studentTable(page)
  await expect(table).toHaveAttribute('aria-rowcount', '31')
  // Not all 30 rows are in the page at once.
  await expect(table.getByRole('link', { name: rows[0]!.name })).toBeVisible()
  expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(30)
  await expect(table.getByRole('link', { name: rows[29]!.name })).toHaveCount(0)

  const first = table.getByRole('link', { name: rows[0]!.name })
  await first.focus()
  await page.keyboard.press('ArrowDown')
  await expect(table.getByRole('link', { name: rows[1]!.name })).toBeFocused()
  await page.keyboard.press('End')
  await expect(table.getByRole('link', { name: rows[29]!.name })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(first).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(h1(page, rows[0]!.name)).toBeVisible()
})

test('a part-time counsellor with a station (set on the users page) sees that college only', async ({ page, centre }) => {
  const { rpc } = centre
  await importByRpc(rpc)
  await rpc('users.create', { username: 'zhaoliu', displayName: '赵六', role: 'part_time', firstPassword: TEMP_PASSWORD })
  const science = (await rpc<{ rows: { id: string; collegeName: string }[] }>('students.list', {})).rows.find((r) => r.collegeName === '理学院')!
  await page.goto(centre.url)
  await nav(page, '用户')
  const users = page.getByRole('table', { name: '心安的全部账户，包括已停用的账户。' })
  await expect(rowOf(users, '赵六')).toContainText('未分配工作站')
  await page.getByRole('button', { name: '赵六 的操作' }).click()
  await page.getByRole('menuitem', { name: '学院工作站' }).click()
  const dialog = page.getByRole('dialog', { name: '学院工作站：赵六' })
  await dialog.getByRole('combobox', { name: '学院工作站' }).click()
  await page.getByRole('option', { name: '文学院' }).click()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeVisible()
  await checkAccessible(page, 'stations dialog')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(rowOf(users, '赵六')).toContainText('工作站：文学院')

  await becomeUser(page, rpc, centre, 'zhaoliu')
  await openStudents(page)
  await expect(page.getByRole('status').filter({ hasText: '共 16 名学生' })).toBeVisible()
  await expect(rowOf(studentTable(page), '理学院')).toHaveCount(0)
  await expect(page.getByRole('link', { name: '导入名单' })).toHaveCount(0)
  // A student of another college, opened by address, is refused in plain words.
  await page.evaluate((id) => (window.location.hash = `#/students/${id}`), science.id)
  await expect(page.getByRole('alert')).toContainText('您无权打开这名学生的档案。')
  await checkAccessible(page, 'forbidden student file')
})

test('an assistant opening a student sees contact data only', async ({ page, centre }) => {
  const { rpc } = centre
  await importByRpc(rpc)
  const zhang = (await rpc<{ id: string }[]>('students.search', { q: '张三', limit: 5 }))[0]!
  await rpc('watch.setTier', { studentId: zhang.id, tier: 'serious', reason: '评估后列入', riskFactors: ['academic_pressure'], specialPeriod: null })
  await rpc('users.create', { username: 'lisi', displayName: '李四', role: 'assistant', firstPassword: TEMP_PASSWORD })

  // The admin sees the tier in the list.
  await page.goto(centre.url)
  await openStudents(page)
  await page.getByRole('searchbox', { name: '搜索' }).fill('张三')
  await expect(page.getByRole('status').filter({ hasText: '共 1 名学生' })).toBeVisible()
  await expect(rowOf(studentTable(page), '张三')).toContainText('严重')

  await becomeUser(page, rpc, centre, 'lisi')
  await openStudents(page)
  await expect(page.getByRole('columnheader', { name: '关注等级' })).toHaveCount(0)
  await expect(page.getByRole('switch', { name: '只看关注名单上的学生' })).toHaveCount(0)
  await page.getByRole('searchbox', { name: '搜索' }).fill('张三')
  await expect(page.getByRole('status').filter({ hasText: '共 1 名学生' })).toBeVisible()
  await expect(rowOf(studentTable(page), '张三')).not.toContainText('严重')
  await studentTable(page).getByRole('link', { name: '张三' }).click()
  await expect(h1(page, '张三')).toBeVisible()
  await expect(page.getByRole('region', { name: '联系方式与所属组织' })).toContainText('13800000001')
  await expect(page.getByText('按照您的角色权限，这里只显示联系方式')).toBeVisible()
  await expect(page.getByRole('region', { name: '时间线' })).toHaveCount(0)
  await expect(page.getByText('严重')).toHaveCount(0)
  await checkAccessible(page, 'assistant student file')
})
