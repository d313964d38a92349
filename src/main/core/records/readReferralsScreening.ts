import type { ReferralDto } from '@shared/contract'
import { asc, eq, inArray, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import { referrals, screeningFlags, screeningResults, screeningRounds, users } from '../db/schema'
import { toReferralDto } from '../referrals/dto'
import { flagRows } from '../screening/flagRows'
import { instrumentVersion } from '../screening/instruments'
import { toResultDto } from '../screening/resultDto'
import type { InterviewEntry, ScreeningEntry } from './types'

/*
 * Referrals, screening results with their answers and the second-stage interviews of one
 * student, oldest first, through the capabilities' own DTO mappers. Their single-item readers
 * (getResult, viewReferral) audit each read; the print audits once, after the PDF exists.
 */

/** Every referral with its form, hospital and every step, step back and contact. */
export function referralHistory(t: Tx, studentId: string): ReferralDto[] {
  return t.orm
    .select()
    .from(referrals)
    .where(eq(referrals.studentId, studentId))
    .orderBy(asc(referrals.createdAt), asc(sql`${referrals}.rowid`))
    .all()
    .map((row) => toReferralDto(t, row))
}

/** Every result with the answers as given and the instrument version that scored it. */
export function screeningHistory(t: Tx, studentId: string): ScreeningEntry[] {
  return t.orm
    .select({ result: screeningResults, roundName: screeningRounds.name, byName: users.displayName })
    .from(screeningResults)
    .leftJoin(screeningRounds, eq(screeningRounds.id, screeningResults.roundId))
    .leftJoin(users, eq(users.id, screeningResults.createdBy))
    .where(eq(screeningResults.studentId, studentId))
    .orderBy(asc(screeningResults.takenOn), asc(screeningResults.createdAt), asc(sql`${screeningResults}.rowid`))
    .all()
    .map(({ result, roundName, byName }) => ({
      result: toResultDto(result, roundName),
      answers: (JSON.parse(result.answers) as (number | null)[] | null) ?? [],
      extras: JSON.parse(result.extras) as Record<string, number>,
      levelValue: result.levelValue,
      definition: instrumentVersion(t, result.instrumentKey, result.instrumentVersion)?.definition ?? null,
      byName: result.source === 'app' ? byName : null
    }))
}

/** Every second-stage interview (二次访谈) from flag to outcome, with its round's name. */
export function interviewHistory(t: Tx, studentId: string): InterviewEntry[] {
  const flags = flagRows(t, eq(screeningFlags.studentId, studentId))
  const roundIds = [...new Set(flags.map((f) => f.roundId))]
  const rounds =
    roundIds.length === 0
      ? []
      : t.orm.select({ id: screeningRounds.id, name: screeningRounds.name, date: screeningRounds.date }).from(screeningRounds).where(inArray(screeningRounds.id, roundIds)).all()
  const round = new Map(rounds.map((r) => [r.id, r]))
  return flags
    .map((flag) => ({ flag, roundName: round.get(flag.roundId)?.name ?? '', date: round.get(flag.roundId)?.date ?? '' }))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ flag, roundName }) => ({ flag, roundName }))
}
