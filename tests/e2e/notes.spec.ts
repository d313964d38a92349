import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { expect, test, type CentreServer } from './fixtures'
import { seedIntake, type IntakeCentre } from './rpc'
import { becomeUser, checkAccessible, choose, h1, nav, openFile, OWN_PASSWORD, TEMP_PASSWORD } from './screens'

/**
 * The note editor through its screens: written from an attended appointment, saved as typed and
 * kept across a lock, the risk level and its lower-with-reason rule, signing, addenda, search and
 * the case summary PDF.
 */

// Synthetic people only.
const CENTRE = '示范学院心理健康教育中心'
const ADMIN = { username: 'director', displayName: '王主任', password: 'Demo-director-2024' }
/** Calls that wait on the core (scrypt on unlock, saves while other helpers load the machine). */
const SLOW = { timeout: 45_000 }
// Each runs in ~50–90 s; the margin is for a machine shared with benches and other suites.
test.describe.configure({ timeout: 180_000 })
test.use({ centreSetup: { centreName: CENTRE, admin: ADMIN } })

/** The centre, 陈老师, and 张三 booked for an intake with her this morning (not yet attended). */
const setUp = async ({ rpc }: CentreServer): Promise<IntakeCentre> => ({
  rpc,
  ...(await seedIntake(rpc, { tempPassword: TEMP_PASSWORD, colleague: false, attended: false }))
})

const noteIdOf = (page: Page): string => /\/notes\/([\w-]+)$/.exec(page.url())?.[1] ?? ''

const TEXT = {
  presenting: '近一个月失眠，入睡困难，常在凌晨三点醒来；学业压力大，情绪低落。',
  mood: '情绪低落，谈到考试时哭泣。',
  assessment: '抑郁情绪，伴被动自杀意念，已有初步计划，需密切关注。',
  plan: '每周咨询一次；建议精神科评估。'
}

test('an intake note from an attended appointment: saved as typed, kept across a lock, high risk not lowered without a reason, signed and locked, the alert on the home page', async ({
  page,
  centre
}) => {
  const { rpc, studentId } = await setUp(centre)
  await becomeUser(page, rpc, centre, 'chen')

  // Marking this morning's intake attended offers to write its note, with the intake template.
  await openFile(page, studentId)
  await expect(h1(page, '张三')).toBeVisible()
  const appointments = page.getByRole('region', { name: '预约', exact: true })
  await appointments.getByRole('button', { name: /初访：标记已到访$/ }).click()
  const offer = page.getByRole('dialog', { name: '为这次预约写记录' })
  await expect(offer).toContainText('已标记到访。现在写这次的咨询记录吗？')
  await expect(offer.getByRole('combobox', { name: '关联预约' })).toHaveValue(/初访 · 陈老师$/)
  await choose(page, offer, '记录模板', '初始访谈')
  await offer.getByRole('button', { name: '开始写记录' }).click()
  await expect(h1(page, '初始访谈：张三')).toBeVisible(SLOW)
  const noteId = noteIdOf(page)
  expect(noteId).not.toBe('')

  // Typing saves itself; the status says so once the core has it.
  const saveStatus = page.getByRole('status').filter({ hasText: /^(已保存|正在保存)/ })
  await choose(page, page.getByRole('main'), '来访途径', '主动求助')
  const presenting = page.getByRole('textbox', { name: '主诉（来访者自述的主要困扰）' })
  await presenting.fill(TEXT.presenting)
  await expect
    .poll(async () => (await rpc<{ content: Record<string, unknown> }>('notes.get', { id: noteId })).content['presenting_problem'], SLOW)
    .toBe(TEXT.presenting)
  await expect(saveStatus).toHaveText(/^已保存 \d{2}:\d{2}:\d{2}$/)
  await page.getByRole('textbox', { name: '情绪与情感' }).fill(TEXT.mood)
  await page.getByRole('textbox', { name: '初步评估与个案概念化' }).fill(TEXT.assessment)

  // The last field is still being typed when the counsellor locks: well inside the 800 ms pause.
  const plan = page.getByRole('textbox', { name: '咨询目标与计划' })
  await plan.pressSequentially(TEXT.plan, { delay: 20 })
  await page.getByRole('banner').getByRole('button', { name: '锁定', exact: true }).click()
  await expect(page.getByLabel('密码', { exact: true })).toBeVisible(SLOW)
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0)
  // A reload forgets whatever the page held in memory: what comes back must have reached the core.
  await page.reload()
  await expect(h1(page, '登录')).toBeVisible(SLOW)
  await page.getByRole('textbox', { name: '用户名' }).fill('chen')
  await page.getByLabel('密码', { exact: true }).fill(OWN_PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible(SLOW)

  // Home: the draft is listed under "my drafts" and opens with every character typed.
  await nav(page, '首页')
  const drafts = page.getByRole('region', { name: '我的未签署记录' })
  await drafts.getByRole('link', { name: '张三 · 初始访谈' }).click()
  await expect(h1(page, '初始访谈：张三')).toBeVisible(SLOW)
  await expect(page.getByRole('combobox', { name: '来访途径' })).toHaveValue('主动求助')
  await expect(presenting).toHaveValue(TEXT.presenting)
  await expect(page.getByRole('textbox', { name: '情绪与情感' })).toHaveValue(TEXT.mood)
  await expect(page.getByRole('textbox', { name: '初步评估与个案概念化' })).toHaveValue(TEXT.assessment)
  await expect(plan).toHaveValue(TEXT.plan)

  // Categories, then the risk section: passive ideation with a plan comes out high.
  const categories = page.getByRole('combobox', { name: '问题类别' })
  await categories.click()
  await page.getByRole('option', { name: '睡眠', exact: true }).click()
  await page.getByRole('option', { name: '情绪困扰（抑郁/焦虑）', exact: true }).click()
  await page.keyboard.press('Escape')
  const risk = page.getByRole('group', { name: '风险评估' })
  await risk.getByRole('radiogroup', { name: '自杀意念' }).getByRole('radio', { name: /^被动/ }).check()
  await risk.getByRole('switch', { name: '有具体的自杀计划（方式、时间或地点）' }).check()
  await risk.getByRole('radiogroup', { name: '既往自杀尝试' }).getByRole('radio', { name: '无' }).check()
  await risk.getByRole('radiogroup', { name: '自伤行为' }).getByRole('radio', { name: '无' }).check()
  await risk.getByRole('radiogroup', { name: '伤害他人的风险' }).getByRole('radio', { name: '无' }).check()
  await risk.getByRole('checkbox', { name: '家庭支持' }).check()
  await expect(risk.getByRole('status')).toContainText('计算出的风险等级：高', SLOW)

  // Lowering it without a reason: the reason field asks for one, and signing is refused there.
  const level = risk.getByRole('radiogroup', { name: '记录的风险等级' })
  await expect(level.getByRole('radio', { name: '高' })).toBeChecked()
  await level.getByRole('radio', { name: '低' }).check()
  const reason = risk.getByRole('textbox', { name: '调低等级的理由' })
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: '签署并锁定' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '无法签署，请先处理下面标出的 1 处问题。' })).toBeVisible()
  await expect(reason).toBeFocused()
  await expect(risk).toContainText('调低到计算等级（高）以下时，必须写明理由。')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await checkAccessible(page, 'note editor (risk filled in, a lowered level without its reason)')

  // Back to the computed level, and signed.
  await level.getByRole('radio', { name: '高' }).check()
  await expect(reason).toHaveCount(0)
  await page.getByRole('button', { name: '签署并锁定' }).click()
  const confirm = page.getByRole('dialog', { name: '签署并锁定这条记录？' })
  await confirm.getByRole('button', { name: '签署', exact: true }).click()
  await expect(confirm).toBeHidden()
  const signature = page.getByText(/^由 陈老师 于 .+ 签署$/).first()
  await expect(signature).toBeVisible(SLOW)
  await expect(signature).toBeFocused()

  // Signed and locked: a read-only note, nothing left to type into, the alert said at its top.
  const main = page.getByRole('main')
  await expect(main.getByText('已签署', { exact: true })).toBeVisible()
  await expect(main.getByText('已发出危机预警')).toBeVisible()
  for (const role of ['textbox', 'combobox', 'radio', 'checkbox', 'switch'] as const) await expect(main.getByRole(role)).toHaveCount(0)
  await expect(main.getByRole('button', { name: '签署并锁定' })).toHaveCount(0)
  await expect(main.getByRole('region', { name: '主诉问题' })).toContainText(TEXT.presenting)
  await expect(main.getByRole('region', { name: '咨询计划' })).toContainText(TEXT.plan)
  await checkAccessible(page, 'signed note')
  const stored = await rpc<{ status: string; level: string }>('notes.get', { id: noteId })
  expect(stored).toMatchObject({ status: 'signed', level: 'high' })

  // The crisis alert is on the home page; the draft is gone from "my drafts".
  await nav(page, '首页')
  const alert = page.getByRole('region', { name: '危机预警' }).getByRole('article', { name: '张三的危机预警' })
  await expect(alert).toContainText('风险：高', SLOW)
  await expect(alert).toContainText('由 陈老师 发起')
  await expect(drafts).toContainText('没有未签署的草稿。')
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

test('a signed note: an addendum under it, dated and signed; found by a 2-character word with the hit marked; the case summary PDF', async ({
  page,
  centre
}) => {
  const { rpc, studentId, appointmentId } = await setUp(centre)
  // The note itself is written through the screens in the test above; here it is signed over HTTP.
  await becomeUser(page, rpc, centre, 'chen')
  await rpc('appointments.attend', { id: appointmentId })
  const note = await rpc<{ id: string }>('notes.create', { studentId, appointmentId, templateKey: 'intake' })
  const content = { referral_source: 'self', presenting_problem: TEXT.presenting, mood_affect: TEXT.mood, assessment: TEXT.assessment, plan: TEXT.plan }
  await rpc('notes.saveDraft', { id: note.id, content, categories: ['sleep', 'mood'], risk: RISK, level: null, lowerReason: null, sensitive: false })
  await rpc('notes.sign', { id: note.id })

  // From the student file's notes card to the signed note.
  await openFile(page, studentId)
  await expect(h1(page, '张三')).toBeVisible()
  await page.getByRole('region', { name: '咨询记录' }).getByRole('link', { name: /^打开记录：初始访谈/ }).click()
  await expect(h1(page, '初始访谈：张三')).toBeVisible(SLOW)
  const addenda = page.getByRole('region', { name: '补充说明' })
  await expect(addenda).toContainText('还没有补充说明。')

  // An addendum: empty is refused at the field; then added, dated and signed by its author.
  await addenda.getByRole('button', { name: '添加补充说明' }).click()
  const text = addenda.getByRole('textbox', { name: '补充说明' })
  await expect(text).toBeFocused()
  await addenda.getByRole('button', { name: '签署并添加' }).click()
  await expect(text).toHaveAttribute('aria-invalid', 'true')
  const addendum = '更正：失眠持续约六周，而非一个月；家长已知情。'
  await text.fill(addendum)
  await addenda.getByRole('button', { name: '签署并添加' }).click()
  await expect(page.getByText('补充说明已添加。')).toBeVisible(SLOW)
  const entry = addenda.getByRole('listitem')
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText(addendum)
  await expect(entry).toContainText(/由 陈老师 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 签署/)
  await expect(addenda.getByRole('textbox')).toHaveCount(0)
  // The note itself is unchanged.
  await expect(page.getByRole('main').getByRole('region', { name: '主诉问题' })).toContainText(TEXT.presenting)
  await checkAccessible(page, 'signed note with an addendum')

  // Search by a 2-character word: one hit, the word marked.
  await nav(page, '咨询记录')
  await expect(h1(page, '搜索咨询记录')).toBeVisible()
  await page.getByRole('searchbox', { name: '搜索' }).fill('失眠')
  await expect(page.getByRole('status').filter({ hasText: '找到 1 条记录' })).toBeVisible(SLOW)
  const results = page.getByRole('list', { name: '搜索结果' })
  await expect(results.getByRole('listitem')).toHaveCount(1)
  await expect(results).toContainText('记录人：陈老师')
  await expect(results.locator('mark').first()).toHaveText('失眠')
  await checkAccessible(page, 'notes search with a result')
  await results.getByRole('link', { name: /^张三：初始访谈/ }).click()
  await expect(page).toHaveURL(new RegExp(`#/students/${studentId}/notes/${note.id}$`))

  // The case summary for a transfer: downloaded, and it reads back with the note and its addendum.
  await openFile(page, studentId)
  await expect(h1(page, '张三')).toBeVisible()
  const download = page.waitForEvent('download', SLOW)
  await page.getByRole('button', { name: '个案摘要 (PDF)' }).click()
  const file = await (await download).path()
  const pdf = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  for (const expected of [CENTRE, '张三', '2023010001', '初始访谈', '陈老师', '失眠', addendum]) expect(pdf).toContain(expected.replace(/\s+/g, ''))
})
