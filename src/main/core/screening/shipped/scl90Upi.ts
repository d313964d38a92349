import type { InstrumentDefinition } from '@shared/contract/instruments'

const L = (zh: string, en: string): { 'zh-CN': string; en: string } => ({ 'zh-CN': zh, en })

/**
 * SCL-90: scored from the platform's item answers (1–5); the app ships the scoring, not the item
 * text. The nine factors are item means (the seven "additional" items count in the total only).
 */
export const SCL90: InstrumentDefinition = {
  key: 'scl90',
  name: L('症状自评量表（SCL-90）', 'Symptom Checklist 90 (SCL-90)'),
  short: 'SCL-90',
  kind: 'items',
  administrable: false,
  itemCount: 90,
  answers: { min: 1, max: 5, labels: [L('没有', 'Not at all'), L('很轻', 'A little'), L('中等', 'Moderately'), L('偏重', 'Quite a bit'), L('严重', 'Extremely')] },
  unscoredItems: [],
  positiveAt: 2,
  factors: [
    { key: 'somatization', label: L('躯体化', 'Somatization'), items: [1, 4, 12, 27, 40, 42, 48, 49, 52, 53, 56, 58] },
    { key: 'obsessive_compulsive', label: L('强迫症状', 'Obsessive-compulsive'), items: [3, 9, 10, 28, 38, 45, 46, 51, 55, 65] },
    { key: 'interpersonal_sensitivity', label: L('人际关系敏感', 'Interpersonal sensitivity'), items: [6, 21, 34, 36, 37, 41, 61, 69, 73] },
    { key: 'depression', label: L('抑郁', 'Depression'), items: [5, 14, 15, 20, 22, 26, 29, 30, 31, 32, 54, 71, 79] },
    { key: 'anxiety', label: L('焦虑', 'Anxiety'), items: [2, 17, 23, 33, 39, 57, 72, 78, 80, 86] },
    { key: 'hostility', label: L('敌对', 'Hostility'), items: [11, 24, 63, 67, 74, 81] },
    { key: 'phobic_anxiety', label: L('恐怖', 'Phobic anxiety'), items: [13, 25, 47, 50, 70, 75, 82] },
    { key: 'paranoid_ideation', label: L('偏执', 'Paranoid ideation'), items: [8, 18, 43, 68, 76, 83] },
    { key: 'psychoticism', label: L('精神病性', 'Psychoticism'), items: [7, 16, 35, 62, 77, 84, 85, 87, 88, 90] }
  ],
  extras: [],
  bands: [],
  flags: [
    {
      key: 'positive',
      label: L('筛查阳性', 'Screen positive'),
      severity: 2,
      all: [],
      any: [
        { score: 'total', op: 'gt', value: 160 },
        { score: 'positive', op: 'gt', value: 43 },
        { score: 'maxFactor', op: 'gte', value: 2 }
      ]
    }
  ],
  keyItems: [],
  levels: [],
  columnPrefixes: ['scl90', 'scl']
}

/**
 * UPI (University Personality Inventory): 60 yes/no items; 5, 20, 35 and 50 are validity items,
 * not scored. Class 1 and class 2 as most Chinese colleges use them; both rules are data.
 */
export const UPI: InstrumentDefinition = {
  key: 'upi',
  name: L('大学生人格问卷（UPI）', 'University Personality Inventory (UPI)'),
  short: 'UPI',
  kind: 'items',
  administrable: false,
  itemCount: 60,
  answers: { min: 0, max: 1, labels: [L('否', 'No'), L('是', 'Yes')] },
  unscoredItems: [5, 20, 35, 50],
  factors: [],
  extras: [{ key: 'asks_help', label: L('主动求助', 'Asks for help'), min: 0, max: 1 }],
  bands: [],
  flags: [
    {
      key: 'class1',
      label: L('第一类', 'Class 1'),
      severity: 3,
      all: [],
      any: [
        { score: 'total', op: 'gte', value: 25 },
        { items: [25], op: 'eq', value: 1 },
        { extra: 'asks_help', op: 'eq', value: 1 }
      ]
    },
    {
      key: 'class2',
      label: L('第二类', 'Class 2'),
      severity: 2,
      all: [
        { score: 'total', op: 'gte', value: 20 },
        { score: 'total', op: 'lte', value: 24 }
      ],
      any: [{ items: [8, 16, 26], op: 'eq', value: 1 }]
    }
  ],
  keyItems: [{ item: 25, op: 'eq', value: 1, severity: 4, flags: true, alert: true }],
  levels: [],
  columnPrefixes: ['upi']
}

/** Results that arrive already classified (e.g. the national screening's levels). */
export const LEVELS: InstrumentDefinition = {
  key: 'levels',
  name: L('分级结果（已分类）', 'Classified levels'),
  short: '分级',
  kind: 'levels',
  administrable: false,
  itemCount: 0,
  unscoredItems: [],
  factors: [],
  extras: [],
  bands: [],
  flags: [],
  keyItems: [],
  levels: [
    { key: 'level1', label: L('一级（重点关注）', 'Level 1 (close attention)'), values: ['一级', '1', 'I', 'A', '高', '高风险', '一类'], severity: 3, alert: false },
    { key: 'level2', label: L('二级（关注）', 'Level 2 (attention)'), values: ['二级', '2', 'II', 'B', '中', '中风险', '二类'], severity: 2, alert: false },
    { key: 'level3', label: L('三级（一般关注）', 'Level 3 (general attention)'), values: ['三级', '3', 'III', 'C', '低', '低风险', '三类'], severity: 1, alert: false },
    { key: 'none', label: L('未见异常', 'No concern'), values: ['正常', '无', '0', '未见异常', 'normal', 'none'], severity: 0, alert: false }
  ],
  columnPrefixes: ['level', '等级', '分级']
}
