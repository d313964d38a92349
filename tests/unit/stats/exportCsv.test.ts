import { describe, expect, it } from 'vitest'
import { csvField, statsCsv } from '../../../src/main/core/stats/export/csv'
import { HIDDEN_TRUTH, REPORT_EN, REPORT_ZH } from './reportFixture'

/** RFC 4180, strictly: CRLF between records, fields quoted when they hold "," '"' or a line end. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '"' && field === '') {
      const quoted = /"((?:[^"]|"")*)"(?=,|\r\n|$)/y
      quoted.lastIndex = i
      const match = quoted.exec(text)
      if (!match) throw new Error(`bad quoted field at ${i}`)
      field = (match[1] ?? '').replaceAll('""', '"')
      i = quoted.lastIndex
      continue
    }
    if (c === ',') {
      record.push(field)
      field = ''
      i += 1
    } else if (text.startsWith('\r\n', i)) {
      records.push([...record, field])
      record = []
      field = ''
      i += 2
    } else {
      if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`)
      field += c
      i += 1
    }
  }
  if (field || record.length) records.push([...record, field])
  return records
}

/** Blocks are separated by one empty record (a blank line). */
function blocks(records: string[][]): string[][][] {
  const out: string[][][] = [[]]
  for (const record of records) {
    if (record.length === 1 && record[0] === '') out.push([])
    else out.at(-1)?.push(record)
  }
  return out
}

function read(buffer: Buffer): { text: string; blocks: string[][][] } {
  const text = buffer.toString('utf8')
  return { text, blocks: blocks(parseCsv(text.slice(1))) }
}

describe('statistics as CSV', () => {
  const zh = read(statsCsv(REPORT_ZH))

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = statsCsv(REPORT_ZH)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(zh.text.endsWith('\r\n')).toBe(true)
    expect(zh.text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('starts with the summary block: facts, figures by section, the marks and their footnotes', () => {
    const summary = zh.blocks[0] ?? []
    expect(summary.slice(0, 6)).toEqual([
      ['心理健康教育工作统计'],
      ['统计期间', '2026-09-01 至 2026-12-31'],
      ['公布阈值 k', '5'],
      ['生成时间', '2027-01-04 10:30'],
      ['筛查批次', '2026 级新生心理普查'],
      ['指标', '数值']
    ])
    for (const record of [
      ['个体咨询'],
      ['咨询人次', '93'],
      ['初次来访人数', '<5'],
      ['筛查覆盖率', '97.3%'],
      ['预警人数', '<5'],
      ['预警率', '—'],
      ['“<5”：少于 5，不公布。'],
      ['“—”：所依据的人数不公布，比率也不公布。']
    ]) {
      expect(summary).toContainEqual(record)
    }
  })

  it('writes each table as a block: title, header, rows with * where hidden, 合计, footnotes', () => {
    expect(zh.blocks.map((block) => block[0]?.[0])).toEqual([
      '心理健康教育工作统计',
      '咨询人次（按学院与咨询类型）',
      '咨询学生人数（按年级与性别）',
      '咨询学生人数（按性别与问题类别，可多选）',
      '关注学生人数（按学院与等级）',
      '中心工作（按类型）'
    ])
    expect(zh.blocks[1]).toEqual([
      ['咨询人次（按学院与咨询类型）'],
      ['学院', '个体咨询', '团体辅导', '危机干预', '合计'],
      ['计算机学院', '12', '*', '*', '22'],
      ['心理学院', '9', '*', '*', '23'],
      ['经济, 管理学院', '10', '5', '6', '21'],
      ['其他', '11', '9', '7', '27'],
      ['合计', '42', '27', '24', '93'],
      ['* 不公布：人数少于 5，或为防止由合计推算出其他隐藏单元格而一并隐藏。'],
      ['其他 含：外国语学院、艺术学院'],
      ['同一学生多次咨询，分别计入人次。']
    ])
    // The label with a comma is one quoted field.
    expect(zh.text).toContain('\r\n"经济, 管理学院",10,5,6,21\r\n')
    for (const h of HIDDEN_TRUTH) expect(zh.blocks[1]?.[2 + h.row]?.[1 + h.col]).toBe('*')
  })

  it('leaves out the margins a table does not publish, and withholds a whole table with one line', () => {
    const category = zh.blocks[3] ?? []
    expect(category[1]).toEqual(['性别', '学业压力', '人际关系', '情绪困扰'])
    expect(category[4]).toEqual(['合计', '21', '14', '17'])
    expect(category.flat().some((field) => field.startsWith('*'))).toBe(false)
    // The table's own note, with its quote-worthy characters, comes back whole.
    expect(category.at(-1)).toEqual(['一名学生可有多个问题类别，各行不设合计；比例 < 1% & 其他情况见说明。'])
    expect(zh.blocks[4]).toEqual([['关注学生人数（按学院与等级）'], ['整表人数少于 5，不公布。']])
  })

  it('writes English words for an English report, quoting what needs it', () => {
    const en = read(statsCsv(REPORT_EN))
    expect(en.blocks[0]?.[0]).toEqual(['Mental-health education statistics'])
    expect(en.blocks[0]).toContainEqual(['"<5": fewer than 5, not published.'])
    expect(en.text).toContain('"""<5"": fewer than 5, not published."')
    expect(en.blocks[1]?.[1]).toEqual(['College', 'Individual', 'Group', 'Crisis', 'Total'])
    expect(en.blocks[1]).toContainEqual(['Economics, Management', '10', '5', '6', '21'])
    expect(en.blocks[1]).toContainEqual(['Other includes: Foreign Languages; Arts'])
  })

  it('says which 其他 is which when rows and columns were both merged, and prints a total that has no corner', () => {
    const report = structuredClone(REPORT_ZH)
    const sessions = report.sections[0]?.tables[0]
    const category = report.sections[0]?.tables[2]
    if (!sessions || !category) throw new Error('fixture changed')
    sessions.merged.cols = ['电话咨询']
    category.total = 35
    const out = read(statsCsv(report))
    expect(out.blocks[1]).toContainEqual(['其他（行）含：外国语学院、艺术学院'])
    expect(out.blocks[1]).toContainEqual(['其他（列）含：电话咨询'])
    expect(out.blocks[3]?.[4]).toEqual(['合计', '21', '14', '17'])
    expect(out.blocks[3]).toContainEqual(['合计：35'])
  })

  it('adds no "withheld" footnote for a rate that is "—" only because there was nothing to divide by', () => {
    const report = structuredClone(REPORT_ZH)
    const screening = report.sections[2]?.figures ?? []
    for (const figure of screening) if (figure.unit === 'percent') Object.assign(figure, { value: null, hidden: null })
    const summary = read(statsCsv(report)).blocks[0] ?? []
    expect(summary).toContainEqual(['筛查覆盖率', '—'])
    expect(summary.flat().some((field) => field.startsWith('“—”'))).toBe(false)
  })

  it('quotes by RFC 4180 and never lets a label run as a formula', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(12)).toBe('12')
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-2+3,x')).toBe(`"'-2+3,x"`)
    expect(csvField('<5')).toBe('<5')
  })
})
