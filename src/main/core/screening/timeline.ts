import type { TimelineEntryDto } from '@shared/contract'
import { centreDate } from '@shared/centreTime'
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { Tx } from '../context'
import type { StudentAccess } from '../students/access'
import type { TimelineSources } from '../students/timeline'
import { users } from '../users/schema'
import { localDayStartUtc } from '../util/localTime'
import { instrumentVersion } from './instruments'
import { screeningFlags, screeningResults, screeningRounds } from './schema'

/*
 * Screening's part of the student timeline. A result shows its instrument's short name, the day
 * it was taken and whether it flagged (`timeline.screening.result` / `resultFlagged`); params
 * also carry the instrument key and version with the band and level keys, so the renderer can
 * name them from the instrument's own labels. Answers and scores are never copied here. An
 * interview outcome shows at the moment it was recorded (`timeline.screening.interview.<outcome>`)
 * with its note as detail. The front desk sees nothing of screening.
 */

const OUTCOMES = ['confirmed', 'false_alarm', 'refused'] as const

function resultEntries(t: Tx, studentId: string): TimelineEntryDto[] {
  const shortNames = new Map<string, string>()
  const shortName = (key: string, version: number): string => {
    const id = `${key}@${version}`
    let name = shortNames.get(id)
    if (name === undefined) {
      name = instrumentVersion(t, key, version)?.definition.short ?? key
      shortNames.set(id, name)
    }
    return name
  }
  return t.orm
    .select({ result: screeningResults, roundName: screeningRounds.name, byName: users.displayName })
    .from(screeningResults)
    .leftJoin(screeningRounds, eq(screeningRounds.id, screeningResults.roundId))
    .leftJoin(users, eq(users.id, screeningResults.createdBy))
    .where(eq(screeningResults.studentId, studentId))
    .orderBy(asc(screeningResults.takenOn), asc(screeningResults.createdAt), asc(sql`${screeningResults}.rowid`))
    .all()
    .map(({ result, roundName, byName }): TimelineEntryDto => {
      const params: Record<string, string | number> = {
        instrument: shortName(result.instrumentKey, result.instrumentVersion),
        instrumentKey: result.instrumentKey,
        version: result.instrumentVersion,
        date: result.takenOn
      }
      if (result.band !== null) params.band = result.band
      if (result.level !== null) params.level = result.level
      if (roundName !== null) params.round = roundName
      return {
        // Taken on its date; recorded the same day (given in the app), the recording time orders it within the day.
        at: centreDate(result.createdAt) === result.takenOn ? result.createdAt : localDayStartUtc(result.takenOn),
        kind: 'screening.result',
        titleKey: result.flagged ? 'timeline.screening.resultFlagged' : 'timeline.screening.result',
        params,
        detail: null,
        byName: result.source === 'app' ? byName : null
      }
    })
}

function outcomeEntries(t: Tx, studentId: string): TimelineEntryDto[] {
  return t.orm
    .select({ status: screeningFlags.status, at: screeningFlags.outcomeAt, note: screeningFlags.outcomeNote, roundName: screeningRounds.name, byName: users.displayName })
    .from(screeningFlags)
    .innerJoin(screeningRounds, eq(screeningRounds.id, screeningFlags.roundId))
    .leftJoin(users, eq(users.id, screeningFlags.outcomeBy))
    .where(and(eq(screeningFlags.studentId, studentId), isNotNull(screeningFlags.outcomeAt), inArray(screeningFlags.status, OUTCOMES)))
    .orderBy(asc(screeningFlags.outcomeAt))
    .all()
    .map((flag) => ({
      at: flag.at!,
      kind: 'screening.interview',
      titleKey: `timeline.screening.interview.${flag.status}`,
      params: { round: flag.roundName },
      detail: flag.note || null,
      byName: flag.byName
    }))
}

/** Screening is clinical: the front desk (contact access) sees none of it. */
export function screeningTimeline(t: Tx, studentId: string, access: StudentAccess): TimelineEntryDto[] {
  if (access !== 'clinical') return []
  return [...resultEntries(t, studentId), ...outcomeEntries(t, studentId)]
}

export function registerScreeningTimeline(timeline: TimelineSources): void {
  timeline.register('screening', screeningTimeline)
}
