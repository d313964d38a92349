import { expect, test, type CentreServer } from './fixtures'
import { seedIntake, type IntakeCentre, type Rpc } from './rpc'
import { becomeUser, checkAccessible, h1, nav, openFile, TEMP_PASSWORD } from './screens'

// Synthetic people only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
test.describe.configure({ timeout: 240_000 })
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

/** The centre, 陈老师 and 林老师, and 张三, who came to an intake with 陈老师 this morning. */
const setUp = async ({ rpc }: CentreServer): Promise<IntakeCentre> => ({
  rpc,
  ...(await seedIntake(rpc, { tempPassword: TEMP_PASSWORD, colleague: true, attended: true }))
})

const RISK = {
  suicidalIdeation: 'passive',
  plan: true,
  intent: false,
  means: false,
  pastAttempts: 'none',
  selfHarm: 'none',
  harmToOthers: 'none',
  protectiveFactors: ['family_support']
}
const CONTENT = {
  referral_source: 'self',
  presenting_problem: '近一个月失眠，入睡困难，常在凌晨三点醒来；学业压力大，情绪低落。',
  mood_affect: '情绪低落，谈到考试时哭泣。',
  assessment: '抑郁情绪，伴被动自杀意念，已有初步计划，需密切关注。',
  plan: '每周咨询一次；建议精神科评估。'
}

/** The signed-in counsellor writes and signs the appointment's intake note; returns its id. */
async function writeIntakeNote(rpc: Rpc, ids: { studentId: string; appointmentId: string }): Promise<string> {
  const note = await rpc<{ id: string }>('notes.create', { ...ids, templateKey: 'intake' })
  await rpc('notes.saveDraft', { id: note.id, content: CONTENT, categories: ['sleep', 'mood'], risk: RISK, level: null, lowerReason: null, sensitive: false })
  const signed = await rpc<{ level: string; status: string }>('notes.sign', { id: note.id })
  expect(signed).toMatchObject({ level: 'high', status: 'signed' })
  return note.id
}

test('a high-risk intake raises an alert; a second counsellor records the action and moves the student to crisis; search finds the note', async ({
  page,
  centre
}) => {
  const { rpc, studentId, appointmentId } = await setUp(centre)

  // 陈老师 writes and signs the intake note of this morning's appointment: ideation with a plan → high.
  await becomeUser(page, rpc, centre, 'chen')
  const noteId = await writeIntakeNote(rpc, { studentId, appointmentId })

  // 林老师 sees the alert on the home page, first thing.
  await becomeUser(page, rpc, centre, 'lin')
  const card = page.getByRole('region', { name: '危机预警' })
  await expect(card.getByRole('status')).toHaveText('1 条待处理')
  const alert = card.getByRole('article', { name: '张三的危机预警' })
  await expect(alert).toContainText('学号 2023010001')
  await expect(alert).toContainText('风险：高')
  await expect(alert).toContainText('来自咨询记录')
  await expect(alert).toContainText('由 陈老师 发起')
  await expect(alert).toContainText('不在关注名单')
  await expect(alert.getByRole('link', { name: '查看该咨询记录' })).toHaveAttribute('href', `#/students/${studentId}/notes/${noteId}`)
  await expect(card.getByText('近 7 天没有已处理的预警。')).toBeVisible()
  await checkAccessible(page, 'home page with an open crisis alert')

  // Records the action; moving to crisis is offered and ticked.
  await alert.getByRole('button', { name: '记录处理：张三' }).click()
  const dialog = page.getByRole('dialog', { name: '记录处理：张三' })
  await expect(dialog).toContainText('张三（学号 2023010001），风险：高，来自咨询记录。')
  const move = dialog.getByRole('checkbox', { name: '同时将该生列为重大心理危机' })
  await expect(move).toBeChecked()
  await dialog.getByRole('button', { name: '保存处理记录' }).click()
  await expect(dialog.getByLabel('采取的措施')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog).toContainText('必填。')
  await checkAccessible(page, 'resolve dialog with an error')
  await dialog.getByLabel('采取的措施').fill('已联系辅导员和家长，家长陪同学生前往医院评估；室友陪伴至家长到校。')
  await dialog.getByRole('button', { name: '保存处理记录' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('已记录处理，预警已关闭；张三已列为重大心理危机。')).toBeVisible()

  // The alert leaves the open list and is under the week's resolved ones.
  await expect(card.getByRole('status')).toHaveText('0 条待处理')
  await expect(card.getByText('没有待处理的危机预警。')).toBeVisible()
  await expect(card.getByRole('article')).toHaveCount(0)
  const showResolved = card.getByRole('button', { name: '显示近 7 天已处理的预警（1 条）' })
  await expect(showResolved).toHaveAttribute('aria-expanded', 'false')
  await showResolved.click()
  const resolved = card.getByRole('list', { name: '近 7 天已处理的预警' })
  await expect(resolved).toContainText('由 林老师 处理')
  await expect(resolved).toContainText('处理：已联系辅导员和家长')
  await checkAccessible(page, 'home page with a resolved alert shown')

  // The student is now in the crisis tier.
  await openFile(page, studentId)
  await expect(h1(page, '张三')).toBeVisible()
  await expect(page.getByText('重大心理危机').first()).toBeVisible()
  const watch = await rpc<{ tier: string | null }>('watch.get', { studentId })
  expect(watch.tier).toBe('crisis')

  // Search: a 2-character word (LIKE) and a longer phrase (trigram), hits marked.
  await nav(page, '咨询记录')
  await expect(h1(page, '搜索咨询记录')).toBeVisible()
  await expect(page.getByText('结果只包含您有权阅读的记录。打开一条记录会记入审计日志')).toBeVisible()
  const box = page.getByRole('searchbox', { name: '搜索' })
  await box.fill('失眠')
  await expect(page.getByRole('status').filter({ hasText: '找到 1 条记录' })).toBeVisible()
  const results = page.getByRole('list', { name: '搜索结果' })
  await expect(results.getByRole('listitem')).toHaveCount(1)
  await expect(results).toContainText('记录人：陈老师')
  await expect(results).toContainText('风险：高')
  await expect(results.locator('mark').first()).toHaveText('失眠')
  await checkAccessible(page, 'notes search with results')
  await box.fill('凌晨三点醒来')
  await expect(results.locator('mark').first()).toHaveText('凌晨三点醒来')
  await box.fill('没有这样的话')
  await expect(page.getByRole('status').filter({ hasText: '没有找到包含“没有这样的话”的记录。' })).toBeVisible()
  await box.fill('失眠')
  const link = results.getByRole('link', { name: /^张三：初始访谈/ })
  await expect(link).toHaveAttribute('href', `#/students/${studentId}/notes/${noteId}`)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/notes/${noteId}$`))
})

test('the templates-and-rules tab: templates as JSON, a category renamed, a bad risk rule refused with its path', async ({ page, centre }) => {
  const { rpc } = centre
  await page.goto(centre.url)
  await nav(page, '设置')
  await page.getByRole('tab', { name: '记录模板与规则' }).click()
  const parts = page.getByRole('tablist', { name: '记录模板与规则的内容' })

  // Templates: listed with version, risk and kinds; edited as JSON with the problem's path.
  const templates = page.getByRole('table', { name: '记录模板' })
  const intake = templates.getByRole('row').filter({ hasText: '初始访谈' })
  await expect(intake).toContainText('intake')
  await expect(intake).toContainText('第 1 版')
  await expect(intake).toContainText('必填')
  await expect(intake).toContainText('使用中')
  await checkAccessible(page, 'admin: templates')
  await intake.getByRole('button', { name: '编辑 JSON：初始访谈' }).click()
  const editor = page.getByRole('dialog', { name: '编辑模板：初始访谈' })
  const json = editor.getByRole('textbox', { name: '模板定义（JSON）' })
  await json.fill((await json.inputValue()).replace('"risk": "required"', '"risk": "sometimes"'))
  await editor.getByRole('button', { name: '保存为新版本' }).click()
  await expect(editor.getByRole('alert')).toContainText('位置 risk：请从列表中选择。')
  await expect(json).toHaveAttribute('aria-invalid', 'true')
  await checkAccessible(page, 'admin: template JSON with a problem')
  await json.fill((await json.inputValue()).replace('"risk": "sometimes"', '"risk": "required"').replace('"初始访谈"', '"初始访谈评估"'))
  await editor.getByRole('button', { name: '保存为新版本' }).click()
  await expect(editor).toBeHidden()
  await expect(page.getByText('模板“初始访谈评估”已保存（第 2 版）。')).toBeVisible()
  await expect(templates.getByRole('row').filter({ hasText: '初始访谈评估' })).toContainText('第 2 版')

  // Categories: 睡眠 renamed and saved.
  await parts.getByRole('tab', { name: '问题分类' }).click()
  const categories = page.getByRole('table', { name: '问题分类' })
  const sleepRow = categories.getByRole('row').filter({ hasText: 'sleep' })
  await expect(sleepRow.getByRole('textbox').first()).toHaveValue('睡眠')
  await checkAccessible(page, 'admin: categories')
  await sleepRow.getByRole('textbox').first().fill('睡眠问题')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('问题分类已保存。')).toBeVisible()
  const saved = await rpc<{ key: string; 'zh-CN': string }[]>('notes.categories.get', {})
  expect(saved.find((c) => c.key === 'sleep')?.['zh-CN']).toBe('睡眠问题')

  // Risk rules: in words, then a bad level (caught here) and a bad answer (the core's refusal), each with its path.
  await parts.getByRole('tab', { name: '风险规则' }).click()
  const plain = page.getByRole('list', { name: '现行风险规则的文字说明' })
  await expect(plain).toContainText('紧急：主动自杀意念 且 有计划 且 有意图 且 有工具；或者 有伤人计划')
  await expect(plain).toContainText('以上都不符合：低')
  await checkAccessible(page, 'admin: risk rules')
  const before = await rpc('notes.riskRules.get', {})
  const rules = page.getByRole('textbox', { name: '风险规则（JSON）' })
  const original = await rules.inputValue()
  await rules.fill(original.replace('"level": "moderate"', '"level": "extreme"'))
  await page.getByRole('button', { name: '保存风险规则' }).click()
  await expect(page.getByRole('alert')).toContainText('位置 rules.2.level：请从列表中选择。')
  await rules.fill(original.replace('"active"', '"maybe"'))
  await page.getByRole('button', { name: '保存风险规则' }).click()
  await expect(page.getByRole('alert')).toContainText('位置 rules.0.anyOf.0.allOf.0.in.0：请从列表中选择。')
  await expect(rules).toHaveAttribute('aria-invalid', 'true')
  await checkAccessible(page, 'admin: risk rules refused')
  expect(await rpc('notes.riskRules.get', {})).toEqual(before)
})
