const zh = {
  levels: { low: '低', moderate: '中', high: '高', imminent: '紧急' },
  levelLabel: '风险：{{level}}',
  card: {
    title: '危机预警',
    intro: '咨询记录或筛查中风险为“高”或“紧急”时生成。预警会一直显示在每位咨询师的首页，直到有人记录处理。',
    openCount_one: '{{count}} 条待处理',
    openCount_other: '{{count}} 条待处理',
    none: '没有待处理的危机预警。',
    loadFailed: '无法加载危机预警：{{message}}',
    listLabel: '待处理的危机预警',
    itemLabel: '{{name}}的危机预警',
    studentNo: '学号 {{studentNo}}',
    sources: { note: '来自咨询记录', screening: '来自筛查' },
    openSource: '查看该咨询记录',
    raised: '{{when}} 由 {{name}} 发起',
    raisedBySystem: '{{when}} 由系统发起',
    tier: '当前关注级别：',
    resolve: '记录处理',
    resolveFor: '记录处理：{{name}}'
  },
  resolved: {
    show_one: '显示近 7 天已处理的预警（{{count}} 条）',
    show_other: '显示近 7 天已处理的预警（{{count}} 条）',
    hide: '收起已处理的预警',
    none: '近 7 天没有已处理的预警。',
    listLabel: '近 7 天已处理的预警',
    by: '{{when}} 由 {{name}} 处理',
    unknownUser: '（未知用户）',
    action: '处理：{{action}}'
  },
  resolve: {
    title: '记录处理：{{name}}',
    summary: '{{name}}（学号 {{studentNo}}），风险：{{level}}，{{source}}。',
    action: '采取的措施',
    actionHelp: '例如：已联系辅导员和家长，学生由家长陪同前往医院评估。',
    moveToCrisis: '同时将该生列为重大心理危机',
    moveToCrisisHelp: '该生将进入关注名单的危机级别，处理措施记为原因。',
    alreadyCrisis: '该生已列为重大心理危机，无需再调整关注级别。',
    submit: '保存处理记录',
    saved: '已记录处理，预警已关闭。',
    savedAndMoved: '已记录处理，预警已关闭；{{name}}已列为重大心理危机。'
  },
  search: {
    title: '搜索咨询记录',
    intro: '结果只包含您有权阅读的记录。打开一条记录会记入审计日志（只记录打开了哪条记录，不记录搜索词）。',
    label: '搜索',
    help: '在记录正文和补充说明中查找，输入至少 1 个字。',
    searching: '正在搜索…',
    prompt: '输入要查找的字词。',
    count_one: '找到 {{count}} 条记录',
    count_other: '找到 {{count}} 条记录',
    more: '只显示前 {{count}} 条，请输入更具体的字词。',
    none: '没有找到包含“{{q}}”的记录。',
    failed: '搜索失败：{{message}}',
    resultsLabel: '搜索结果',
    open: '{{student}}：{{template}}（{{date}}）',
    author: '记录人：{{name}}',
    noAuthor: '记录人不详',
    draft: '草稿',
    sensitive: '敏感记录',
    noLevel: '未评估风险',
    restricted: '敏感记录，仅作者和管理员可阅读内容。'
  }
}

export const alertsStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    levels: { low: 'Low', moderate: 'Moderate', high: 'High', imminent: 'Imminent' },
    levelLabel: 'Risk: {{level}}',
    card: {
      title: 'Crisis alerts',
      intro:
        'Raised when a note or a screening finds a high or imminent risk. An alert stays on every counsellor’s home page until someone records what was done.',
      openCount_one: '{{count}} open',
      openCount_other: '{{count}} open',
      none: 'No open crisis alerts.',
      loadFailed: 'Could not load the crisis alerts: {{message}}',
      listLabel: 'Open crisis alerts',
      itemLabel: 'Crisis alert for {{name}}',
      studentNo: 'Student no. {{studentNo}}',
      sources: { note: 'From a counselling note', screening: 'From screening' },
      openSource: 'Open the note',
      raised: 'Raised {{when}} by {{name}}',
      raisedBySystem: 'Raised {{when}} by the system',
      tier: 'Watch tier now:',
      resolve: 'Record action',
      resolveFor: 'Record action: {{name}}'
    },
    resolved: {
      show_one: 'Show the alert resolved in the last 7 days ({{count}})',
      show_other: 'Show the alerts resolved in the last 7 days ({{count}})',
      hide: 'Hide the resolved alerts',
      none: 'No alert was resolved in the last 7 days.',
      listLabel: 'Alerts resolved in the last 7 days',
      by: 'Resolved {{when}} by {{name}}',
      unknownUser: '(unknown user)',
      action: 'Action: {{action}}'
    },
    resolve: {
      title: 'Record action: {{name}}',
      summary: '{{name}} (student no. {{studentNo}}), risk: {{level}}, {{source}}.',
      action: 'Action taken',
      actionHelp: 'For example: called the class adviser and the parents; the student went to hospital for assessment with a parent.',
      moveToCrisis: 'Also put the student in the major crisis tier',
      moveToCrisisHelp: 'The student goes onto the watch list at the crisis tier, with the action as the reason.',
      alreadyCrisis: 'The student is already in the major crisis tier; the tier need not change.',
      submit: 'Save the action',
      saved: 'Action recorded; the alert is closed.',
      savedAndMoved: 'Action recorded; the alert is closed; {{name}} is now in the major crisis tier.'
    },
    search: {
      title: 'Search notes',
      intro:
        'Results include only the notes you may read. Opening a note is recorded in the audit log (which note was opened, never what you searched for).',
      label: 'Search',
      help: 'Searches the text of notes and their addenda; type at least 1 character.',
      searching: 'Searching…',
      prompt: 'Type the words to look for.',
      count_one: '{{count}} note found',
      count_other: '{{count}} notes found',
      more: 'Only the first {{count}} are shown; type something more specific.',
      none: 'No note contains “{{q}}”.',
      failed: 'The search failed: {{message}}',
      resultsLabel: 'Search results',
      open: '{{student}}: {{template}} ({{date}})',
      author: 'Written by {{name}}',
      noAuthor: 'Author unknown',
      draft: 'Draft',
      sensitive: 'Sensitive',
      noLevel: 'Risk not assessed',
      restricted: 'A sensitive note: only its author and the administrator may read it.'
    }
  }
}
