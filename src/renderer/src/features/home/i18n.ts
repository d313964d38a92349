const zh = {
  greeting: {
    morning: '早上好，{{name}}',
    afternoon: '下午好，{{name}}',
    evening: '晚上好，{{name}}'
  },
  today: '今天是 {{date}}。',
  role: '您的角色：{{role}}',
  sectionsTitle: '您可以使用的功能',
  sectionsIntro: '也可以用左侧的导航打开它们。',
  dashboard: {
    title: '今日关注',
    loadFailed: '无法加载今日关注：{{message}}',
    dueTitle: '今天到期的复查',
    dueCount: '{{count}} 人',
    dueEmpty: '今天没有到期的复查。',
    overdueTitle: '逾期未完成的事项',
    overdueEmpty: '没有逾期未完成的事项。',
    overdueLessThanHour: '逾期不到 1 小时',
    overdueHours_one: '逾期 {{count}} 小时',
    overdueHours_other: '逾期 {{count}} 小时',
    overdueDays_one: '逾期 {{count}} 天',
    overdueDays_other: '逾期 {{count}} 天',
    crisisTitle: '重大心理危机名单',
    crisisEmpty: '目前没有处于重大心理危机等级的学生。',
    counsellor: '责任咨询师：{{name}}',
    openItems: '未完成事项 {{open}} 项',
    openAll: '查看完整关注名单'
  }
}

export const homeStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    greeting: {
      morning: 'Good morning, {{name}}',
      afternoon: 'Good afternoon, {{name}}',
      evening: 'Good evening, {{name}}'
    },
    today: 'Today is {{date}}.',
    role: 'Your role: {{role}}',
    sectionsTitle: 'What you can open',
    sectionsIntro: 'The navigation on the left opens them too.',
    dashboard: {
      title: 'Watch list today',
      loadFailed: 'Could not load today’s watch list summary: {{message}}',
      dueTitle: 'Reviews due today',
      dueCount: '{{count}} due',
      dueEmpty: 'No review is due today.',
      overdueTitle: 'Overdue checklist items',
      overdueEmpty: 'No checklist item is overdue.',
      overdueLessThanHour: 'Overdue by less than an hour',
      overdueHours_one: 'Overdue by {{count}} hour',
      overdueHours_other: 'Overdue by {{count}} hours',
      overdueDays_one: 'Overdue by {{count}} day',
      overdueDays_other: 'Overdue by {{count}} days',
      crisisTitle: 'Students in major crisis',
      crisisEmpty: 'No student is at the major-crisis tier now.',
      counsellor: 'Counsellor: {{name}}',
      openItems: '{{open}} items open',
      openAll: 'Open the whole watch list'
    }
  }
}
