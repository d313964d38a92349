import type { SHIPPED_CATEGORY_KEYS } from '@shared/contract/noteEnums'

export interface ProblemCategory {
  key: string
  'zh-CN': string
  en: string
  active: boolean
}

/**
 * The problem categories a centre starts with (the headings of the Ministry's annual counselling
 * statistics). Admin may rename them, add more or retire one; keys stay, because notes and the
 * statistics refer to them.
 */
export const SHIPPED_CATEGORIES: readonly (ProblemCategory & { key: (typeof SHIPPED_CATEGORY_KEYS)[number] })[] = [
  { key: 'academic', 'zh-CN': '学业', en: 'Academic', active: true },
  { key: 'career', 'zh-CN': '就业', en: 'Career and employment', active: true },
  { key: 'relationships', 'zh-CN': '人际关系', en: 'Interpersonal relationships', active: true },
  { key: 'romance', 'zh-CN': '恋爱情感', en: 'Romantic relationships', active: true },
  { key: 'family', 'zh-CN': '家庭', en: 'Family', active: true },
  { key: 'adaptation', 'zh-CN': '环境适应', en: 'Adjustment to a new environment', active: true },
  { key: 'mood', 'zh-CN': '情绪困扰（抑郁/焦虑）', en: 'Emotional distress (depression/anxiety)', active: true },
  { key: 'growth', 'zh-CN': '自我成长', en: 'Personal growth', active: true },
  { key: 'internet', 'zh-CN': '网络成瘾', en: 'Internet addiction', active: true },
  { key: 'sleep', 'zh-CN': '睡眠', en: 'Sleep', active: true },
  { key: 'crisis', 'zh-CN': '危机（自伤/自杀/伤人）', en: 'Crisis (self-harm/suicide/harm to others)', active: true },
  { key: 'other', 'zh-CN': '其他', en: 'Other', active: true }
]
