import type { ChannelOutput } from '@shared/contract'
import ExcelJS from 'exceljs'

type Overview = ChannelOutput<'screening.overview'>

/** A cell as written: a count, a fraction (shown as a percentage), or text ("<5", "—", names). */
type Value = string | number

const HEADERS = ['学院', '班级', '在读人数', '已筛查人数', '筛查覆盖率', '预警人数', '预警率']
const NO_COLLEGE = '（未分学院）'
const NO_CLASS = '（未分班）'
const WITHHELD = '—'

const note = (k: number): string => `“<${k}”：预警人数少于 ${k}，按中心统计规则不公开，相应的预警率也不公开。覆盖率 = 已筛查 / 在读；预警率 = 预警 / 已筛查。`

/**
 * One row per class. A flagged count 0 < n < k is written "<k", and its rate is withheld too
 * (with the screened count beside it, the rate would give n back). The sheet has no totals, so
 * no suppressed count can be worked out by subtraction.
 */
function rows(data: Overview): Value[][] {
  const k = data.threshold
  return data.cells.map((c) => {
    const hidden = c.flagged > 0 && c.flagged < k
    return [
      c.collegeName ?? NO_COLLEGE,
      c.className ?? NO_CLASS,
      c.enrolled,
      c.screened,
      c.enrolled > 0 ? c.screened / c.enrolled : WITHHELD,
      hidden ? `<${k}` : c.flagged,
      hidden || c.screened === 0 ? WITHHELD : c.flagged / c.screened
    ]
  })
}

const PERCENT_COLUMNS = new Set([4, 6])

export async function overviewXlsx(data: Overview): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('班级心理状况云图')
  sheet.addRow([`${data.round.name}（${data.round.date}）`]).font = { bold: true }
  const header = sheet.addRow(HEADERS)
  header.font = { bold: true }
  for (const values of rows(data)) {
    const row = sheet.addRow(values)
    PERCENT_COLUMNS.forEach((i) => {
      if (typeof values[i] === 'number') row.getCell(i + 1).numFmt = '0.0%'
    })
  }
  sheet.addRow([])
  sheet.addRow([note(data.threshold)])
  sheet.views = [{ state: 'frozen', ySplit: 2 }]
  sheet.columns.forEach((column, i) => {
    column.width = i < 2 ? 24 : 12
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** Quoted where needed; a leading = + - @ is defused so a spreadsheet never runs a name as a formula. */
function csvField(value: Value): string {
  let text = typeof value === 'number' ? String(value) : value
  if (/^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const percent = (value: Value, i: number): Value => (PERCENT_COLUMNS.has(i) && typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : value)

/** UTF-8 with a byte-order mark: Excel in China opens it as UTF-8 only with one. */
export function overviewCsv(data: Overview): Buffer {
  const lines = [[`${data.round.name}（${data.round.date}）`], HEADERS, ...rows(data).map((r) => r.map(percent)), [], [note(data.threshold)]]
  return Buffer.from(`\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8')
}
