const zh = {
  title: '审计日志',
  intro: '心安记录每一次登录、查看和修改。日志只能追加，每行都与前一行以哈希相连，任何改动都能被校验发现。',
  filters: {
    label: '筛选',
    user: '用户',
    action: '操作',
    from: '开始日期',
    to: '结束日期',
    any: '全部',
    clear: '清除筛选',
    toBeforeFrom: '结束日期不能早于开始日期。'
  },
  caption: '审计记录，最新的在前',
  total: '共 {{n}} 条记录',
  empty: '没有符合条件的记录。',
  loadFailed: '无法加载审计日志：{{message}}',
  columns: {
    seq: '序号',
    at: '时间',
    user: '用户',
    action: '操作',
    entity: '对象',
    entityId: '对象编号',
    summary: '摘要'
  },
  system: '—',
  systemLabel: '系统',
  pagination: {
    label: '审计日志分页',
    previous: '上一页',
    next: '下一页',
    page: '第 {{page}} 页'
  },
  verify: {
    button: '校验完整性',
    intactTitle: '日志完整',
    intact: '已检查 {{n}} 行，哈希链完整，没有被改动。',
    brokenTitle: '日志被改动过',
    broken: '第 {{seq}} 行有问题：{{reason}}此前的 {{n}} 行完好。请联系管理员，并保留本机与备份以便调查。',
    reasons: {
      hash: '这一行的内容与它的哈希值不符，说明这一行被改动过。',
      link: '这一行与前一行的链接断开，说明前面有行被改动、删除或插入过。',
      gap: '序号不连续，说明有行被删除过。'
    },
    failed: '校验未完成：{{message}}'
  },
  actionNames: {
    vault_setup: '初始化系统',
    users_create: '创建用户',
    users_update: '修改用户资料',
    users_role_changed: '更改角色',
    users_password_reset: '重置密码',
    users_deactivate: '停用用户',
    users_reactivate: '重新启用用户',
    auth_login: '登录',
    auth_login_failed: '登录失败',
    auth_login_throttled: '登录尝试过多被暂停',
    auth_logout: '退出登录',
    auth_lock: '锁定',
    auth_password_changed: '修改密码',
    auth_recovered: '用恢复码重设密码',
    auth_recover_failed: '恢复码错误',
    auth_recovery_code_shown: '显示恢复码',
    auth_recovery_code_confirmed: '确认恢复码',
    access_denied: '越权尝试',
    audit_list: '查看审计日志',
    audit_verify: '校验审计日志',
    settings_centre_update: '修改中心信息',
    settings_security_update: '修改安全设置',
    settings_college_create: '添加学院',
    settings_college_update: '修改学院',
    settings_college_delete: '删除学院',
    settings_class_create: '添加班级',
    settings_class_update: '修改班级',
    settings_class_delete: '删除班级',
    settings_room_create: '添加房间',
    settings_room_update: '修改房间',
    settings_room_delete: '删除房间'
  },
  entityNames: {
    user: '用户',
    vault: '密钥库',
    settings: '设置',
    college: '学院',
    class: '班级',
    room: '房间',
    channel: '功能'
  },
  summaryKeys: {
    role: '角色',
    previousRole: '原角色',
    reason: '原因',
    kind: '类型',
    active: '启用',
    page: '页',
    filtered: '已筛选',
    ok: '完整',
    checked: '已检查',
    brokenSeq: '问题行',
    collegeId: '学院',
    idleTimeoutMinutes: '自动锁定（分钟）'
  },
  lockReasons: { button: '手动锁定', idle: '无操作超时', quit: '关闭程序' }
}

export const auditStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'Audit log',
    intro:
      'XinAn records every login, view and change. The log is append-only and each row is chained to the one before by a hash, so any change to it can be detected.',
    filters: {
      label: 'Filters',
      user: 'User',
      action: 'Action',
      from: 'From',
      to: 'To',
      any: 'All',
      clear: 'Clear filters',
      toBeforeFrom: 'The end date cannot be before the start date.'
    },
    caption: 'Audit rows, newest first',
    total: '{{n}} rows in total',
    empty: 'No rows match.',
    loadFailed: 'Could not load the audit log: {{message}}',
    columns: {
      seq: 'No.',
      at: 'Time',
      user: 'User',
      action: 'Action',
      entity: 'Object',
      entityId: 'Object ID',
      summary: 'Summary'
    },
    system: '—',
    systemLabel: 'System',
    pagination: {
      label: 'Audit log pages',
      previous: 'Previous page',
      next: 'Next page',
      page: 'Page {{page}}'
    },
    verify: {
      button: 'Verify integrity',
      intactTitle: 'Log intact',
      intact: '{{n}} rows checked, chain intact: nothing was changed.',
      brokenTitle: 'The log was tampered with',
      broken:
        'Row {{seq}} is wrong: {{reason}} The {{n}} rows before it are sound. Contact the administrator and keep this PC and its backups for investigation.',
      reasons: {
        hash: "the row's content does not match its hash, so the row was changed.",
        link: 'the link to the previous row is broken, so rows before it were changed, deleted or inserted.',
        gap: 'its number does not follow the previous one, so rows were deleted.'
      },
      failed: 'Verification did not finish: {{message}}'
    },
    actionNames: {
      vault_setup: 'Set up XinAn',
      users_create: 'Create user',
      users_update: 'Edit user',
      users_role_changed: 'Change role',
      users_password_reset: 'Reset password',
      users_deactivate: 'Deactivate user',
      users_reactivate: 'Reactivate user',
      auth_login: 'Log in',
      auth_login_failed: 'Failed login',
      auth_login_throttled: 'Login paused after too many attempts',
      auth_logout: 'Log out',
      auth_lock: 'Lock',
      auth_password_changed: 'Change password',
      auth_recovered: 'Password reset with recovery code',
      auth_recover_failed: 'Wrong recovery code',
      auth_recovery_code_shown: 'Recovery code shown',
      auth_recovery_code_confirmed: 'Recovery code confirmed',
      access_denied: 'Access denied',
      audit_list: 'View audit log',
      audit_verify: 'Verify audit log',
      settings_centre_update: 'Edit centre profile',
      settings_security_update: 'Edit security settings',
      settings_college_create: 'Add college',
      settings_college_update: 'Edit college',
      settings_college_delete: 'Delete college',
      settings_class_create: 'Add class',
      settings_class_update: 'Edit class',
      settings_class_delete: 'Delete class',
      settings_room_create: 'Add room',
      settings_room_update: 'Edit room',
      settings_room_delete: 'Delete room'
    },
    entityNames: {
      user: 'User',
      vault: 'Vault',
      settings: 'Settings',
      college: 'College',
      class: 'Class',
      room: 'Room',
      channel: 'Function'
    },
    summaryKeys: {
      role: 'role',
      previousRole: 'previous role',
      reason: 'reason',
      kind: 'kind',
      active: 'active',
      page: 'page',
      filtered: 'filtered',
      ok: 'intact',
      checked: 'checked',
      brokenSeq: 'broken row',
      collegeId: 'college',
      idleTimeoutMinutes: 'idle lock (minutes)'
    },
    lockReasons: { button: 'by hand', idle: 'inactivity', quit: 'app closed' }
  }
}
