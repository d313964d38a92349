import type { ResultDto } from '@shared/contract/screening'
import type { ScoreDto } from '@shared/contract/instruments'
import type { screeningResults } from './schema'

export type ResultRow = typeof screeningResults.$inferSelect

/** The scores as stored beside the answers (JSON columns parsed back). */
export function rowScore(row: ResultRow): ScoreDto {
  return {
    total: row.total,
    positive: row.positive,
    factors: JSON.parse(row.factors) as Record<string, number>,
    band: row.band,
    level: row.level,
    severity: row.severity,
    flagged: row.flagged,
    keyHits: JSON.parse(row.keyHits) as number[],
    alert: row.alert
  }
}

/** One stored result as the trend chart and lists show it: scores only, never the answers. */
export function toResultDto(row: ResultRow, roundName: string | null): ResultDto {
  return {
    id: row.id,
    studentId: row.studentId,
    instrumentKey: row.instrumentKey,
    instrumentVersion: row.instrumentVersion,
    takenOn: row.takenOn,
    source: row.source,
    roundId: row.roundId,
    roundName,
    score: rowScore(row)
  }
}

/** The scored values of a new result, in the columns they are stored in. */
export function scoreColumns(score: ScoreDto): Pick<ResultRow, 'total' | 'positive' | 'factors' | 'band' | 'level' | 'severity' | 'flagged' | 'keyHits' | 'alert'> {
  return {
    total: score.total,
    positive: score.positive,
    factors: JSON.stringify(score.factors),
    band: score.band,
    level: score.level,
    severity: score.severity,
    flagged: score.flagged,
    keyHits: JSON.stringify(score.keyHits),
    alert: score.alert
  }
}
