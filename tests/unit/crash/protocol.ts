/** What the crash writer (writer.ts) and the test that kills it (kill.test.ts) agree on. */

export interface WriterJob {
  dataDir: string
  /** The database key, hex: the child skips the key derivation, which is what makes hundreds of runs affordable. */
  dekHex: string
  counsellorId: string
  studentIds: string[]
  /** Which child this is (0, 1, …): its appointments take slots no other child takes. */
  run: number
}

/** Session cycles one child may write (book, attend, note, three saves, sign); far more than a kill allows. */
export const SLOTS_PER_RUN = 100

const SLOT_MINUTES = 30
const LATEST_SLOT = Date.parse('2026-10-31T00:00:00.000Z')

/**
 * The start of cycle `k` of child `run`: 30-minute slots going back in time from the end of
 * October, so that no two appointments of any run clash and each can be marked attended.
 */
export const slotStart = (run: number, k: number): string => new Date(LATEST_SLOT - (run * SLOTS_PER_RUN + k) * SLOT_MINUTES * 60_000).toISOString()

/** Save `n` of a draft: says which save it was, so the note on disk tells how far it got. */
export const draftContent = (n: number): Record<string, string> => ({
  subjective: `第 ${n} 次保存：来访者自述近两周入睡困难，白天上课注意力不集中。`,
  objective: '情绪低落，语速较慢。',
  assessment: '考虑与期中考试压力有关的睡眠问题。',
  plan: '教授放松训练，布置睡眠日记，一周后复诊。'
})

/** The save number a draft's stored content says (0 if none of ours). */
export function savedCount(contentJson: string): number {
  const subjective = (JSON.parse(contentJson) as { subjective?: unknown }).subjective
  const match = typeof subjective === 'string' ? /^第 (\d+) 次保存/.exec(subjective) : null
  return match ? Number(match[1]) : 0
}
