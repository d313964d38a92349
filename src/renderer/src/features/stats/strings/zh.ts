/** Chinese strings of the statistics screen: the anonymised report and the centre's activity log. */
export const statsZh = {
  title: '统计与活动',
  listSeparator: '、',
  tabs: { label: '统计视图', report: '月度报表', activities: '中心活动' },
  range: {
    mode: '统计范围',
    modes: { month: '月', term: '学期', year: '年', custom: '自定义' },
    month: '月份',
    term: '学期',
    year: '年份',
    yearOption: '{{year}} 年',
    autumn: '{{start}}–{{end}} 学年秋季学期',
    spring: '{{start}}–{{end}} 学年春季学期',
    from: '开始日期',
    to: '结束日期',
    apply: '查看',
    shown: '统计期间：{{from}} 至 {{to}}'
  },
  report: {
    loadFailed: '无法生成报表：{{message}}',
    generated: '生成于 {{time}}；阈值 k = {{k}}。',
    rounds: '本期筛查批次：{{names}}',
    figures: '{{section}}：主要数字',
    noRate: '—'
  },
  percent: '{{value}}%',
  hidden: {
    primary: '<{{k}}',
    secondary: '隐藏',
    primaryWhy: '少于 {{k}} 人',
    secondaryWhy: '为防止推算而隐藏',
    notShown: '不公布',
    legendTitle: '隐藏的数字',
    legendPrimary: '人数大于 0 但少于 {{k}}，不公布具体数字。',
    legendSecondary: '为防止由合计推算出被隐藏的数字，一并隐藏。',
    legendExport: '导出的文件不区分两种原因，所有隐藏的单元格一律标为 *。'
  },
  table: {
    total: '合计',
    withheld: '整表人数少于 {{k}}，不公布。',
    merged: '“其他”含：{{names}}',
    mergedCols: '“其他”列含：{{names}}'
  },
  charts: {
    sessionsByKind: '各类咨询人次',
    studentsByCollege: '各学院来访学生人数',
    watchByTier: '关注名单各等级人数',
    value: '{{label}} {{value}}',
    series: '数量'
  },
  export: {
    label: '导出报表',
    xlsx: '导出 XLSX',
    csv: '导出 CSV',
    pdf: '导出 PDF',
    done: '已导出 {{fileName}}。',
    failed: '导出失败'
  },
  threshold: {
    label: '统计阈值 k',
    help: '大于 0 但少于 k 的人数显示为“<k”，可设 3–11。',
    save: '保存阈值',
    saved: '统计阈值已改为 {{k}}，报表已按新阈值重新生成。',
    loadFailed: '无法读取统计阈值：{{message}}'
  },
  activities: {
    intro: '中心开展的培训、讲座、宣传推送和主题活动。只记录中心的工作，不涉及学生个人信息；计入报表的“中心活动”一节。',
    loadFailed: '无法加载活动记录：{{message}}',
    create: '记录活动',
    caption: '中心活动（{{count}} 项）',
    empty: '这段时间没有记录活动。',
    columns: { date: '日期', kind: '类别', title: '活动名称', participants: '参与人数', detail: '渠道 / 主题', by: '记录人', actions: '操作' },
    notCounted: '未统计',
    none: '—',
    edit: '编辑：{{title}}',
    remove: '删除：{{title}}',
    kinds: { training: '培训', lecture: '讲座', publicity: '宣传推送', event: '主题活动', other: '其他' },
    channels: { wechat: '微信公众号', website: '网站', poster: '海报', broadcast: '广播', other: '其他' },
    themes: { day525: '5·25 心理健康日', day1010: '10·10 世界精神卫生日', other: '其他主题' },
    form: {
      createTitle: '记录活动',
      editTitle: '编辑活动',
      kind: '类别',
      title: '活动名称',
      date: '日期',
      participants: '参与人数',
      participantsHelp: '培训和讲座必填；其他活动可留空。',
      channel: '发布渠道',
      theme: '主题',
      notes: '备注',
      notesHelp: '不要写学生的姓名或学号。',
      submitCreate: '记录活动',
      submitEdit: '保存修改',
      created: '已记录活动“{{title}}”。',
      updated: '已保存活动“{{title}}”。'
    },
    removeForm: {
      title: '删除活动：{{title}}',
      intro: '活动将从列表和统计中去掉，记录本身保留在数据库中。',
      reason: '删除原因',
      submit: '删除活动',
      removed: '已删除活动“{{title}}”。'
    }
  }
}
