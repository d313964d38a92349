import type { Core } from '../src/main/core/core'
import { callOrThrow } from '../src/main/tools/coreCall'
import { createRandom } from '../src/main/tools/synthetic/random'
import { distribution, type Distribution } from './stats'

/** Calls per round; the rounds multiply them. */
export const NOTES_PER_ROUND = { searchesPerQuery: 2, fileLoads: 40, draftSaves: 60 } as const
export const NOTES_TARGETS = { searchP95: 50, fileP95: 30, draftSaveP95: 5 } as const

/**
 * What counsellors type into note search. Two-character words are answered by a scan of the
 * index's text (the trigram index needs three), longer ones by the index; common words and
 * rarer ones both, since a common word matches tens of thousands of notes.
 */
export const NOTE_QUERIES = {
  short: ['失眠', '焦虑', '考试', '抑郁', '室友', '分手', '家长', '自伤'],
  long: ['人际关系', '家庭矛盾', '情绪低落', '入睡困难', '期末考试', '考研', '网络游戏', '安全计划', '父母离婚 情绪']
} as const

/** As notes.search decides: the trigram index when every word has 3+ characters, else a scan. */
const usesIndex = (q: string): boolean => q.split(/\s+/).every((word) => [...word].length >= 3)

type Verdict = 'PASS' | 'OVER'
const verdict = (value: number, target: number): Verdict => (value <= target ? 'PASS' : 'OVER')

export interface NoteLatencies {
  /** short: queries with a 1–2 character word (a scan); long: every word 3+ characters (the trigram index). */
  search: { short: Distribution; long: Distribution; all: Distribution; meanResults: number; target: number; verdict: Verdict }
  /** The student file's notes: the note list and the timeline (which holds the signed notes). */
  file: { forStudent: Distribution; timeline: Distribution; sum: Distribution; students: number; meanNotes: number; target: number; verdict: Verdict }
  draftSave: { latency: Distribution; finalChars: number; target: number; verdict: Verdict }
}

const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10)

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

async function measureSearch(core: Core, rounds: number): Promise<NoteLatencies['search']> {
  const short: number[] = []
  const long: number[] = []
  const found: number[] = []
  // One call of each kind before timing: the first prepare of a statement is not what a user waits for twice.
  for (const q of [NOTE_QUERIES.short[0], NOTE_QUERIES.long[0]]) await callOrThrow(core, 'notes.search', { q, limit: 30 })
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < NOTES_PER_ROUND.searchesPerQuery; i++) {
      // Short and long interleaved, so that a slow spell of the machine does not land on one kind.
      const queries = [...NOTE_QUERIES.short, ...NOTE_QUERIES.long]
      for (const q of queries) {
        const { ms, value } = await timed(() => callOrThrow(core, 'notes.search', { q, limit: 30 }))
        ;(usesIndex(q) ? long : short).push(ms)
        found.push(value.length)
      }
    }
  }
  const all = distribution([...short, ...long])
  return { short: distribution(short), long: distribution(long), all, meanResults: mean(found), target: NOTES_TARGETS.searchP95, verdict: verdict(all.p95, NOTES_TARGETS.searchP95) }
}

/** Students who have notes, as a counsellor meets them: from search results (any note a search finds). */
async function studentsWithNotes(core: Core): Promise<string[]> {
  const ids = new Set<string>()
  for (const q of [...NOTE_QUERIES.short, ...NOTE_QUERIES.long]) {
    for (const hit of await callOrThrow(core, 'notes.search', { q, limit: 100 })) ids.add(hit.note.studentId)
  }
  return [...ids].sort()
}

async function measureFile(core: Core, studentIds: readonly string[], rounds: number): Promise<NoteLatencies['file']> {
  const list: number[] = []
  const timeline: number[] = []
  const sum: number[] = []
  const sizes: number[] = []
  for (let r = 0; r < rounds; r++) {
    const random = createRandom(r + 1, 'bench:note-file')
    for (let i = 0; i < NOTES_PER_ROUND.fileLoads && studentIds.length > 0; i++) {
      const studentId = random.pick(studentIds)
      const a = await timed(() => callOrThrow(core, 'notes.forStudent', { studentId }))
      const b = await timed(() => callOrThrow(core, 'students.timeline', { id: studentId }))
      list.push(a.ms)
      timeline.push(b.ms)
      sum.push(a.ms + b.ms)
      sizes.push(a.value.length)
    }
  }
  const total = distribution(sum)
  return {
    forStudent: distribution(list),
    timeline: distribution(timeline),
    sum: total,
    students: studentIds.length,
    meanNotes: mean(sizes),
    target: NOTES_TARGETS.fileP95,
    verdict: verdict(total.p95, NOTES_TARGETS.fileP95)
  }
}

const SENTENCES = ['来访者自述近两周入睡困难，白天精神差。', '谈到期末考试时明显紧张。', '与室友的关系有所缓和。', '情绪较上次平稳，能够使用放松练习。']

/**
 * The autosave a counsellor's typing makes: one draft saved again and again as its text grows
 * (a sentence a save, up to a long note). The draft is thrown away afterwards, so the vault
 * stays as seeded.
 */
async function measureDraftSave(core: Core, studentId: string, rounds: number): Promise<NoteLatencies['draftSave']> {
  const note = await callOrThrow(core, 'notes.create', { studentId, appointmentId: null, templateKey: 'session_soap' })
  const samples: number[] = []
  let text = ''
  try {
    const save = (subjective: string): Promise<unknown> =>
      callOrThrow(core, 'notes.saveDraft', {
        id: note.id,
        content: { subjective, assessment: '考虑与学业压力有关的焦虑情绪。', plan: '布置睡眠日记，一周后复诊。' },
        categories: ['sleep', 'academic'],
        risk: null,
        level: null,
        lowerReason: null,
        sensitive: false
      })
    await save('')
    for (let i = 0; i < rounds * NOTES_PER_ROUND.draftSaves; i++) {
      // A note grows to a few thousand characters, then the counsellor starts the next section.
      text = text.length > 3000 ? '' : text + (SENTENCES[i % SENTENCES.length] ?? '')
      samples.push((await timed(() => save(text))).ms)
    }
  } finally {
    await callOrThrow(core, 'notes.discardDraft', { id: note.id })
  }
  const stats = distribution(samples)
  return { latency: stats, finalChars: text.length, target: NOTES_TARGETS.draftSaveP95, verdict: verdict(stats.p95, NOTES_TARGETS.draftSaveP95) }
}

/** Note search, a student's notes and timeline, and draft autosave, through core.call as the admin. */
export async function measureNotes(core: Core, rounds: number, log: (line: string) => void): Promise<NoteLatencies> {
  const queries = NOTE_QUERIES.short.length + NOTE_QUERIES.long.length
  log(`  note search: ${rounds} × ${NOTES_PER_ROUND.searchesPerQuery} × ${queries} queries …`)
  const search = await measureSearch(core, rounds)
  const students = await studentsWithNotes(core)
  log(`  student file with notes: ${rounds} × ${NOTES_PER_ROUND.fileLoads} opens of ${students.length} students found by search …`)
  const file = await measureFile(core, students, rounds)
  log(`  draft autosave: ${rounds} × ${NOTES_PER_ROUND.draftSaves} saves of a growing draft …`)
  const studentId = students[0] ?? (await callOrThrow(core, 'students.list', {})).rows[0]?.id
  if (!studentId) throw new Error('the vault holds no students')
  const draftSave = await measureDraftSave(core, studentId, rounds)
  return { search, file, draftSave }
}
