/** Strings of the shell and of controls every page uses. Feature strings live in their feature. */
export const commonZh = {
  app: { name: '心安', fullName: '心安 · 心理中心记录系统', skipToContent: '跳到主要内容', loading: '正在加载…' },
  nav: {
    label: '主导航',
    home: '首页',
    calendar: '预约日历',
    waitlist: '候约名单',
    availability: '我的可约时间',
    students: '学生',
    notes: '咨询记录',
    watch: '关注名单',
    screening: '心理筛查',
    review: '每周研判',
    referrals: '转介',
    stats: '统计',
    users: '用户',
    audit: '审计日志',
    settings: '设置',
    account: '我的账户'
  },
  shell: {
    lock: '锁定',
    logout: '退出登录',
    language: '语言',
    theme: '外观',
    themeLight: '浅色',
    themeDark: '深色',
    toggleNav: '显示或隐藏导航',
    signedInAs: '当前用户：{{name}}（{{role}}）',
    idleWarning: '即将因长时间无操作而锁定。'
  },
  actions: {
    save: '保存',
    cancel: '取消',
    delete: '删除',
    edit: '编辑',
    create: '新建',
    close: '关闭',
    confirm: '确认',
    retry: '重试',
    back: '返回',
    next: '下一步',
    search: '搜索',
    clear: '清除'
  },
  roles: { admin: '管理员', counsellor: '专职咨询师', part_time: '兼职咨询师', assistant: '前台助理' },
  status: { saved: '已保存。', deleted: '已删除。', active: '启用', inactive: '停用', yes: '是', no: '否' },
  errors: { connection: '与心安服务的连接中断，操作未完成。请重启心安。', unexpected: '页面出错了。数据已保存在数据库中，请重新加载。' },
  language: { 'zh-CN': '中文', en: 'English' }
}

export const commonEn: typeof commonZh = {
  app: { name: 'XinAn', fullName: 'XinAn · counselling centre records', skipToContent: 'Skip to main content', loading: 'Loading…' },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    calendar: 'Calendar',
    waitlist: 'Waitlist',
    availability: 'My hours',
    students: 'Students',
    notes: 'Notes',
    watch: 'Watch list',
    screening: 'Screening',
    review: 'Weekly review',
    referrals: 'Referrals',
    stats: 'Statistics',
    users: 'Users',
    audit: 'Audit log',
    settings: 'Settings',
    account: 'My account'
  },
  shell: {
    lock: 'Lock',
    logout: 'Log out',
    language: 'Language',
    theme: 'Appearance',
    themeLight: 'Light',
    themeDark: 'Dark',
    toggleNav: 'Show or hide navigation',
    signedInAs: 'Signed in as {{name}} ({{role}})',
    idleWarning: 'XinAn will lock soon because of inactivity.'
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    create: 'New',
    close: 'Close',
    confirm: 'Confirm',
    retry: 'Retry',
    back: 'Back',
    next: 'Next',
    search: 'Search',
    clear: 'Clear'
  },
  roles: { admin: 'Administrator', counsellor: 'Counsellor', part_time: 'Part-time counsellor', assistant: 'Front-desk assistant' },
  status: { saved: 'Saved.', deleted: 'Deleted.', active: 'Active', inactive: 'Inactive', yes: 'Yes', no: 'No' },
  errors: { connection: 'Lost the connection to XinAn; the operation did not complete. Restart XinAn.', unexpected: 'This page failed. Your data is safe in the database; reload to go on.' },
  language: { 'zh-CN': '中文', en: 'English' }
}
