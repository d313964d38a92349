import { SHIPPED_CATEGORY_KEYS, SHIPPED_TEMPLATE_KEYS, templateDefinition, type TemplateDefinition } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { templateIssues } from '../../../src/main/core/notes/templates'
import { SHIPPED_CATEGORIES } from '../../../src/main/core/notes/shipped/categories'
import { auditRows, lastSeq, tableDigests } from '../helpers/db'
import { as, err, ok, paths, setUpNoteWorld, writeDraft, writeSigned, type NoteWorld } from './noteWorld'

/** The centre's own template, version 1: one section, a required summary and a mood choice. */
const PEER: TemplateDefinition = {
  key: 'peer_support',
  name: { 'zh-CN': '朋辈辅导记录', en: 'Peer support record' },
  layout: 'free',
  risk: 'none',
  kinds: ['follow_up'],
  sections: [
    {
      key: 'main',
      title: { 'zh-CN': '记录', en: 'Record' },
      fields: [
        { key: 'summary', type: 'textarea', label: { 'zh-CN': '谈话内容', en: 'What was said' }, required: true },
        {
          key: 'mood',
          type: 'select',
          label: { 'zh-CN': '情绪状态', en: 'Mood' },
          required: false,
          options: [
            { value: 'calm', label: { 'zh-CN': '平稳', en: 'Calm' } },
            { value: 'low', label: { 'zh-CN': '低落', en: 'Low' } }
          ]
        }
      ]
    }
  ]
}

/** Version 2: the summary relabelled, the mood choice dropped, a required follow-up field added. */
const PEER_V2: TemplateDefinition = {
  ...PEER,
  sections: [
    {
      key: 'main',
      title: { 'zh-CN': '记录', en: 'Record' },
      fields: [
        { key: 'summary', type: 'textarea', label: { 'zh-CN': '谈话要点', en: 'Key points' }, required: true },
        { key: 'referral', type: 'checkbox', label: { 'zh-CN': '已建议来中心咨询', en: 'Referred to the centre' }, required: true }
      ]
    }
  ]
}

const field0 = PEER.sections[0]!.fields[0]!
const moodField = PEER.sections[0]!.fields[1]!
/** PEER's section with some parts replaced (by anything: the bad ones are the point). */
const section = (over: Record<string, unknown>): Record<string, unknown> => ({ ...PEER.sections[0]!, ...over })

/** Definitions the core must refuse, and the issues it must name (paths of the save input). */
const BAD: [string, unknown, string[]][] = [
  [
    'a field key used twice across sections',
    { ...PEER, key: 'bad_dup', sections: [PEER.sections[0], section({ key: 'more', fields: [{ ...field0, label: { 'zh-CN': '再记', en: 'Again' } }] })] },
    ['definition.sections: validation.templateDuplicateField']
  ],
  [
    'a choice field without options',
    { ...PEER, key: 'bad_choice', sections: [section({ fields: [{ key: 'mood', type: 'select', label: { 'zh-CN': '情绪', en: 'Mood' } }] })] },
    ['definition.sections.0.fields.0.options: validation.templateOptions']
  ],
  [
    'options on a text field',
    { ...PEER, key: 'bad_text', sections: [section({ fields: [{ ...field0, options: [{ value: 'a', label: { 'zh-CN': '甲', en: 'A' } }] }] })] },
    ['definition.sections.0.fields.0.options: validation.templateOptions']
  ],
  ['an unknown layout', { ...PEER, key: 'bad_layout', layout: 'narrative' }, ['definition.layout: validation.choice']],
  ['a SOAP layout with one section', { ...PEER, key: 'bad_soap', layout: 'soap' }, ['definition.sections: validation.templateLayout']],
  ['a key that is not a key', { ...PEER, key: 'Peer-Support' }, ['definition.key: validation.key']],
  ['a blank name', { ...PEER, key: 'bad_name', name: { 'zh-CN': '  ', en: 'Peer' } }, ['definition.name.zh-CN: validation.required']],
  ['no sections', { ...PEER, key: 'bad_empty', sections: [] }, ['definition.sections: validation.min']],
  [
    'two sections with one key',
    { ...PEER, key: 'bad_sections', sections: [PEER.sections[0], section({ fields: [{ ...field0, key: 'other_summary' }] })] },
    ['definition.sections.1.key: validation.duplicate']
  ],
  [
    'an option value twice',
    {
      ...PEER,
      key: 'bad_options',
      sections: [section({ fields: [{ ...moodField, options: [moodField.options![0], moodField.options![0]] }] })]
    },
    ['definition.sections.0.fields.0.options.1.value: validation.duplicate']
  ],
  [
    'a length limit on a number',
    { ...PEER, key: 'bad_length', sections: [section({ fields: [{ key: 'count', type: 'number', label: { 'zh-CN': '次数', en: 'Count' }, maxLength: 3 }] })] },
    ['definition.sections.0.fields.0.maxLength: validation.invalid']
  ],
  ['an appointment kind twice', { ...PEER, key: 'bad_kinds', kinds: ['follow_up', 'follow_up'] }, ['definition.kinds: validation.duplicate']]
]

// One centre for the file (every login runs the real KDF); the describes touch different settings.
let w: NoteWorld
// Filed under 网络成瘾 before the admin retires it.
let internetNote = ''

beforeAll(async () => {
  w = await setUpNoteWorld()
  await as(w, w.counsellor)
  internetNote = (await writeSigned(w, w.students.zhang, { categories: ['internet', 'sleep'] })).id
  await as(w)
})

describe('note templates as data', () => {

  it('ships the seven templates, valid, as version 1, in the picker’s order', async () => {
    const list = await ok(w.core, 'notes.templates.list', { includeRetired: false })
    expect(list.map((t) => [t.definition.key, t.version, t.retired])).toEqual(SHIPPED_TEMPLATE_KEYS.map((key) => [key, 1, false]))
    expect(list.map((t) => t.definition.name['zh-CN'])).toEqual([
      '初始访谈',
      '个体咨询记录（SOAP）',
      '个体咨询记录（DAP）',
      '危机干预',
      '团体辅导记录',
      '电话/线上咨询记录',
      '结案记录'
    ])
    for (const { definition } of list) {
      expect(templateDefinition.safeParse(definition).success, definition.key).toBe(true)
      expect(templateIssues(definition), definition.key).toEqual([])
    }
    const byKey = new Map(list.map((t) => [t.definition.key, t.definition]))
    expect(byKey.get('session_soap')!.sections.map((s) => s.key)).toEqual(['subjective', 'objective', 'assessment', 'plan'])
    expect(byKey.get('session_dap')!.sections.map((s) => s.key)).toEqual(['data', 'assessment', 'plan'])
    expect([byKey.get('intake')!.risk, byKey.get('crisis')!.risk, byKey.get('group')!.risk]).toEqual(['required', 'required', 'none'])
    // Stored once, by no one (shipped), however often they are listed.
    await ok(w.core, 'notes.templates.list', { includeRetired: true })
    expect(w.raw.prepare('SELECT key, version, created_by AS by FROM note_templates ORDER BY key').all()).toEqual(
      [...SHIPPED_TEMPLATE_KEYS].sort().map((key) => ({ key, version: 1, by: null }))
    )
  })

  it('saves a new key as version 1, then a change as version 2; notes keep the version they were written with', async () => {
    const seq = lastSeq(w.raw)
    const v1 = await ok(w.core, 'notes.templates.save', { definition: PEER })
    expect(v1).toEqual({ version: 1, definition: PEER, retired: false })
    expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      ['notes.templates.save', 'peer_support', { version: 1, sections: 1 }]
    ])
    expect((await ok(w.core, 'notes.templates.list', { includeRetired: false })).map((t) => t.definition.key)).toEqual([...SHIPPED_TEMPLATE_KEYS, 'peer_support'])

    await as(w, w.counsellor)
    const old = await ok(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId: null, templateKey: 'peer_support' })
    expect(old.templateVersion).toBe(1)
    const oldContent = { summary: '室友反映其近期作息紊乱，朋辈辅导员已陪同谈话。', mood: 'low' }
    await ok(w.core, 'notes.saveDraft', { id: old.id, content: oldContent, categories: ['adaptation'], risk: null, level: null, lowerReason: null, sensitive: false })

    await as(w)
    const v2 = await ok(w.core, 'notes.templates.save', { definition: PEER_V2 })
    expect(v2).toMatchObject({ version: 2, retired: false })
    // Saving what is already current makes no new version and writes nothing.
    const before = tableDigests(w.raw)
    expect(await ok(w.core, 'notes.templates.save', { definition: PEER_V2 })).toMatchObject({ version: 2 })
    expect(tableDigests(w.raw)).toEqual(before)
    expect(w.raw.prepare("SELECT version FROM note_templates WHERE key = 'peer_support' ORDER BY version").all()).toEqual([{ version: 1 }, { version: 2 }])

    await as(w, w.counsellor)
    // The draft started on version 1 keeps its fields: the old choice still saves and signs (v2's required tick is not asked for).
    expect(await ok(w.core, 'notes.get', { id: old.id })).toMatchObject({ templateVersion: 1, content: oldContent })
    expect(paths(await err(w.core, 'notes.saveDraft', { id: old.id, content: { ...oldContent, referral: true }, categories: ['adaptation'], risk: null, level: null, lowerReason: null, sensitive: false }))).toEqual([
      'content.referral: errors.notes.unknownField'
    ])
    const signed = await ok(w.core, 'notes.sign', { id: old.id })
    expect(signed).toMatchObject({ templateVersion: 1, status: 'signed', content: oldContent })

    // A new note takes version 2: the dropped choice is unknown, the new tick is required.
    const fresh = await ok(w.core, 'notes.create', { studentId: w.students.li, appointmentId: null, templateKey: 'peer_support' })
    expect(fresh.templateVersion).toBe(2)
    const draft = { id: fresh.id, categories: ['adaptation'], risk: null, level: null, lowerReason: null, sensitive: false }
    expect(paths(await err(w.core, 'notes.saveDraft', { ...draft, content: { summary: '谈话', mood: 'low' } }))).toEqual(['content.mood: errors.notes.unknownField'])
    await ok(w.core, 'notes.saveDraft', { ...draft, content: { summary: '同学陪同来访，情绪平稳。' } })
    expect(paths(await err(w.core, 'notes.sign', { id: fresh.id }))).toEqual(['content.referral: validation.required'])
    await ok(w.core, 'notes.discardDraft', { id: fresh.id })
    await as(w)
  })

  it.each(BAD)('refuses %s (VALIDATION with the path) and writes nothing', async (_what, definition, expected) => {
    const before = tableDigests(w.raw)
    const list = await ok(w.core, 'notes.templates.list', { includeRetired: true })
    const seq = lastSeq(w.raw)
    const error = await err(w.core, 'notes.templates.save', { definition })
    expect(error.code).toBe('VALIDATION')
    expect(paths(error)).toEqual(expected)
    expect(lastSeq(w.raw)).toBe(seq)
    expect(await ok(w.core, 'notes.templates.list', { includeRetired: true })).toEqual(list)
    expect({ ...tableDigests(w.raw), audit_log: null }).toEqual({ ...before, audit_log: null })
  })

  it('retires a template: no new notes with it, old notes still read; brought back, it serves again', async () => {
    const seq = lastSeq(w.raw)
    expect(await ok(w.core, 'notes.templates.retire', { key: 'peer_support', retired: true })).toMatchObject({ version: 2, retired: true })
    expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id, JSON.parse(r.summary!)])).toEqual([
      ['notes.templates.retire', 'peer_support', { retired: true }]
    ])
    expect((await ok(w.core, 'notes.templates.list', { includeRetired: false })).map((t) => t.definition.key)).not.toContain('peer_support')
    expect((await ok(w.core, 'notes.templates.list', { includeRetired: true })).find((t) => t.definition.key === 'peer_support')).toMatchObject({ retired: true })
    // A new version of a retired template stays retired.
    const v3 = await ok(w.core, 'notes.templates.save', { definition: { ...PEER_V2, name: { 'zh-CN': '朋辈辅导', en: 'Peer support' } } })
    expect(v3).toMatchObject({ version: 3, retired: true })

    await as(w, w.counsellor)
    const before = tableDigests(w.raw)
    expect(paths(await err(w.core, 'notes.create', { studentId: w.students.wang, appointmentId: null, templateKey: 'peer_support' }))).toEqual([
      'templateKey: errors.notes.templateRetired'
    ])
    expect({ ...tableDigests(w.raw), audit_log: null }).toEqual({ ...before, audit_log: null })
    const rows = await ok(w.core, 'notes.forStudent', { studentId: w.students.zhang })
    const old = rows.find((r) => r.templateKey === 'peer_support')!
    expect(await ok(w.core, 'notes.get', { id: old.id })).toMatchObject({ templateVersion: 1, status: 'signed', content: { mood: 'low' } })

    await as(w)
    await ok(w.core, 'notes.templates.retire', { key: 'peer_support', retired: false })
    await as(w, w.counsellor)
    const again = await ok(w.core, 'notes.create', { studentId: w.students.wang, appointmentId: null, templateKey: 'peer_support' })
    expect(again.templateVersion).toBe(3)
    await ok(w.core, 'notes.discardDraft', { id: again.id })
    await as(w)
  })

  it('lets only the admin change templates and categories: others are FORBIDDEN with an access.denied row', async () => {
    for (const user of [w.counsellor, w.assistant]) {
      await as(w, user)
      for (const [channel, input] of [
        ['notes.templates.save', { definition: { ...PEER, key: 'sneaky' } }],
        ['notes.templates.retire', { key: 'intake', retired: true }],
        ['notes.categories.save', { categories: SHIPPED_CATEGORIES.map((c) => ({ ...c })) }]
      ] as const) {
        const seq = lastSeq(w.raw)
        expect(await err(w.core, channel, input), `${user.username} ${channel}`).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
        expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id])).toEqual([['access.denied', channel]])
      }
    }
    await as(w)
    expect(w.raw.prepare("SELECT count(*) AS n FROM note_templates WHERE key = 'sneaky' OR (key = 'intake' AND retired)").get()).toEqual({ n: 0 })
  })
})

describe('problem categories', () => {
  const shipped = (): { key: string; 'zh-CN': string; en: string; active: boolean }[] => SHIPPED_CATEGORIES.map((c) => ({ ...c }))

  it('starts with the twelve shipped ones, all active', async () => {
    const list = await ok(w.core, 'notes.categories.get', {})
    expect(list.map((c) => c.key)).toEqual([...SHIPPED_CATEGORY_KEYS])
    expect(list.map((c) => c['zh-CN'])).toEqual(['学业', '就业', '人际关系', '恋爱情感', '家庭', '环境适应', '情绪困扰（抑郁/焦虑）', '自我成长', '网络成瘾', '睡眠', '危机（自伤/自杀/伤人）', '其他'])
    expect(list.every((c) => c.active)).toBe(true)
  })

  it('renames, adds and retires; a retired one cannot be chosen on a draft, old notes keep it', async () => {
    const next = shipped().map((c) => (c.key === 'sleep' ? { ...c, 'zh-CN': '睡眠问题' } : c.key === 'internet' ? { ...c, active: false } : c))
    next.splice(5, 0, { key: 'dorm', 'zh-CN': '宿舍矛盾', en: 'Dorm conflicts', active: true })
    const seq = lastSeq(w.raw)
    const saved = await ok(w.core, 'notes.categories.save', { categories: next })
    expect(saved).toEqual(next)
    expect(await ok(w.core, 'notes.categories.get', {})).toEqual(next)
    expect(auditRows(w.raw, seq).map((r) => [r.action, JSON.parse(r.summary!)])).toEqual([['notes.categories.save', { categories: 13, active: 12, dropped: 0 }]])

    await as(w, w.counsellor)
    const note = await writeDraft(w, w.students.li, null, { categories: ['dorm'] })
    expect((await ok(w.core, 'notes.get', { id: note.id })).categories).toEqual(['dorm'])
    const before = tableDigests(w.raw)
    const refused = await err(w.core, 'notes.saveDraft', { id: note.id, content: {}, categories: ['dorm', 'internet'], risk: null, level: null, lowerReason: null, sensitive: false })
    expect(paths(refused)).toEqual(['categories.1: errors.notes.unknownCategory'])
    expect({ ...tableDigests(w.raw), audit_log: null }).toEqual({ ...before, audit_log: null })
    expect((await ok(w.core, 'notes.get', { id: internetNote })).categories).toEqual(['internet', 'sleep'])
    await ok(w.core, 'notes.sign', { id: note.id })
    await as(w)
  })

  it('never drops a key in use or a shipped key (CONFLICT, nothing written); drops an unused one of the centre’s', async () => {
    const current = await ok(w.core, 'notes.categories.get', {})
    const before = tableDigests(w.raw)
    // 宿舍矛盾 is on the note signed above; 网络成瘾 is shipped (and in use); 其他 is shipped and unused.
    for (const key of ['dorm', 'internet', 'other']) {
      expect(await err(w.core, 'notes.categories.save', { categories: current.filter((c) => c.key !== key) }), key).toEqual({
        code: 'CONFLICT',
        messageKey: 'errors.noteSettings.categoryInUse'
      })
    }
    expect({ ...tableDigests(w.raw), audit_log: null }).toEqual({ ...before, audit_log: null })

    await ok(w.core, 'notes.categories.save', { categories: [...current, { key: 'exam_stress', 'zh-CN': '考试焦虑', en: 'Exam stress', active: true }] })
    const seq = lastSeq(w.raw)
    expect((await ok(w.core, 'notes.categories.save', { categories: current })).map((c) => c.key)).not.toContain('exam_stress')
    expect(JSON.parse(auditRows(w.raw, seq)[0]!.summary!)).toMatchObject({ dropped: 1 })
  })

  it('refuses a key twice, a name twice and no active category (VALIDATION, nothing written)', async () => {
    const current = await ok(w.core, 'notes.categories.get', {})
    const before = tableDigests(w.raw)
    const cases: [unknown[], string[]][] = [
      [[...current, { key: 'dorm', 'zh-CN': '宿舍', en: 'Dorm', active: true }], [`categories.${current.length}.key: validation.duplicate`]],
      [[...current, { key: 'dorm2', 'zh-CN': '宿舍矛盾', en: 'Dorm conflicts ', active: true }], [`categories.${current.length}.zh-CN: validation.duplicate`, `categories.${current.length}.en: validation.duplicate`]],
      [current.map((c) => ({ ...c, active: false })), ['categories: errors.noteSettings.noActiveCategory']],
      [[{ key: 'Bad Key', 'zh-CN': '坏', en: 'Bad', active: true }], ['categories.0.key: validation.key']]
    ]
    for (const [categories, expected] of cases) {
      const error = await err(w.core, 'notes.categories.save', { categories })
      expect(error.code).toBe('VALIDATION')
      expect(paths(error)).toEqual(expected)
    }
    expect(tableDigests(w.raw)).toEqual(before)
  })
})
