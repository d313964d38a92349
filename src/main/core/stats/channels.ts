import type { ChannelOutput } from '@shared/contract'
import type { CallContext } from '../context'
import type { ParsedInput, Registry } from '../registry'
import { printMeta, readLetterhead } from '../reports/letterhead'
import { readSetting, writeSetting } from '../settings/store'
import { createActivity, listActivities, removeActivity, updateActivity } from './activities'
import { statsCsv } from './export/csv'
import { statsReportHtml } from './export/pdf'
import { statsXlsx } from './export/xlsx'
import { buildReport } from './report'

/** Statistics: the anonymised report and its files, the threshold k, and the centre's activity log. */
export function registerStats(registry: Registry): void {
  registry.handleTx('stats.settings.get', (t) => readSetting(t.orm, 'statistics'))
  registry.handleTx('stats.settings.update', (t, input) => {
    const before = readSetting(t.orm, 'statistics')
    writeSetting(t.orm, 'statistics', { threshold: input.threshold }, t.at)
    t.audit({ action: 'stats.settings.update', summary: { from: before.threshold, to: input.threshold } })
    return { threshold: input.threshold }
  })
  registry.handleTx('stats.report', (t, input) => {
    const report = buildReport(t, input.range, input.locale)
    t.audit({ action: 'stats.report', summary: { ...input.range, threshold: report.threshold, hidden: hiddenCount(report) } })
    return report
  })
  registry.handle('stats.export', exportReport)
  registry.handleTx('activities.list', (t, input) => listActivities(t, input))
  registry.handleTx('activities.create', (t, input, ctx) => createActivity(t, ctx.session(), input))
  registry.handleTx('activities.update', (t, input, ctx) => updateActivity(t, ctx.session(), input.id, input.form))
  registry.handleTx('activities.remove', (t, input, ctx) => removeActivity(t, ctx.session(), input.id, input.reason))
}

const EXTENSIONS = { xlsx: 'xlsx', csv: 'csv', pdf: 'pdf' } as const

/**
 * The report as a file. Every export is audited (range, format, threshold, hidden cells); a PDF
 * only once it exists, so a render that fails has let nothing out.
 */
async function exportReport(ctx: CallContext, input: ParsedInput<'stats.export'>): Promise<ChannelOutput<'stats.export'>> {
  const session = ctx.session()
  const { report, letterhead, meta } = ctx.tx((t) => ({ report: buildReport(t, input.range, input.locale), letterhead: readLetterhead(t), meta: printMeta(t, session) }))
  const content =
    input.format === 'xlsx' ? await statsXlsx(report) : input.format === 'csv' ? statsCsv(report) : await ctx.pdf.render(statsReportHtml(report, letterhead, meta))
  ctx.tx((t) =>
    t.audit({ action: 'stats.export', summary: { from: report.from, to: report.to, format: input.format, threshold: report.threshold, hidden: hiddenCount(report) } })
  )
  // The file name says only what the file is and the period: no one is named in a downloads folder.
  const fileName = `statistics-${report.from}-${report.to}.${EXTENSIONS[input.format]}`
  return { fileName, contentBase64: content.toString('base64') }
}

const hiddenCount = (report: ChannelOutput<'stats.report'>): number =>
  report.sections.reduce((sum, s) => sum + s.tables.reduce((n, table) => n + table.hidden.length, 0) + s.figures.filter((f) => f.hidden).length, 0)
