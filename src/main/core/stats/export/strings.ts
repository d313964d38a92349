import type { Locale } from '@shared/i18n'

/*
 * The words the exports add around the report's own labels (which arrive already in the
 * report's language). The footnotes are the rules of publication, so every file says the same.
 */

const zh = {
  title: '心理健康教育工作统计',
  summary: '概要',
  total: '合计',
  figure: '指标',
  value: '数值',
  range: '统计期间',
  rangeValue: '{from} 至 {to}',
  threshold: '公布阈值 k',
  generatedAt: '生成时间',
  rounds: '筛查批次',
  noRounds: '无',
  /** Joins lists inside one line (rounds, merged labels). */
  listSeparator: '、',
  /** One mark for every hidden cell, whatever hid it: the files never tell primary from secondary. */
  hiddenNote: '* 不公布：人数少于 {k}，或为防止由合计推算出其他隐藏单元格而一并隐藏。',
  lessThanNote: '“<{k}”：少于 {k}，不公布。',
  withheldRateNote: '“—”：所依据的人数不公布，比率也不公布。',
  withheldTable: '整表人数少于 {k}，不公布。',
  merged: '其他 含：{labels}',
  mergedRows: '其他（行）含：{labels}',
  mergedCols: '其他（列）含：{labels}',
  /** A grand total the table publishes without both margins to put it between. */
  totalLine: '合计：{total}',
  chartLabel: '{title}：各{rowHeader}合计',
  notice: '本报表只含汇总数字，不含任何学生的姓名、学号或其他个人信息。人数少于 {k} 的单元格不公布；人数过少的学院或类别并入“其他”。'
}

const en: typeof zh = {
  title: 'Mental-health education statistics',
  summary: 'Summary',
  total: 'Total',
  figure: 'Figure',
  value: 'Value',
  range: 'Period',
  rangeValue: '{from} to {to}',
  threshold: 'Threshold k',
  generatedAt: 'Generated',
  rounds: 'Screening rounds',
  noRounds: 'None',
  listSeparator: '; ',
  hiddenNote: '* Not published: fewer than {k}, or hidden as well so that no other hidden cell can be worked out from the totals.',
  lessThanNote: '"<{k}": fewer than {k}, not published.',
  withheldRateNote: '"—": the count it rests on is not published, so neither is the rate.',
  withheldTable: 'Fewer than {k} in the whole table: not published.',
  merged: 'Other includes: {labels}',
  mergedRows: 'Other (rows) includes: {labels}',
  mergedCols: 'Other (columns) includes: {labels}',
  totalLine: 'Total: {total}',
  chartLabel: '{title}: totals by {rowHeader}',
  notice:
    'Aggregate figures only: no name, student number or other personal detail of any student. Cells with fewer than {k} are not published; colleges or categories too small to show are counted under "Other".'
}

export type StatsExportStrings = typeof zh
export const STATS_EXPORT_STRINGS: Record<Locale, StatsExportStrings> = { 'zh-CN': zh, en }
