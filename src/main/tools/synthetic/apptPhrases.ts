/** Generic notes for synthetic appointments, leave and the waitlist; they describe no real person. */

export const CANCEL_NOTES = {
  student: ['学生临时有课', '学生身体不适，改约', '学生请假回家', '学生参加学院活动', ''],
  centre: ['咨询师临时外出处理危机个案', '咨询室临时维修', '咨询师参加上级培训'],
  no_show: ['', '', '电话未接通', '学生忘记预约时间']
} as const

export const LEAVE_NOTES: readonly string[] = ['年假', '事假', '病假', '']
export const TRAINING_NOTES: readonly string[] = ['省高校心理咨询师继续教育培训', '危机干预专题培训', '督导培训', '全国高校心理健康教育研讨会']

export const WAITLIST_NOTES: readonly string[] = [
  '辅导员转介，近期情绪低落',
  '自行来电预约，希望尽快初访',
  '心理普查后约谈，建议个体咨询',
  '室友关系困扰，希望咨询',
  '学业压力大，失眠',
  '',
  ''
]
