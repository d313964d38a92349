import { desc, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { screeningResults } from '../db/schema'
import { instrumentVersion } from './instruments'
import { rowScore, type ResultRow } from './resultDto'

/** How many instruments the referral's screening paragraph names at most (the newest of each). */
const MAX_INSTRUMENTS = 6

/**
 * The student's newest result of each instrument, in words, newest first, for the referral
 * form's 心理测评结果 (the hospital reads scores and bands, never the item answers), e.g.
 * "2026-09-20 PHQ-9：总分 23，重度；筛查阳性；关键条目：第 9 题".
 */
export function screeningSummary(t: Tx, studentId: string): string {
  const rows = t.orm.select().from(screeningResults).where(eq(screeningResults.studentId, studentId)).orderBy(desc(screeningResults.takenOn), desc(screeningResults.createdAt)).all()
  const newest = new Map<string, ResultRow>()
  for (const row of rows) if (!newest.has(row.instrumentKey) && newest.size < MAX_INSTRUMENTS) newest.set(row.instrumentKey, row)
  return [...newest.values()].map((row) => line(t, row)).join('\n')
}

function line(t: Tx, row: ResultRow): string {
  const def = instrumentVersion(t, row.instrumentKey, row.instrumentVersion)?.definition
  const score = rowScore(row)
  const zh = (list: readonly { key: string; label: { 'zh-CN': string } }[] | undefined, key: string | null): string | null =>
    key === null ? null : (list?.find((x) => x.key === key)?.label['zh-CN'] ?? key)
  const parts: string[] = []
  if (score.total !== null) parts.push(`总分 ${score.total}`)
  if (score.positive !== null) parts.push(`阳性项目 ${score.positive}`)
  const band = zh(def?.bands, score.band)
  if (band) parts.push(band)
  const level = zh([...(def?.flags ?? []), ...(def?.levels ?? [])], score.level)
  if (level && level !== band) parts.push(level)
  if (score.keyHits.length > 0) parts.push(`关键条目：${score.keyHits.map((n) => `第 ${n} 题`).join('、')}`)
  parts.push(score.flagged ? '筛查阳性' : '未达筛查标准')
  return `${row.takenOn} ${def?.short ?? row.instrumentKey}：${parts.join('；')}`
}
