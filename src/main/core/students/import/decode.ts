import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { FieldError } from '../../errors'

/** One row of the sheet, numbered as the spreadsheet shows it (the first row is 1). */
export interface SheetRow {
  row: number
  cells: string[]
}

export interface RosterTable {
  format: 'csv' | 'xlsx'
  encoding: 'utf-8' | 'gb18030' | 'xlsx'
  headers: string[]
  headerRow: number
  /** The rows after the header that hold anything. */
  rows: SheetRow[]
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const UTF8_BOM = [0xef, 0xbb, 0xbf]
const startsWith = (buf: Buffer, sig: number[]): boolean => sig.every((b, i) => buf[i] === b)

const unreadable = (): FieldError => new FieldError('contentBase64', 'errors.import.unreadable')

/** A roster as rows of text: XLSX by its ZIP signature, else CSV in UTF-8 or (Excel in China) GBK. */
export async function decodeRoster(contentBase64: string): Promise<RosterTable> {
  const buf = Buffer.from(contentBase64, 'base64')
  if (buf.length === 0) throw new FieldError('contentBase64', 'errors.import.empty')
  const { format, encoding, rows } = startsWith(buf, ZIP) ? { format: 'xlsx' as const, encoding: 'xlsx' as const, rows: await readXlsx(buf) } : readCsv(buf)
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const header = nonEmpty[0]
  if (!header) throw new FieldError('contentBase64', 'errors.import.empty')
  const headers = header.cells.map((c) => c.trim())
  while (headers.length > 0 && headers.at(-1) === '') headers.pop()
  return { format, encoding, headers, headerRow: header.row, rows: nonEmpty.slice(1) }
}

function decodeText(buf: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (startsWith(buf, UTF8_BOM)) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' }
  // UTF-16 ("Unicode text" in Excel) would decode as noise: say so instead of importing noise.
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) throw unreadable()
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' }
  } catch {
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' }
  }
}

function readCsv(buf: Buffer): { format: 'csv'; encoding: 'utf-8' | 'gb18030'; rows: SheetRow[] } {
  const { text, encoding } = decodeText(buf)
  if (text.includes('\u0000')) throw unreadable()
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  // A sheet saved as tab-separated text has tabs and no commas in its header.
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','
  let records: string[][]
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][]
  } catch (error) {
    const e = error as { code?: string; lines?: number }
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') throw new FieldError('contentBase64', 'errors.import.quoteNotClosed')
    throw unreadable()
  }
  // Each record is a spreadsheet row, even one whose quoted cell spans several lines.
  return { format: 'csv', encoding, rows: records.map((cells, i) => ({ row: i + 1, cells })) }
}

async function readXlsx(buf: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer)
  } catch {
    throw unreadable()
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new FieldError('contentBase64', 'errors.import.empty')
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]
    const cells: string[] = []
    for (let col = 1; col < values.length; col++) cells.push(cellText(values[col]))
    rows.push({ row: rowNumber, cells })
  })
  return rows
}

/** Digits as digits: a student number stored as a number must not come out as 2.0250101e+9. */
function numberText(n: number): string {
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString()
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 15 })
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** Excel stores dates as days; exceljs hands them over as UTC midnights. */
const dateText = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue)
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null)
  return ''
}
