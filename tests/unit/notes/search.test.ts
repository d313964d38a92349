import { beforeAll, describe, expect, it } from 'vitest'
import { markedSnippet } from '../../../src/main/core/notes/search'
import { auditRows, lastSeq } from '../helpers/db'
import { as, ok, setUpNoteWorld, soapDraft, writeDraft, writeSigned, type NoteWorld } from './noteWorld'

const text = (subjective: string) => ({ content: { ...soapDraft('').content, subjective } })

/**
 * 张老师 writes, a minute apart: a note about 张三 (考试焦虑, 失眠), a sensitive note about 张三
 * (失眠, 童年创伤), a note about 赵六 outside the part-time station (失眠, PHQ-9), and a draft
 * about 李四 (失眠). Each search is run as someone else too.
 */
describe('full-text search over the notes a user may read', () => {
  let w: NoteWorld
  const ids = { exam: '', sensitive: '', outside: '', draft: '' }
  const search = async (q: string, limit = 30) => ok(w.core, 'notes.search', { q, limit })
  const found = async (q: string): Promise<string[]> => (await search(q)).map((r) => r.note.id)

  beforeAll(async () => {
    w = await setUpNoteWorld()
    await as(w, w.counsellor)
    ids.exam = (await writeSigned(w, w.students.zhang, text('临近期末考试焦虑明显，近两周失眠，每晚只睡四小时。'))).id
    w.core.clock.advance(60_000)
    ids.sensitive = (await writeSigned(w, w.students.zhang, { ...text('谈及童年创伤，夜间失眠多梦。'), sensitive: true })).id
    w.core.clock.advance(60_000)
    ids.outside = (await writeSigned(w, w.students.zhao, text('PHQ-9 得分 14 分，伴失眠。'))).id
    w.core.clock.advance(60_000)
    ids.draft = (await writeDraft(w, w.students.li, null, text('失眠一个月，尚未就医。'))).id
  })

  it('finds Chinese words of three or more characters through the trigram index, with marked snippets', async () => {
    const results = await search('考试焦虑')
    expect(results.map((r) => r.note.id)).toEqual([ids.exam])
    expect(results[0]!.snippet).toContain('⟦考试焦虑⟧')
    expect(results[0]!.note).toMatchObject({ studentId: w.students.zhang, studentName: '张三', authorName: '张老师', status: 'signed', restricted: false })
    expect(await found('童年创伤')).toEqual([ids.sensitive])
    expect(await found('phq-9')).toEqual([ids.outside])
  })

  it('finds two-character and one-character words (失眠, 眠) by scanning, newest first', async () => {
    expect(await found('失眠')).toEqual([ids.draft, ids.outside, ids.sensitive, ids.exam])
    expect(await found('眠')).toEqual([ids.draft, ids.outside, ids.sensitive, ids.exam])
    const [first] = await search('失眠', 1)
    expect(first!.snippet).toBe('⟦失眠⟧一个月，尚未就医。 情绪低落，语速较慢，眼神接触少。 考虑与…')
  })

  it('needs every word of a query, and takes % and _ as themselves', async () => {
    expect(await found('失眠 考试焦虑')).toEqual([ids.exam])
    expect(await found('童年创伤 考试焦虑')).toEqual([])
    expect(await found('%')).toEqual([])
    expect(await found('_')).toEqual([])
  })

  it('finds the text of addenda', async () => {
    await ok(w.core, 'notes.addendum', { noteId: ids.exam, text: '补充：已转介至精神专科医院评估。' })
    expect(await found('精神专科')).toEqual([ids.exam])
  })

  it('leaves out others’ sensitive notes and drafts; the admin reads sensitive notes', async () => {
    await as(w, w.colleague)
    expect(await found('失眠')).toEqual([ids.outside, ids.exam])
    expect(await found('童年创伤')).toEqual([])
    await as(w)
    expect(await found('失眠')).toEqual([ids.outside, ids.sensitive, ids.exam])
  })

  it('gives a part-time counsellor their station students’ notes only', async () => {
    await as(w, w.partTime)
    expect(await found('失眠')).toEqual([ids.exam])
    expect(await found('phq-9')).toEqual([])
  })

  it('audits each search with its count, never the query', async () => {
    const seq = lastSeq(w.raw)
    await search('考试焦虑')
    await search('失眠')
    const rows = auditRows(w.raw, seq)
    expect(rows.map((r) => [r.action, r.summary])).toEqual([
      ['notes.search', '{"results":1}'],
      ['notes.search', '{"results":1}']
    ])
    expect(JSON.stringify(auditRows(w.raw))).not.toMatch(/失眠|考试焦虑|童年创伤|精神专科/)
  })
})

describe('snippets built around a LIKE match', () => {
  it('marks every hit in a stretch around the first one', () => {
    const long = `${'甲'.repeat(40)}失眠与焦虑，失眠加重${'乙'.repeat(40)}`
    expect(markedSnippet(long, ['失眠'])).toBe(`…${'甲'.repeat(16)}⟦失眠⟧与焦虑，⟦失眠⟧加重${'乙'.repeat(22)}…`)
    expect(markedSnippet('Sleep  diary\nkept', ['sl'])).toBe('⟦Sl⟧eep diary kept')
  })
})
