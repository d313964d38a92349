import type Database from 'better-sqlite3'
import type { ChannelInput, ImportMapping } from '@shared/contract'
import { setUpWorld, type World } from '../appointments/helpers'
import { ok } from '../helpers/core'
import { csvBase64 } from '../students/roster'

/**
 * The appointments test centre (张老师, part-time 李老师 at 心理学院, 前台小王; 张三 李四 王小明 in
 * 心理学院, 赵六 in 外国语学院) on 2026-11-02, with a screening round dated 2026-10-20. The admin
 * is logged in when it is returned.
 */
export interface RoundWorld extends World {
  roundId: string
  /** Student numbers by the same keys as `students`. */
  nos: { zhang: string; li: string; wang: string; zhao: string }
}

export async function setUpRoundWorld(): Promise<RoundWorld> {
  const world = await setUpWorld()
  const noOf = (id: string): string => (world.raw.prepare('SELECT student_no FROM students WHERE id = ?').get(id) as { student_no: string }).student_no
  const s = world.students
  const nos = { zhang: noOf(s.zhang), li: noOf(s.li), wang: noOf(s.wang), zhao: noOf(s.zhao) }
  const round = await ok(world.core, 'screening.rounds.create', { name: '2026年秋季新生心理普查', date: '2026-10-20' })
  return { ...world, roundId: round.id, nos }
}

export const PHQ_HEADERS = Array.from({ length: 9 }, (_, i) => `PHQ9_${i + 1}`)
export const GAD_HEADERS = Array.from({ length: 7 }, (_, i) => `GAD-7 第${i + 1}题`)
/** 学号, 测评日期, nine PHQ-9 items, seven GAD-7 items. */
export const HEADERS = ['学号', '测评日期', ...PHQ_HEADERS, ...GAD_HEADERS]

/** What the guess must find for HEADERS. */
export const MAPPING: ImportMapping = {
  studentNo: 0,
  takenOn: 1,
  instruments: [
    { key: 'phq9', items: Array.from({ length: 9 }, (_, i) => 2 + i), extras: {} },
    { key: 'gad7', items: Array.from({ length: 7 }, (_, i) => 11 + i), extras: {} }
  ]
}

/** A data row of HEADERS: PHQ-9 and GAD-7 answers as digits. */
export const row = (no: string, date: string, phq: number[], gad: number[]): string[] => [no, date, ...phq.map(String), ...gad.map(String)]

/** PHQ-9 answers adding up to `total` (item 9 stays 0 unless given). */
export function phq(total: number, item9 = 0): number[] {
  const answers = Array.from({ length: 9 }, () => 0)
  answers[8] = item9
  let left = total - item9
  for (let i = 0; i < 8 && left > 0; i++) {
    answers[i] = Math.min(3, left)
    left -= answers[i]!
  }
  return answers
}

export function gad(total: number): number[] {
  const answers = Array.from({ length: 7 }, () => 0)
  let left = total
  for (let i = 0; i < 7 && left > 0; i++) {
    answers[i] = Math.min(3, left)
    left -= answers[i]!
  }
  return answers
}

export type ImportInput = ChannelInput<'screening.import.commit'>
export type CheckInput = ChannelInput<'screening.import.check'>

/** A check input for a CSV (UTF-8) of these rows under HEADERS; the mapping is guessed unless given. */
export const checkInput = (roundId: string, rows: string[][], overrides: Partial<CheckInput> = {}): CheckInput => ({
  roundId,
  fileName: '心理普查导出.csv',
  contentBase64: csvBase64([HEADERS, ...rows]),
  instrumentKeys: ['phq9', 'gad7'],
  ...overrides
})

/** A commit input for a CSV (UTF-8) of these rows under HEADERS. */
export const commitInput = (roundId: string, rows: string[][], overrides: Partial<ImportInput> = {}): ImportInput => ({
  roundId,
  fileName: '心理普查导出.csv',
  contentBase64: csvBase64([HEADERS, ...rows]),
  instrumentKeys: ['phq9', 'gad7'],
  mapping: MAPPING,
  jobId: crypto.randomUUID(),
  platformName: '',
  ...overrides
})

/** Row counts of the tables an import writes (and the audit log). */
export const screeningCounts = (raw: Database.Database): Record<string, number> =>
  raw
    .prepare(
      `SELECT (SELECT count(*) FROM screening_imports) AS imports, (SELECT count(*) FROM screening_results) AS results,
              (SELECT count(*) FROM screening_flags) AS flags, (SELECT count(*) FROM crisis_alerts) AS alerts,
              (SELECT count(*) FROM screening_platforms) AS platforms, (SELECT count(*) FROM audit_log) AS audit`
    )
    .get() as Record<string, number>
