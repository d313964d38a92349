import type { Channel } from '@shared/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditRows, lastSeq, tableDigests } from '../helpers/db'
import { as, err, ok, setUpNoteWorld, soapDraft, writeDraft, writeSigned, type NoteWorld } from './noteWorld'

/**
 * Who reads what: 张老师 writes a sensitive note, a plain note and a draft about 张三 (in the
 * part-time station) and a note about 赵六 (outside it); 王老师 is another full-time counsellor.
 */
describe('who may read and write which notes', () => {
  let w: NoteWorld
  const ids = { sensitive: '', plain: '', draft: '', outside: '' }

  beforeAll(async () => {
    w = await setUpNoteWorld()
    await as(w, w.counsellor)
    ids.sensitive = (await writeSigned(w, w.students.zhang, { sensitive: true, content: { ...soapDraft('').content, subjective: '来访者谈及家庭隐私与童年创伤' } })).id
    ids.plain = (await writeSigned(w, w.students.zhang)).id
    ids.draft = (await writeDraft(w, w.students.zhang, null)).id
    ids.outside = (await writeSigned(w, w.students.zhao)).id
  })

  it('the author reads their sensitive note in full', async () => {
    const note = await ok(w.core, 'notes.get', { id: ids.sensitive })
    expect(note).toMatchObject({ sensitive: true, restricted: false, categories: ['sleep'] })
    expect(note.content.subjective).toBe('来访者谈及家庭隐私与童年创伤')
  })

  it('the admin reads it in full, and sees others’ drafts neither listed nor opened', async () => {
    await as(w)
    const note = await ok(w.core, 'notes.get', { id: ids.sensitive })
    expect(note).toMatchObject({ restricted: false, content: { subjective: '来访者谈及家庭隐私与童年创伤' } })
    const rows = await ok(w.core, 'notes.forStudent', { studentId: w.students.zhang })
    expect(Object.fromEntries(rows.map((r) => [r.id, r.restricted]))).toEqual({ [ids.sensitive]: false, [ids.plain]: false })
    expect(await err(w.core, 'notes.get', { id: ids.draft })).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.notes.draftOfOther' })
  })

  it('another counsellor sees that the sensitive note exists, not what it says', async () => {
    await ok(w.core, 'notes.addendum', { noteId: ids.sensitive, text: '主任补充：已与家长沟通' })
    await as(w, w.colleague)
    const note = await ok(w.core, 'notes.get', { id: ids.sensitive })
    expect(note).toMatchObject({
      sensitive: true,
      restricted: true,
      content: {},
      categories: [],
      risk: null,
      computedLevel: null,
      level: null,
      lowerReason: null,
      authorName: '张老师',
      status: 'signed'
    })
    expect(note.addenda).toEqual([{ id: expect.any(String), text: '', authorName: '王主任', signedAt: expect.any(String) }])
    const rows = await ok(w.core, 'notes.forStudent', { studentId: w.students.zhang })
    expect(Object.fromEntries(rows.map((r) => [r.id, r.restricted]))).toEqual({ [ids.sensitive]: true, [ids.plain]: false })
    expect((await ok(w.core, 'notes.get', { id: ids.plain })).content.subjective).toContain('失眠')
  })

  it('only the author edits, discards and signs; others are FORBIDDEN and nothing is written', async () => {
    for (const user of [w.colleague, undefined]) {
      await as(w, user)
      const before = tableDigests(w.raw)
      for (const [channel, input] of [
        ['notes.saveDraft', soapDraft(ids.draft)],
        ['notes.discardDraft', { id: ids.draft }],
        ['notes.sign', { id: ids.draft }]
      ] as const) {
        expect((await err(w.core, channel, input)).code, channel).toBe('FORBIDDEN')
      }
      expect({ ...tableDigests(w.raw), audit_log: null }).toEqual({ ...before, audit_log: null })
    }
  })

  it('a part-time counsellor reads notes of their station students only', async () => {
    await as(w, w.partTime)
    expect((await ok(w.core, 'notes.get', { id: ids.plain })).restricted).toBe(false)
    expect((await ok(w.core, 'notes.get', { id: ids.sensitive })).restricted).toBe(true)
    for (const [channel, input] of [
      ['notes.get', { id: ids.outside }],
      ['notes.forStudent', { studentId: w.students.zhao }],
      ['notes.create', { studentId: w.students.zhao, appointmentId: null, templateKey: 'session_soap' }],
      ['notes.addendum', { noteId: ids.outside, text: '补充' }]
    ] as const) {
      expect(await err(w.core, channel, input), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
    }
    // Their own notes of station students work as anyone's.
    const own = await writeSigned(w, w.students.li)
    expect(own.authorId).toBe(w.partTime.id)
  })

  it('the front desk is refused every notes channel, with an access.denied row and nothing else', async () => {
    await as(w, w.assistant)
    const inputs: [Channel, unknown][] = [
      ['notes.create', { studentId: w.students.zhang, appointmentId: null, templateKey: 'session_soap' }],
      ['notes.saveDraft', soapDraft(ids.draft)],
      ['notes.discardDraft', { id: ids.draft }],
      ['notes.sign', { id: ids.draft }],
      ['notes.addendum', { noteId: ids.plain, text: '补充' }],
      ['notes.get', { id: ids.plain }],
      ['notes.forStudent', { studentId: w.students.zhang }],
      ['notes.myDrafts', {}],
      ['notes.search', { q: '失眠', limit: 10 }],
      ['notes.summary.pdf', { studentId: w.students.zhang, locale: 'zh-CN' }],
      ['notes.templates.list', { includeRetired: false }],
      ['notes.categories.get', {}],
      ['notes.riskRules.get', {}]
    ]
    for (const [channel, input] of inputs) {
      const seq = lastSeq(w.raw)
      expect(await err(w.core, channel, input), channel).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' })
      expect(auditRows(w.raw, seq).map((r) => [r.action, r.entity_id])).toEqual([['access.denied', channel]])
    }
    // Nor does the timeline give the front desk anything of notes.
    expect((await ok(w.core, 'students.timeline', { id: w.students.zhang })).filter((e) => e.kind === 'note')).toEqual([])
  })

  it('the timeline shows a sensitive note only as one', async () => {
    await as(w, w.colleague)
    const entries = (await ok(w.core, 'students.timeline', { id: w.students.zhang })).filter((e) => e.kind === 'note')
    expect(entries.map((e) => [e.titleKey, e.params])).toEqual(
      expect.arrayContaining([
        ['timeline.notes.sensitive', {}],
        ['timeline.notes.signed', { template: 'session_soap' }]
      ])
    )
    expect(entries).toHaveLength(2)
  })
})
