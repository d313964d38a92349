import { beforeAll, describe, expect, it } from 'vitest'
import { auditRows, lastSeq, tableDigests } from '../helpers/db'
import { bookOne, at } from '../appointments/helpers'
import { as, attendedAppointment, err, HIGH_RISK, NO_RISK, ok, paths, setUpNoteWorld, soapDraft, writeDraft, type NoteWorld } from './noteWorld'

describe('a note from draft to signature', () => {
  let w: NoteWorld
  let appointmentId: string

  beforeAll(async () => {
    w = await setUpNoteWorld()
    appointmentId = await attendedAppointment(w, w.students.zhang)
    await as(w, w.counsellor)
  })

  it('starts from an attended appointment of the student, with the template’s current version', async () => {
    const note = await ok(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId, templateKey: 'session_soap' })
    expect(note).toMatchObject({
      studentId: w.students.zhang,
      appointmentId,
      authorId: w.counsellor.id,
      authorName: '张老师',
      templateKey: 'session_soap',
      templateVersion: 1,
      status: 'draft',
      sensitive: false,
      restricted: false,
      content: {},
      categories: [],
      risk: null,
      signedAt: null,
      addenda: []
    })
    // Asked again (a second click, another window): the same draft, not a second one.
    const again = await ok(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId, templateKey: 'session_dap' })
    expect(again.id).toBe(note.id)
    expect(again.templateKey).toBe('session_soap')
    await ok(w.core, 'notes.discardDraft', { id: note.id })
  })

  it('refuses an appointment not attended, or not the student’s, and unknown or retired templates', async () => {
    await as(w)
    const booked = await bookOne(w, { studentId: w.students.li, start: at('2026-11-04', '10:00'), overrideReason: '加约' })
    await as(w, w.counsellor)
    expect(await err(w.core, 'notes.create', { studentId: w.students.li, appointmentId: booked.id, templateKey: 'session_soap' })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.notes.appointmentNotAttended'
    })
    expect(await err(w.core, 'notes.create', { studentId: w.students.li, appointmentId, templateKey: 'session_soap' })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.notes.appointmentOtherStudent'
    })
    expect(paths(await err(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId, templateKey: 'no_such_template' }))).toEqual([
      'templateKey: errors.notes.unknownTemplate'
    ])
    await as(w)
    await ok(w.core, 'notes.templates.retire', { key: 'remote', retired: true })
    await as(w, w.counsellor)
    expect(paths(await err(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId: null, templateKey: 'remote' }))).toEqual([
      'templateKey: errors.notes.templateRetired'
    ])
  })

  it('saves drafts: fields of the template, values of their type, active categories; returns the computed level', async () => {
    const note = await writeDraft(w, w.students.zhang, appointmentId)
    const saved = await ok(w.core, 'notes.saveDraft', soapDraft(note.id, { risk: HIGH_RISK }))
    expect(saved).toEqual({ updatedAt: w.core.clock.now().toISOString(), computedLevel: 'high' })
    const reread = await ok(w.core, 'notes.get', { id: note.id })
    expect(reread.content).toEqual(soapDraft(note.id).content)
    expect(reread).toMatchObject({ categories: ['sleep'], risk: HIGH_RISK, computedLevel: 'high', level: null })

    const before = tableDigests(w.raw)
    const bad = await err(w.core, 'notes.saveDraft', {
      ...soapDraft(note.id),
      content: { subjective: 42, next_session: '下周一', mood: '低落' },
      categories: ['sleep', 'astrology']
    })
    expect(bad.code).toBe('VALIDATION')
    expect(paths(bad)).toEqual([
      'content.subjective: validation.invalidType',
      'content.next_session: validation.date',
      'content.mood: errors.notes.unknownField',
      'categories.1: errors.notes.unknownCategory'
    ])
    expect(tableDigests(w.raw)).toEqual(before)
    await ok(w.core, 'notes.discardDraft', { id: note.id })
  })

  it('checks choices and risk against the template: group notes have no risk section', async () => {
    const intake = await ok(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId: null, templateKey: 'intake' })
    const base = { id: intake.id, categories: ['mood'], risk: null, level: null, lowerReason: null, sensitive: false }
    expect(paths(await err(w.core, 'notes.saveDraft', { ...base, content: { referral_source: 'astrologer' } }))).toEqual([
      'content.referral_source: validation.choice'
    ])
    await ok(w.core, 'notes.saveDraft', { ...base, content: { referral_source: 'advisor', psychiatric_referral: true } })
    const group = await ok(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId: null, templateKey: 'group' })
    const groupDraft = { id: group.id, content: { theme: '人际沟通团体', attendance: 8 }, categories: ['relationships'], lowerReason: null, sensitive: false }
    expect(paths(await err(w.core, 'notes.saveDraft', { ...groupDraft, risk: NO_RISK, level: null }))).toEqual(['risk: errors.notes.noRiskSection'])
    expect(paths(await err(w.core, 'notes.saveDraft', { ...groupDraft, risk: null, level: 'high' }))).toEqual(['level: errors.notes.levelNeedsRisk'])
    await ok(w.core, 'notes.discardDraft', { id: intake.id })
    await ok(w.core, 'notes.discardDraft', { id: group.id })
  })

  it('raises the level freely and lowers it only with a written reason', async () => {
    const note = await writeDraft(w, w.students.zhang, null)
    expect(await ok(w.core, 'notes.saveDraft', soapDraft(note.id, { risk: NO_RISK, level: 'moderate' }))).toMatchObject({ computedLevel: 'low' })
    const lowered = await err(w.core, 'notes.saveDraft', soapDraft(note.id, { risk: HIGH_RISK, level: 'moderate', lowerReason: '   ' }))
    expect(paths(lowered)).toEqual(['lowerReason: errors.notes.lowerReasonRequired'])
    await ok(w.core, 'notes.saveDraft', soapDraft(note.id, { risk: HIGH_RISK, level: 'moderate', lowerReason: '计划为数月前的想法，目前已无，家人陪伴' }))
    const signed = await ok(w.core, 'notes.sign', { id: note.id })
    expect(signed).toMatchObject({ status: 'signed', computedLevel: 'high', level: 'moderate', lowerReason: '计划为数月前的想法，目前已无，家人陪伴' })
    // Lowered below high: no crisis alert.
    expect(w.raw.prepare('SELECT count(*) AS n FROM crisis_alerts WHERE source_id = ?').get(note.id)).toEqual({ n: 0 })
  })

  it('signs only with the required fields, a category, and the risk section where the template needs it', async () => {
    const soap = await writeDraft(w, w.students.zhang, null, { content: { subjective: '  ', objective: '平静' }, categories: [] })
    expect(paths(await err(w.core, 'notes.sign', { id: soap.id }))).toEqual([
      'content.subjective: validation.required',
      'content.assessment: validation.required',
      'content.plan: validation.required',
      'categories: errors.notes.categoryRequired'
    ])
    await ok(w.core, 'notes.discardDraft', { id: soap.id })

    const crisis = await ok(w.core, 'notes.create', { studentId: w.students.zhang, appointmentId: null, templateKey: 'crisis' })
    const content = { situation: '室友发现其在宿舍独自哭泣并流露轻生念头', intervention: '陪伴、评估、联系家长', safety_plan: '24小时陪护', follow_up: '转介精神专科医院', contacts_made: ['parents', 'advisor'] }
    await ok(w.core, 'notes.saveDraft', { id: crisis.id, content, categories: ['crisis'], risk: null, level: null, lowerReason: null, sensitive: false })
    expect(paths(await err(w.core, 'notes.sign', { id: crisis.id }))).toEqual(['risk: errors.notes.riskRequired'])
    expect((await ok(w.core, 'notes.get', { id: crisis.id })).status).toBe('draft')
    await ok(w.core, 'notes.discardDraft', { id: crisis.id })
  })

  it('a high level raises a crisis alert in the same transaction as the signature', async () => {
    const note = await writeDraft(w, w.students.wang, null, { risk: HIGH_RISK, categories: ['crisis', 'mood'] })
    const seq = lastSeq(w.raw)
    const signed = await ok(w.core, 'notes.sign', { id: note.id })
    expect(signed).toMatchObject({ status: 'signed', signedAt: w.core.clock.now().toISOString(), computedLevel: 'high', level: 'high' })
    const alert = w.raw.prepare('SELECT student_id, source, level, raised_by FROM crisis_alerts WHERE source_id = ?').all(note.id)
    expect(alert).toEqual([{ student_id: w.students.wang, source: 'note', level: 'high', raised_by: w.counsellor.id }])
    expect(auditRows(w.raw, seq).map((r) => [r.action, r.summary])).toEqual([
      ['notes.sign', JSON.stringify({ level: 'high', studentId: w.students.wang })],
      ['alerts.raise', expect.any(String)]
    ])
  })

  it('a signed note never changes: every write path answers CONFLICT and leaves it as it was', async () => {
    const note = await writeDraft(w, w.students.li, null)
    await ok(w.core, 'notes.sign', { id: note.id })
    const row = (): unknown => w.raw.prepare('SELECT * FROM notes WHERE id = ?').get(note.id)
    const before = row()
    for (const [channel, input] of [
      ['notes.saveDraft', soapDraft(note.id, { content: { subjective: '改写' } })],
      ['notes.discardDraft', { id: note.id }],
      ['notes.sign', { id: note.id }]
    ] as const) {
      expect(await err(w.core, channel, input), channel).toEqual({ code: 'CONFLICT', messageKey: 'errors.notes.signed' })
    }
    // Addenda are added beside the note: it keeps its text, dates and level.
    await ok(w.core, 'notes.addendum', { noteId: note.id, text: '补充：来访者下次将带睡眠日记。' })
    expect(row()).toEqual(before)
  })

  it('addenda: dated and signed under the note, by its author or the admin, on signed notes only', async () => {
    const note = await writeDraft(w, w.students.li, null)
    expect(await err(w.core, 'notes.addendum', { noteId: note.id, text: '补充' })).toEqual({ code: 'CONFLICT', messageKey: 'errors.notes.notSigned' })
    await ok(w.core, 'notes.sign', { id: note.id })
    w.core.clock.advance(60_000)
    const first = await ok(w.core, 'notes.addendum', { noteId: note.id, text: '更正：复诊时间改为周四。' })
    expect(first.addenda).toEqual([{ id: expect.any(String), text: '更正：复诊时间改为周四。', authorName: '张老师', signedAt: w.core.clock.now().toISOString() }])

    await as(w, w.colleague)
    expect(await err(w.core, 'notes.addendum', { noteId: note.id, text: '补充' })).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.notes.addendumAuthorOrAdmin' })
    await as(w)
    w.core.clock.advance(60_000)
    const second = await ok(w.core, 'notes.addendum', { noteId: note.id, text: '主任复核：同意转介。' })
    expect(second.addenda.map((a) => [a.text, a.authorName])).toEqual([
      ['更正：复诊时间改为周四。', '张老师'],
      ['主任复核：同意转介。', '王主任']
    ])
    await as(w, w.counsellor)
  })

  it('shows signed notes on the student’s timeline without their text', async () => {
    const timeline = await ok(w.core, 'students.timeline', { id: w.students.wang })
    const entries = timeline.filter((e) => e.kind === 'note')
    expect(entries).toEqual([
      { at: expect.any(String), kind: 'note', titleKey: 'timeline.notes.signedLevel', params: { template: 'session_soap', level: 'high' }, detail: null, byName: '张老师' }
    ])
  })

  it('writes audit rows naming the note, never its text', () => {
    const rows = auditRows(w.raw)
    const actions = new Set(rows.map((r) => r.action))
    for (const action of ['notes.create', 'notes.draft.resume', 'notes.draft.save', 'notes.draft.discard', 'notes.sign', 'notes.addendum', 'notes.view']) {
      expect(actions, action).toContain(action)
    }
    const all = JSON.stringify(rows)
    for (const text of ['失眠', '睡眠日记', '复诊时间', '轻生', '家人陪伴', '主任复核']) expect(all, text).not.toContain(text)
  })
})
