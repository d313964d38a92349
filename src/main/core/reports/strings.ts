import type { Locale } from '@shared/i18n'

const zh = {
  confidential: '机密 CONFIDENTIAL',
  /** After a label ("电话：…" / "Phone: …"). */
  colon: '：',
  pageOf: ['第 ', ' 页 / 共 ', ' 页'] as readonly [string, string, string],
  address: '地址',
  phone: '电话',
  printedAt: '打印时间',
  printedBy: '打印人',
  confidentialNotice: '本文件含学生心理健康信息，仅供研判会议使用。不得复印、拍照、转发或外传；会后交回中心统一销毁。',
  agenda: {
    title: '每周研判会议议程',
    meetingDate: '会议日期',
    summary: '本次研判 {count} 人：危机 {crisis} 人，严重 {serious} 人，一般 {general} 人。',
    empty: '本周没有需要研判的学生。',
    caption: '{tier}：{count} 人',
    columns: {
      index: '序号',
      student: '学生',
      tier: '等级',
      reasons: '列入原因',
      counsellor: '负责咨询师',
      nextReview: '下次复评',
      items: '待办 / 逾期',
      decision: '已记录的决定',
      notes: '会议决定 / 备注'
    },
    tiers: { crisis: '重大心理危机', serious: '严重心理问题', general: '一般心理问题' },
    reasons: { review_due: '到期复评', tier_changed: '本周新增或变更等级', crisis_open: '危机事项未完成' },
    decisions: { keep: '维持等级', raise: '提高等级', lower: '降低等级', remove: '移出关注名单', refer: '转介' },
    none: '—'
  },
  dayList: {
    title: '当日预约表',
    counsellor: '咨询师',
    date: '日期',
    dateWithWeekday: '{date}（{weekday}）',
    weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as readonly string[],
    summary: '共 {count} 个预约。',
    summaryCancelled: '共 {count} 个预约，其中已取消 {cancelled} 个。',
    empty: '当日没有预约。',
    caption: '按时间排列的预约',
    notice: '本表含学生预约信息，仅供当日接待与咨询使用。不得复印、拍照、转发或外传；当日工作结束后交回中心统一销毁。',
    columns: { time: '时间', kind: '类型', student: '学生', room: '地点', status: '状态', notes: '备注' },
    kinds: { intake: '初访', counselling: '个体咨询', follow_up: '随访', crisis: '危机干预', group: '团体辅导', open_day: '心理体验开放日', remote: '电话/线上咨询' },
    statuses: { booked: '已预约', attended: '已到访', cancelled: '已取消' },
    cancelReasons: { student: '学生取消', centre: '中心取消', no_show: '未到' },
    groupSeats: { group: '团体（{count}/{capacity}）', open_day: '开放日（{count}/{capacity}）' },
    groupCount: { group: '团体（{count}）', open_day: '开放日（{count}）' },
    series: '第 {index}/{count} 次',
    remote: '电话/线上',
    busy: '（已占用）',
    none: '—'
  }
}

const en: typeof zh = {
  confidential: '机密 CONFIDENTIAL',
  colon: ': ',
  pageOf: ['Page ', ' of ', ''],
  address: 'Address',
  phone: 'Phone',
  printedAt: 'Printed',
  printedBy: 'Printed by',
  confidentialNotice:
    'Contains mental-health information about students, for the review meeting only. Do not copy, photograph or pass on; return it to the centre after the meeting to be destroyed.',
  agenda: {
    title: 'Weekly review agenda',
    meetingDate: 'Meeting date',
    summary: '{count} students to review: {crisis} crisis, {serious} serious, {general} general.',
    empty: 'No student is due for review this week.',
    caption: '{tier}: {count}',
    columns: {
      index: 'No.',
      student: 'Student',
      tier: 'Tier',
      reasons: 'On the agenda because',
      counsellor: 'Counsellor',
      nextReview: 'Next review',
      items: 'Open / overdue',
      decision: 'Decision recorded',
      notes: 'Meeting decision / notes'
    },
    tiers: { crisis: 'Crisis', serious: 'Serious', general: 'General' },
    reasons: { review_due: 'Review due', tier_changed: 'Tier new or changed this week', crisis_open: 'Crisis items open' },
    decisions: { keep: 'Keep tier', raise: 'Raise tier', lower: 'Lower tier', remove: 'Take off the list', refer: 'Refer' },
    none: '—'
  },
  dayList: {
    title: 'Day list',
    counsellor: 'Counsellor',
    date: 'Date',
    dateWithWeekday: '{date} ({weekday})',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    summary: '{count} appointments.',
    summaryCancelled: '{count} appointments, {cancelled} of them cancelled.',
    empty: 'No appointments on this day.',
    caption: 'Appointments by time',
    notice:
      "Contains students' appointments, for the day's reception and counselling only. Do not copy, photograph or pass on; return it to the centre at the end of the day to be destroyed.",
    columns: { time: 'Time', kind: 'Kind', student: 'Student', room: 'Room', status: 'Status', notes: 'Notes' },
    kinds: { intake: 'Intake', counselling: 'Counselling', follow_up: 'Follow-up', crisis: 'Crisis', group: 'Group', open_day: 'Open day', remote: 'Phone/online' },
    statuses: { booked: 'Booked', attended: 'Attended', cancelled: 'Cancelled' },
    cancelReasons: { student: 'by the student', centre: 'by the centre', no_show: 'no-show' },
    groupSeats: { group: 'Group ({count}/{capacity})', open_day: 'Open day ({count}/{capacity})' },
    groupCount: { group: 'Group ({count})', open_day: 'Open day ({count})' },
    series: 'Session {index} of {count}',
    remote: 'Phone/online',
    busy: '(occupied)',
    none: '—'
  }
}

export type ReportStrings = typeof zh
export const REPORT_STRINGS: Record<Locale, ReportStrings> = { 'zh-CN': zh, en }

/** Fills `{name}` placeholders. The result is plain text: escape it like any other. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replaceAll(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
