import { randomUUID } from 'node:crypto'
import { centreDate } from '@shared/centreTime'
import type { MeteredCaller } from './meter'
import { SCREENING_MAPPING, screeningExportCsv } from './synthetic/screeningExport'

export interface ScreeningSeedCounts {
  round: string
  date: string
  /** Students whose answers were imported (each with a PHQ-9 and a GAD-7 result). */
  students: number
  flagged: number
  alerts: number
}

/** The autumn screening of the academic year in progress: 20 September, this year's if it has come. */
export function autumnScreeningDate(now: Date): string {
  const today = centreDate(now)
  const year = Number(today.slice(0, 4))
  const thisYear = `${year}-09-20`
  return thisYear <= today ? thisYear : `${year - 1}-09-20`
}

/**
 * The yearly screening (PHQ-9 + GAD-7 of every student) imported through the core as the
 * platform's export, the way a centre does it: one file, one round. Its flags wait for
 * second-stage interviews; item 9 hits raise crisis alerts.
 */
export async function seedScreening(caller: MeteredCaller, studentNos: readonly string[], now: Date, seed: number): Promise<ScreeningSeedCounts> {
  const date = autumnScreeningDate(now)
  const name = `${date.slice(0, 4)} 年秋季心理普查`
  const round = await caller.call('screening.rounds.create', { name, date })
  const file = screeningExportCsv(studentNos, date, seed)
  const result = await caller.call('screening.import.commit', {
    roundId: round.id,
    fileName: `${name}.csv`,
    contentBase64: file.csv.toString('base64'),
    instrumentKeys: ['phq9', 'gad7'],
    mapping: SCREENING_MAPPING,
    jobId: randomUUID(),
    platformName: '示范心理测评平台'
  })
  return { round: name, date, students: result.imported, flagged: result.flagged, alerts: result.alerts }
}
