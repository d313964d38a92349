import { execFileSync } from 'node:child_process'
import { expect, test } from './fixtures'
import { choose, h1, nav } from './screens'

/**
 * Issue 3's whole journey through the screens, as a counsellor does it: import a roster, find a
 * student by pinyin initials, put them on the watch list at "serious", tick the checklist, log a
 * family contact, see them on the weekly agenda, and print it — the PDF read back with pdftotext.
 */
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
const KEY_WORK = { timeout: 60_000 }
test.describe.configure({ timeout: 240_000 })
test.use({ centreSetup: { centreName: '示范学院心理健康教育中心', admin: ADMIN } })

const ROSTER = [
  '学号,姓名,性别,学院,班级,宿舍,联系电话',
  '2026010001,张三,男,文学院,汉语言2601,12号楼-305,13800000001',
  '2026010002,赵喆,女,文学院,汉语言2601,12号楼-306,13800000002',
  '2026010003,钱子涵,女,理学院,物理2601,8号楼-101,13800000003'
].join('\r\n')

test('roster → Ctrl+K zs → serious → checklist → family contact → weekly agenda → printed PDF', async ({ page, centre }) => {
  await page.goto(centre.url)
  await nav(page, '学生')
  await page.getByRole('link', { name: '导入名单' }).click()
  await expect(h1(page, '导入学生名单')).toBeVisible()
  await page.locator('input[type="file"]').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER, 'utf8') })
  await expect(page.getByText('将新建 3 名学生，更新 0 名学生。')).toBeVisible(KEY_WORK)
  await page.getByRole('checkbox', { name: '导入时新建这些学院和班级' }).check()
  await page.getByRole('button', { name: '导入 3 名学生' }).click()
  await expect(page.getByText(/新建 3 名学生/)).toBeVisible(KEY_WORK)

  // Found by pinyin initials from anywhere in the app.
  await page.keyboard.press('Control+K')
  await page.getByRole('combobox', { name: '搜索学生或页面' }).pressSequentially('zs')
  await expect(page.getByRole('option', { name: /张三/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(h1(page, '张三')).toBeVisible()

  const panel = page.getByRole('region', { name: '关注与干预' })
  await panel.getByRole('button', { name: '设定/调整关注等级' }).click()
  const tierDialog = page.getByRole('dialog', { name: '设定/调整关注等级' })
  await tierDialog.getByRole('radio', { name: '严重心理问题' }).check()
  await tierDialog.getByRole('textbox', { name: '原因' }).fill('期末前持续失眠，辅导员反映情绪低落。')
  await tierDialog.getByRole('checkbox', { name: '学业压力' }).check()
  await tierDialog.getByRole('button', { name: '保存等级' }).click()
  await expect(tierDialog).toBeHidden()

  const checklist = panel.getByRole('table', { name: '当前等级要求完成的事项及其期限' })
  await expect(checklist.getByRole('row')).toHaveCount(4)
  await checklist.getByRole('button', { name: '完成：已告知家长' }).click()
  const done = page.getByRole('dialog', { name: '记录完成：已告知家长' })
  await done.getByRole('button', { name: '标记为已完成' }).click()
  await expect(done).toBeHidden()
  await expect(checklist.getByRole('button', { name: /^完成：/ })).toHaveCount(2)

  await panel.getByRole('button', { name: '记录跟进' }).click()
  const followUp = page.getByRole('dialog', { name: '记录跟进' })
  await choose(page, followUp, '跟进类型', '家校沟通')
  await choose(page, followUp, '方式', '电话')
  await followUp.getByRole('textbox', { name: '情况摘要' }).fill('电话联系父亲，约定周末回家休息。')
  await followUp.getByRole('button', { name: '保存记录' }).click()
  await expect(followUp).toBeHidden()
  const timeline = page.getByRole('region', { name: '时间线' })
  await expect(timeline).toContainText('电话联系父亲，约定周末回家休息。')
  // Timeline entries read as words, not as the enum keys behind them.
  await expect(timeline).toContainText('家校沟通')
  await expect(timeline).not.toContainText('family_contact')

  await nav(page, '每周研判')
  await expect(h1(page, '每周研判')).toBeVisible()
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '张三' }) })
  await expect(entry).toContainText('本周等级变化')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '打印议程 (PDF)' }).click()
  const text = execFileSync('pdftotext', ['-layout', await (await download).path(), '-'], { encoding: 'utf8' })
  expect(text).toContain('示范学院心理健康教育中心')
  expect(text).toContain('张三')
  expect(text).toContain('2026010001')
  expect(text).toContain('严重')
  // Only those on the agenda are printed.
  expect(text).not.toContain('钱子涵')
})
