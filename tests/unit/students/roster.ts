import type Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'

export const HEADERS = ['学号', '姓名', '性别', '出生日期', '学院', '班级', '宿舍', '联系电话', '监护人', '关系', '监护人电话', '状态', '备注']

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** A CSV as Excel writes it: CRLF line ends, quotes where needed. */
export function csvText(rows: string[][]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n'
}

export function csvBase64(rows: string[][], opts: { encoding?: 'utf-8' | 'gbk'; bom?: boolean } = {}): string {
  const text = csvText(rows)
  const body = opts.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8')
  return Buffer.concat([opts.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), body]).toString('base64')
}

export async function xlsxBase64(rows: ExcelJS.CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('名单')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

export const counts = (raw: Database.Database): { students: number; audit: number; colleges: number; classes: number } =>
  raw
    .prepare(
      `SELECT (SELECT count(*) FROM students) AS students, (SELECT count(*) FROM audit_log) AS audit,
              (SELECT count(*) FROM colleges) AS colleges, (SELECT count(*) FROM classes) AS classes`
    )
    .get() as { students: number; audit: number; colleges: number; classes: number }

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩然子涵梓萱一诺欣怡思远晨曦堃喆'

/** A synthetic roster of `n` students in 20 colleges × 20 classes. */
export function bigRoster(n: number): string[][] {
  const rows = [HEADERS]
  for (let i = 0; i < n; i++) {
    const name = SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length]! : '')
    const college = `学院${String(i % 20).padStart(2, '0')}`
    const klass = `${2022 + (i % 4)}级${(Math.floor(i / 20) % 20) + 1}班`
    rows.push([
      String(2022000000 + i),
      name,
      i % 2 ? '男' : '女',
      `200${4 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`,
      college,
      klass,
      `${1 + (i % 30)}号楼-${100 + (i % 400)}`,
      `138${String(i).padStart(8, '0')}`,
      `${SURNAMES[(i + 3) % SURNAMES.length]}家长`,
      '父亲',
      `139${String(i).padStart(8, '0')}`,
      '在读',
      ''
    ])
  }
  return rows
}
