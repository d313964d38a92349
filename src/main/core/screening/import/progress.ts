import type { ChannelOutput } from '@shared/contract'

export type ImportProgress = ChannelOutput<'screening.import.progress'>

/** A finished or abandoned job is forgotten after this long: the screen stops asking well before. */
const KEEP_MS = 10 * 60_000

/**
 * Jobs in memory only: the progress channel is answered while the import itself is running
 * (core.ts CONCURRENT), so it must never touch the database.
 */
const jobs = new Map<string, ImportProgress & { at: number }>()

function prune(now: number): void {
  for (const [id, job] of jobs) if (now - job.at > KEEP_MS) jobs.delete(id)
}

export function setProgress(jobId: string, progress: ImportProgress): void {
  const now = Date.now()
  prune(now)
  jobs.set(jobId, { ...progress, at: now })
}

export function importProgress(jobId: string): ImportProgress {
  prune(Date.now())
  const job = jobs.get(jobId)
  return job ? { phase: job.phase, done: job.done, total: job.total } : { phase: 'unknown', done: 0, total: 0 }
}
