import { randomUUID } from 'node:crypto'
import { centreDate } from '@shared/centreTime'
import type { Core } from '../src/main/core/core'
import { callOrThrow } from '../src/main/tools/coreCall'
import { SCREENING_MAPPING, screeningExportCsv } from '../src/main/tools/synthetic/screeningExport'
import { distribution, type Distribution } from './stats'

/** Issue 7: import and score the yearly screening, then work its lists. */
export const SCREENING_TARGETS = { importMs: 10_000, flagListP95Ms: 50, heatMapMs: 200 } as const
const LIST_CALLS = 30

export interface ScreeningTimes {
  rows: number
  /** students with a flag, and crisis alerts the import raised */
  flagged: number
  alerts: number
  /** screening.import.check: read, match and score without writing (what the user waits for before committing). */
  checkMs: number
  /** screening.import.commit: read, score and write in one transaction. */
  commitMs: number
  /** Progress answers received while the commit ran (the progress bar's updates). */
  progressUpdates: number
  flagList: Distribution
  heatMap: Distribution
  targets: typeof SCREENING_TARGETS
  verdict: { import: 'PASS' | 'OVER'; flagList: 'PASS' | 'OVER'; heatMap: 'PASS' | 'OVER' }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await work()
  return [value, performance.now() - start]
}

/**
 * A round of PHQ-9 + GAD-7 for every student number given, through the core as the logged-in
 * admin: check, then commit while polling progress as the screen does; then the flagged list
 * and the heat map, LIST_CALLS times each.
 */
export async function measureScreening(core: Core, studentNos: readonly string[], log: (line: string) => void): Promise<ScreeningTimes> {
  const date = centreDate()
  const round = await callOrThrow(core, 'screening.rounds.create', { name: `基准测试筛查 ${randomUUID().slice(0, 8)}`, date })
  const file = screeningExportCsv(studentNos, date, 7)
  const input = {
    roundId: round.id,
    fileName: '心理普查导出（基准测试）.csv',
    contentBase64: file.csv.toString('base64'),
    instrumentKeys: ['phq9', 'gad7'],
    mapping: SCREENING_MAPPING
  }
  const [checked, checkMs] = await timed(() => callOrThrow(core, 'screening.import.check', input))
  if (checked.issues.length > 0) throw new Error(`the synthetic export has ${checked.issues.length} row issues: ${checked.issues[0]?.messageKey}`)
  log(`  check of ${file.rows} rows: ${checkMs.toFixed(0)} ms (${checked.flagged} flagged, ${checked.alerts} alerts)`)

  const jobId = randomUUID()
  let progressUpdates = 0
  let running = true
  const poll = (async () => {
    while (running) {
      const p = await core.call('screening.import.progress', { jobId })
      if (p.ok && p.value.phase !== 'unknown') progressUpdates++
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  const [committed, commitMs] = await timed(() => callOrThrow(core, 'screening.import.commit', { ...input, jobId, platformName: '' }))
  running = false
  await poll
  log(`  commit: ${commitMs.toFixed(0)} ms (${committed.imported} rows, ${committed.flagged} flagged, ${committed.alerts} alerts; ${progressUpdates} progress answers)`)

  const flagTimes: number[] = []
  const heatTimes: number[] = []
  for (let i = 0; i < LIST_CALLS; i++) {
    flagTimes.push((await timed(() => callOrThrow(core, 'screening.flags.list', { roundId: round.id })))[1])
    heatTimes.push((await timed(() => callOrThrow(core, 'screening.overview', { roundId: round.id })))[1])
  }
  const flagList = distribution(flagTimes)
  const heatMap = distribution(heatTimes)
  const verdict = (ok: boolean): 'PASS' | 'OVER' => (ok ? 'PASS' : 'OVER')
  return {
    rows: file.rows,
    flagged: committed.flagged,
    alerts: committed.alerts,
    checkMs,
    commitMs,
    progressUpdates,
    flagList,
    heatMap,
    targets: SCREENING_TARGETS,
    verdict: {
      import: verdict(commitMs <= SCREENING_TARGETS.importMs),
      flagList: verdict(flagList.p95 <= SCREENING_TARGETS.flagListP95Ms),
      heatMap: verdict(heatMap.p95 <= SCREENING_TARGETS.heatMapMs)
    }
  }
}

export function formatScreening(s: ScreeningTimes): string {
  const ms = (n: number): string => `${n.toFixed(1)} ms`
  return [
    `Screening round of ${s.rows} students (PHQ-9 + GAD-7, UTF-8 CSV): ${s.flagged} flagged for interviews, ${s.alerts} crisis alerts`,
    `  screening.import.check                 ${ms(s.checkMs)}`,
    `  screening.import.commit                ${ms(s.commitMs)}   target ≤ ${s.targets.importMs} ms  ${s.verdict.import}  (${s.progressUpdates} progress answers meanwhile)`,
    `  screening.flags.list (first page of 50) p50 ${ms(s.flagList.p50)}  p95 ${ms(s.flagList.p95)}   p95 target ≤ ${s.targets.flagListP95Ms} ms  ${s.verdict.flagList}`,
    `  screening.overview (heat map)          p50 ${ms(s.heatMap.p50)}  p95 ${ms(s.heatMap.p95)}   target ≤ ${s.targets.heatMapMs} ms  ${s.verdict.heatMap}`
  ].join('\n')
}
