import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { Rpc } from './rpc'
import { becomeUser, checkAccessible, choose, h1, nav, openFile, TEMP_PASSWORD } from './screens'

/*
 * Issue 6 through the screens: the director adds a hospital; a counsellor refers a student in the
 * crisis tier from the student file, prints the letter (read back with pdftotext), is stopped
 * from marking it sent until the family is told, then follows it to the hospital's outcome, the
 * return to school and the close. Synthetic people only.
 */

const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
const HOSPITAL = '示范市精神卫生中心'
test.describe.configure({ timeout: 180_000 })
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

async function seed(rpc: Rpc): Promise<string> {
  await rpc('users.create', { username: 'chen', displayName: '陈老师', role: 'counsellor', firstPassword: TEMP_PASSWORD })
  const student = await rpc<{ id: string }>('students.create', {
    studentNo: '2023010001',
    name: '张三',
    gender: 'male',
    birthDate: '2005-03-01',
    collegeId: null,
    classId: null,
    grade: '2023',
    major: '',
    dorm: '',
    phone: '13800000001',
    guardianName: '李某',
    guardianRelation: '母亲',
    guardianPhone: '13800000002',
    status: 'enrolled',
    contactNotes: ''
  })
  await rpc('watch.setTier', { studentId: student.id, tier: 'crisis', reason: '访谈中表达强烈自杀意念。', riskFactors: ['academic_pressure'], specialPeriod: null })
  return student.id
}

async function pdfText(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download')
  await click()
  return execFileSync('pdftotext', ['-layout', await (await download).path(), '-'], { encoding: 'utf8' })
}

/** Opens the next-step dialog, fills its fields and records it; the status badge follows. */
async function advance(page: Page, status: string, fields: Record<string, string> = {}): Promise<void> {
  await page.getByRole('button', { name: `下一步：${status}` }).click()
  const dialog = page.getByRole('dialog', { name: `下一步：${status}` })
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label).fill(value)
  await dialog.getByRole('button', { name: '记录', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('region', { name: '转介进展' }).getByText(status, { exact: true }).first()).toBeVisible()
}

test('a hospital added; a crisis-tier student referred from the file, the letter printed, followed to the close', async ({ page, centre }) => {
  const { rpc } = centre
  const studentId = await seed(rpc)

  // The director adds the hospital through Settings.
  await page.goto(centre.url)
  await nav(page, '设置')
  await page.getByRole('tab', { name: '转介医院' }).click()
  await expect(page.getByText('还没有医院。')).toBeVisible()
  await page.getByRole('button', { name: '添加医院' }).click()
  const add = page.getByRole('dialog', { name: '添加医院' })
  await add.getByRole('button', { name: '保存' }).click()
  await expect(add.getByLabel('医院名称')).toHaveAttribute('aria-invalid', 'true')
  await add.getByLabel('医院名称').fill(HOSPITAL)
  await add.getByLabel('科室').fill('心理科')
  await add.getByLabel('地址').fill('示范市东区健康路 1 号')
  await add.getByLabel('医院电话').fill('010-12345678')
  await add.getByLabel('绿色通道联系人').fill('赵医生')
  await add.getByLabel('联系人电话').fill('13900000000')
  await add.getByRole('button', { name: '保存' }).click()
  await expect(add).toBeHidden()
  await expect(page.getByRole('table', { name: '转介医院' }).getByRole('row').filter({ hasText: HOSPITAL })).toContainText('启用')
  await checkAccessible(page, 'settings: hospitals')

  // 陈老师 opens 张三's file and starts a referral: emergency offered, the crisis notice shown.
  await becomeUser(page, rpc, centre, 'chen')
  await openFile(page, studentId)
  const card = page.getByRole('region', { name: '转介' })
  await expect(card.getByText('该生没有转介记录。')).toBeVisible()
  await card.getByRole('link', { name: '新建转介' }).click()
  await expect(h1(page, '新建转介：张三')).toBeVisible()
  await expect(page.getByText('该生处于重大心理危机级别')).toBeVisible()
  await expect(page.getByRole('radio', { name: '危急（立即）' })).toBeChecked()
  await expect(page.getByLabel('转介咨询师姓名')).toHaveValue('陈老师')
  await expect(page.getByRole('group', { name: '学生信息' })).toContainText('2023010001')

  // The phone is required even for a draft; risk level and phone are given, the draft saved.
  await page.getByRole('button', { name: '保存草稿' }).click()
  await expect(page.getByLabel('咨询师联系电话')).toHaveAttribute('aria-invalid', 'true')
  if ((await page.getByRole('combobox', { name: '当前风险等级' }).inputValue()) === '') await choose(page, page.locator('body'), '当前风险等级', '高')
  await page.getByLabel('咨询师联系电话').fill('010-87654321')
  await page.getByRole('button', { name: '保存草稿' }).click()
  // Anchored: '新建转介：张三' (the new form, until the saved draft replaces it) contains it too,
  // and a click before the draft's form is there would land on the new form's button.
  await expect(h1(page, /^转介：张三$/)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/referrals/[0-9a-f-]{36}$`))

  // The letter refuses to print without what a hospital needs, naming each field.
  await page.getByRole('button', { name: '打印转介函（PDF）' }).click()
  const missing = page.getByRole('alert').filter({ hasText: '转介函还缺少以下内容' })
  await expect(missing).toContainText('转介医院')
  await expect(missing).toContainText('转介原因')
  await expect(missing).toContainText('同意人')
  await expect(page.getByLabel('转介原因')).toHaveAttribute('aria-invalid', 'true')
  await checkAccessible(page, 'draft referral form with missing letter fields')

  await choose(page, page.locator('body'), '转介医院', `${HOSPITAL} · 心理科`)
  await page.getByLabel('转介原因').fill('持续抑郁情绪伴强烈自杀意念，需精神科评估和诊断。')
  await page.getByRole('checkbox', { name: '精神科评估' }).check()
  await page.getByRole('checkbox', { name: '明确诊断' }).check()
  await choose(page, page.locator('body'), '同意人', '学生和监护人')
  await choose(page, page.locator('body'), '同意方式', '电话')
  await page.getByLabel('陪同安排').fill('辅导员与室友陪同，乘出租车前往。')
  const letter = await pdfText(page, () => page.getByRole('button', { name: '打印转介函（PDF）' }).click())
  expect(letter).toContain('张三')
  expect(letter).toContain('转介函')

  // Marking it sent needs the family told (crisis tier): refused at the fields, then done.
  await page.getByRole('button', { name: '下一步：已送诊' }).click()
  await page.getByRole('dialog', { name: '下一步：已送诊' }).getByRole('button', { name: '记录', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: '标记为已送诊之前，还需要补全' })).toContainText('告知了谁')
  await expect(page.getByLabel('告知了谁（姓名、关系）')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('告知了谁（姓名、关系）').fill('母亲 李某')
  await page.getByLabel('告知日期').fill(await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())))
  await advance(page, '已送诊', { 送出方式: '由辅导员陪同当面递交' })
  await expect(page.getByText('转介函已送出，内容不能再修改。')).toBeVisible()
  await checkAccessible(page, 'sent referral with its tracking')

  // Seen at the hospital; a call with the family; the outcome needs its diagnosis.
  await advance(page, '医院已接诊', { 接诊医生: '赵医生' })
  await page.getByRole('button', { name: '记录联系' }).click()
  const contact = page.getByRole('dialog', { name: '记录联系' })
  await choose(page, contact, '联系对象', '家属')
  await choose(page, contact, '联系方式', '电话')
  await contact.getByLabel('联系内容').fill('母亲已到医院陪同，同意住院观察。')
  await contact.getByRole('button', { name: '保存联系记录' }).click()
  await expect(contact).toBeHidden()
  await page.getByRole('button', { name: '下一步：已出诊疗结果' }).click()
  const outcome = page.getByRole('dialog', { name: '下一步：已出诊疗结果' })
  await outcome.getByRole('button', { name: '记录', exact: true }).click()
  await expect(outcome.getByLabel('诊断')).toHaveAttribute('aria-invalid', 'true')
  await checkAccessible(page, 'outcome dialog with an error')
  await outcome.getByLabel('诊断').fill('抑郁发作（中度）')
  await outcome.getByLabel('治疗').fill('药物治疗，门诊随访')
  await outcome.getByLabel('医院建议').fill('可在家长陪同下返校，每两周复诊')
  await outcome.getByRole('button', { name: '记录', exact: true }).click()
  await expect(outcome).toBeHidden()

  // Back at school: the return-to-school form prints; follow-up, then closed.
  await advance(page, '已复学返校', { 复学评估: '情绪稳定，可正常上课' })
  const returnForm = await pdfText(page, () => page.getByRole('button', { name: '打印复学评估表（PDF）' }).click())
  expect(returnForm).toContain('张三')
  await advance(page, '返校后随访', { 跟进计划: '每周咨询一次，持续一个月' })
  await advance(page, '已结案', { 结案小结: '学生状态稳定，按计划复诊。' })
  const progress = page.getByRole('list', { name: '转介进展记录' })
  await expect(progress).toContainText('诊断：抑郁发作（中度）')
  await expect(progress).toContainText('联系家属（电话）')
  await expect(page.getByRole('button', { name: '重新打开' })).toBeVisible()

  // The section: nothing open; all shows the closed referral.
  await nav(page, '转介')
  await expect(h1(page, '转介')).toBeVisible()
  await expect(page.getByText('没有进行中的转介。')).toBeVisible()
  await page.getByRole('switch', { name: '显示全部转介（包括已结案）' }).check()
  const row = page.getByRole('table', { name: '全部转介' }).getByRole('row').filter({ hasText: '张三' })
  await expect(row).toContainText('已结案')
  await expect(row).toContainText(HOSPITAL)
  await checkAccessible(page, 'referrals section')
})
