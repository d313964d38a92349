import type { Locale } from '@shared/i18n'

/** The case summary's words (the frame's own are in strings.ts). */
const zh = {
  title: '个案记录摘要',
  student: '学生',
  studentNo: '学号',
  place: '学院/班级',
  noteCount: '已签署记录',
  notice: '本摘要含学生的心理咨询记录，仅供接手该个案的咨询师阅读。请勿复印、拍照或转交他人；用毕交回中心销毁。',
  empty: '该学生没有您可阅读的已签署记录。',
  heading: '{index}. {template}（{date}）',
  author: '记录人',
  signedAt: '签署时间',
  level: '风险等级',
  categories: '问题类别',
  sensitive: '敏感记录',
  restricted: '受限：这是他人的敏感记录，仅作者和管理员可阅读，内容不予打印。',
  risk: '风险评估',
  computedLevel: '规则计算等级',
  lowerReason: '调低等级的理由',
  addenda: '补充记录',
  addendumBy: '{date}　{author}',
  yes: '是',
  no: '否',
  none: '—',
  listSeparator: '、',
  unknownTemplate: '模板 {key}（第 {version} 版）',
  levels: { low: '低', moderate: '中', high: '高', imminent: '紧急' },
  questions: {
    suicidalIdeation: '自杀意念',
    plan: '自杀计划',
    intent: '实施意图',
    means: '可获得的手段',
    pastAttempts: '既往自杀尝试',
    selfHarm: '自伤行为',
    harmToOthers: '伤害他人的风险',
    protectiveFactors: '保护性因素'
  },
  answers: {
    suicidalIdeation: { none: '无', passive: '被动', active: '主动' },
    pastAttempts: { none: '无', one: '1 次', multiple: '多次' },
    selfHarm: { none: '无', past: '过去有', recent: '近期有' },
    harmToOthers: { none: '无', thoughts: '有伤害他人的想法', plan: '有伤害他人的计划' },
    protectiveFactors: {
      family_support: '家庭支持',
      friends: '朋友支持',
      future_plans: '对未来有计划',
      help_seeking: '愿意求助',
      faith_values: '信念与价值观',
      responsibility: '对他人的责任感'
    }
  }
}

const en: typeof zh = {
  title: 'Case summary',
  student: 'Student',
  studentNo: 'Student no.',
  place: 'College / class',
  noteCount: 'Signed notes',
  notice:
    "Contains the student's counselling records, for the counsellor taking over the case only. Do not copy, photograph or pass on; return it to the centre to be destroyed after use.",
  empty: 'This student has no signed notes you may read.',
  heading: '{index}. {template} ({date})',
  author: 'Written by',
  signedAt: 'Signed',
  level: 'Risk level',
  categories: 'Problem categories',
  sensitive: 'Sensitive note',
  restricted: "Restricted: someone else's sensitive note, readable by its author and the admin only; its content is not printed.",
  risk: 'Risk assessment',
  computedLevel: 'Level from the rules',
  lowerReason: 'Reason for lowering the level',
  addenda: 'Addenda',
  addendumBy: '{date}  {author}',
  yes: 'Yes',
  no: 'No',
  none: '—',
  listSeparator: ', ',
  unknownTemplate: 'Template {key} (version {version})',
  levels: { low: 'Low', moderate: 'Moderate', high: 'High', imminent: 'Imminent' },
  questions: {
    suicidalIdeation: 'Suicidal ideation',
    plan: 'Suicide plan',
    intent: 'Intent to act',
    means: 'Access to means',
    pastAttempts: 'Past suicide attempts',
    selfHarm: 'Self-harm',
    harmToOthers: 'Risk of harming others',
    protectiveFactors: 'Protective factors'
  },
  answers: {
    suicidalIdeation: { none: 'None', passive: 'Passive', active: 'Active' },
    pastAttempts: { none: 'None', one: 'Once', multiple: 'More than once' },
    selfHarm: { none: 'None', past: 'In the past', recent: 'Recently' },
    harmToOthers: { none: 'None', thoughts: 'Thoughts of harming others', plan: 'A plan to harm others' },
    protectiveFactors: {
      family_support: 'Family support',
      friends: 'Friends',
      future_plans: 'Plans for the future',
      help_seeking: 'Willing to seek help',
      faith_values: 'Faith or values',
      responsibility: 'Responsibility for others'
    }
  }
}

export type CaseSummaryStrings = typeof zh
export const CASE_SUMMARY_STRINGS: Record<Locale, CaseSummaryStrings> = { 'zh-CN': zh, en }
