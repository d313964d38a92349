import type { Tier } from '@shared/contract'

/**
 * Generic phrases for the synthetic watch list: the kind of short note a counsellor writes,
 * describing no real person. Picked at random, so many students share a phrase.
 */

/** Why a student is put on the list at a tier. */
export const ENTRY_REASONS: Record<Tier, readonly string[]> = {
  general: [
    '学业压力较大，近期情绪低落',
    '新生入学适应困难，睡眠欠佳',
    '人际关系紧张，与室友有矛盾',
    '考试成绩下滑，自我评价偏低',
    '家庭经济困难，焦虑情绪明显',
    '求职受挫，对未来感到迷茫',
    '心理普查结果提示需关注',
    '辅导员反映近期上课缺勤增多',
    '恋爱关系结束后情绪波动',
    '实习环境变化，适应压力较大'
  ],
  serious: [
    '持续失眠两周以上，情绪明显低落，回避社交',
    '心理普查高风险，访谈提示中度抑郁倾向',
    '家庭变故后情绪持续低落，学业受到明显影响',
    '校外就诊提示焦虑障碍，需中心持续跟进',
    '反复出现惊恐发作，影响正常上课',
    '遭受校园欺凌后出现明显应激反应'
  ],
  crisis: [
    '流露消极念头，需立即启动危机干预',
    '有自伤行为史，近期情绪急剧恶化',
    '辅导员报告学生出现危机信号，已启动应急预案',
    '医院诊断重度抑郁，伴有消极想法'
  ]
}

/** Why a tier goes up, down, or the student comes off the list. */
export const RAISE_REASONS: readonly string[] = [
  '近期情绪波动加剧，出现失眠和回避社交',
  '跟进中发现风险升高，经研判提高关注等级',
  '家长反映学生在家情绪明显恶化',
  '室友反映近期行为异常，经评估提高等级'
]
export const LOWER_REASONS: readonly string[] = [
  '经咨询与家校配合，情绪趋于稳定',
  '规律接受咨询，睡眠和学业逐步恢复',
  '经每周研判，风险降低，调整关注等级'
]
export const REMOVE_REASONS: readonly string[] = [
  '经研判状态稳定，解除关注，辅导员继续日常关心',
  '问题已缓解，学生适应良好，解除关注'
]

export const PLAN_GOALS: Record<'serious' | 'crisis', readonly string[]> = {
  serious: [
    '稳定情绪，恢复规律作息，逐步回归正常学业',
    '缓解焦虑症状，提升应对压力的能力',
    '改善人际关系，重建班级和宿舍支持网络',
    '在咨询中建立安全感，学业不掉队'
  ],
  crisis: [
    '确保人身安全，尽快转介专业医疗机构评估',
    '二十四小时看护，稳定情绪，家校共同守护',
    '完成医院评估与治疗，安全返校'
  ]
}

export const PLAN_MEASURES: Record<'serious' | 'crisis', readonly string[]> = {
  serious: [
    '每周一次个体咨询；辅导员每周谈心；心理委员日常关注宿舍情况',
    '每两周一次个体咨询；与家长保持每周联系；学院心理辅导站定期跟进',
    '个体咨询加团体辅导；学业导师协助制定补课计划'
  ],
  crisis: [
    '启动绿色通道转介医院；家长到校陪护；宿舍安排同学轮流陪伴',
    '中心每日电话跟进；辅导员与家长保持即时沟通；暂缓考试安排',
    '落实二十四小时监护；协助办理就医；返校后每周咨询'
  ]
}

export const CHECKLIST_NOTES: readonly string[] = ['', '', '', '已电话告知', '已当面沟通', '已落实', '已安排专人负责']

export const FOLLOW_UP_SUMMARIES: Record<'peer_support' | 'family_contact' | 'dorm_visit' | 'advisor_talk' | 'review', readonly string[]> = {
  peer_support: ['心理委员反馈学生近期作息正常', '同伴陪同去食堂和图书馆，情绪尚可', '心理委员反映学生话少，已提醒辅导员关注'],
  family_contact: ['与家长电话沟通近期情况，家长表示配合', '家长来校面谈，共同商定支持措施', '向家长说明学校关注措施，家长同意带学生就医'],
  dorm_visit: ['走访宿舍，室友关系有所缓和', '宿舍走访，生活作息基本规律', '宿舍走访，提醒室友多加关心'],
  advisor_talk: ['辅导员谈心，学生表示压力有所减轻', '辅导员了解到学生近期学业跟上进度', '辅导员谈心，学生愿意继续接受咨询'],
  review: ['复评：情绪较前稳定，维持当前等级', '复评：睡眠改善，建议继续跟进', '复评：仍有焦虑表现，继续每周咨询']
}

export const WITH_WHOM: Record<'peer_support' | 'family_contact' | 'dorm_visit' | 'advisor_talk' | 'review', readonly string[]> = {
  peer_support: ['班级心理委员', '宿舍长', '朋辈辅导员'],
  family_contact: ['母亲', '父亲', '家长'],
  dorm_visit: ['室友', '宿舍长', '宿管老师'],
  advisor_talk: ['班级辅导员', '学院副书记'],
  review: ['', '学院心理辅导站']
}

export const DECISION_NOTES: readonly string[] = ['', '', '维持现有措施', '继续跟进', '下周重点关注']
