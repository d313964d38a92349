import type { Registry } from '../registry'
import type { TimelineSources } from '../students/timeline'
import { checkImport } from './import/check'
import { commitImport } from './import/commit'
import { importProgress } from './import/progress'
import { bookInterview, listFlags, recordInterview } from './flags'
import { listInstruments, saveInstrument } from './instruments'
import { exportOverview, overview } from './overview'
import { administer, getResult, studentResults } from './results'
import { createRound, listImports, listPlatforms, listRounds } from './rounds'
import { registerScreeningTimeline } from './timeline'

/**
 * Screening: instruments as data, rounds imported from the screening platform, the flagged
 * students' second-stage interviews, the class heat map and coverage, and per-student trends.
 */
export function registerScreening(registry: Registry, timeline: TimelineSources): void {
  registry.handleTx('screening.instruments.list', (t) => listInstruments(t))
  registry.handleTx('screening.instruments.save', (t, input, ctx) => saveInstrument(t, input.definition, ctx.session()))
  registry.handleTx('screening.rounds.list', (t, _input, ctx) => listRounds(t, ctx.session()))
  registry.handleTx('screening.rounds.create', (t, input, ctx) => createRound(t, ctx.session(), input))
  registry.handleTx('screening.platforms.list', (t) => listPlatforms(t))
  registry.handle('screening.import.check', checkImport)
  registry.handle('screening.import.commit', commitImport)
  registry.handle('screening.import.progress', (_ctx, input) => importProgress(input.jobId))
  registry.handleTx('screening.imports.list', (t, input) => listImports(t, input.roundId))
  registry.handleTx('screening.flags.list', (t, input, ctx) => listFlags(t, ctx.session(), input))
  registry.handleTx('screening.interview.book', (t, input, ctx) => bookInterview(t, ctx.session(), input))
  registry.handleTx('screening.interview.record', (t, input, ctx) => recordInterview(t, ctx.session(), input))
  registry.handleTx('screening.overview', (t, input) => overview(t, input.roundId))
  registry.handle('screening.overview.export', (ctx, input) => exportOverview(ctx, input))
  registry.handleTx('screening.student.results', (t, input, ctx) => studentResults(t, ctx.session(), input.studentId))
  registry.handleTx('screening.result.get', (t, input, ctx) => getResult(t, ctx.session(), input.id))
  registry.handleTx('screening.administer', (t, input, ctx) => administer(t, ctx.session(), input))
  registerScreeningTimeline(timeline)
}
