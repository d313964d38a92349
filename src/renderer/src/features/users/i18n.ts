const zh = {
  title: '用户管理',
  caption: '心安的全部账户，包括已停用的账户。',
  newUser: '新建用户',
  loadFailed: '无法加载用户列表：{{message}}',
  columns: {
    displayName: '姓名',
    username: '用户名',
    role: '角色',
    status: '状态',
    lastLogin: '最近登录',
    actions: '操作'
  },
  neverLoggedIn: '从未登录',
  mustChangePassword: '待改初始密码',
  you: '本人',
  rowActions: '{{name}} 的操作',
  roleHelp: {
    admin: '中心主任：全部功能，另可管理用户、设置和审计日志。',
    counsellor: '所有学生的全部临床工作。',
    part_time: '只对分配给自己的学生做临床工作。',
    assistant: '预约和联系方式；看不到咨询记录、筛查条目和转介。'
  },
  fields: {
    username: '用户名',
    usernameHelp: '登录时使用：3–32 位小写字母、数字或 . _ -。创建后不能修改。',
    displayName: '姓名',
    role: '角色',
    firstPassword: '初始密码',
    firstPasswordHelp: '至少 10 个字符。用户首次登录时必须改成自己的密码。',
    tempPassword: '临时密码',
    tempPasswordHelp: '至少 10 个字符。用户下次登录时必须改成自己的密码。请当面告知，不要写在便签上。'
  },
  createTitle: '新建用户',
  createSubmit: '创建',
  editTitle: '编辑用户：{{name}}',
  resetTitle: '重置密码：{{name}}',
  resetHelp: '为忘记密码的用户设置一个临时密码。旧密码立即失效。',
  resetSubmit: '设置临时密码',
  reactivateTitle: '重新启用：{{name}}',
  reactivateHelp: '停用时已删除该用户的密钥槽，因此重新启用时需要设置一个临时密码。',
  reactivateSubmit: '重新启用',
  menu: {
    edit: '编辑',
    resetPassword: '重置密码',
    deactivate: '停用',
    reactivate: '重新启用',
    stations: '学院工作站'
  },
  deactivateTitle: '停用 {{name}}？',
  deactivateBody:
    '停用后，该用户的密钥槽会被删除，其不能再登录心安。其写下的记录全部保留。以后可以重新启用（需要设置新的临时密码）。',
  deactivateConfirm: '停用',
  created: '已创建用户 {{name}}。',
  updated: '已保存 {{name}} 的资料。',
  passwordReset: '已为 {{name}} 设置临时密码。',
  deactivated: '已停用 {{name}}。',
  reactivated: '已重新启用 {{name}}。',
  failed: '操作未完成',
  stations: {
    title: '学院工作站：{{name}}',
    label: '学院工作站',
    help: '兼职咨询师只能打开所选学院的学生，并只对这些学生做临床工作。',
    noColleges: '设置中还没有学院。',
    none: '未分配工作站',
    list: '工作站：{{names}}',
    separator: '、',
    saved: '已保存 {{name}} 的学院工作站。'
  }
}

export const usersStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'Users',
    caption: 'Every XinAn account, including deactivated ones.',
    newUser: 'New user',
    loadFailed: 'Could not load the users: {{message}}',
    columns: {
      displayName: 'Name',
      username: 'Username',
      role: 'Role',
      status: 'Status',
      lastLogin: 'Last login',
      actions: 'Actions'
    },
    neverLoggedIn: 'Never',
    mustChangePassword: 'Must change first password',
    you: 'You',
    rowActions: 'Actions for {{name}}',
    roleHelp: {
      admin: 'Centre director: everything, plus users, settings and the audit log.',
      counsellor: 'All clinical work on all students.',
      part_time: 'Clinical work on the students assigned to them.',
      assistant: 'Appointments and contact data; never notes, screening items or referrals.'
    },
    fields: {
      username: 'Username',
      usernameHelp: 'Used to log in: 3–32 lower-case letters, digits or . _ -. Cannot be changed later.',
      displayName: 'Name',
      role: 'Role',
      firstPassword: 'First password',
      firstPasswordHelp: 'At least 10 characters. The user must change it at first login.',
      tempPassword: 'Temporary password',
      tempPasswordHelp:
        'At least 10 characters. The user must change it at the next login. Tell them in person; do not write it on a note.'
    },
    createTitle: 'New user',
    createSubmit: 'Create',
    editTitle: 'Edit user: {{name}}',
    resetTitle: 'Reset password: {{name}}',
    resetHelp: 'Sets a temporary password for a user who forgot theirs. The old password stops working at once.',
    resetSubmit: 'Set temporary password',
    reactivateTitle: 'Reactivate: {{name}}',
    reactivateHelp: "Deactivation removed this user's key slot, so reactivating needs a temporary password.",
    reactivateSubmit: 'Reactivate',
    menu: {
      edit: 'Edit',
      resetPassword: 'Reset password',
      deactivate: 'Deactivate',
      reactivate: 'Reactivate',
      stations: 'College stations'
    },
    deactivateTitle: 'Deactivate {{name}}?',
    deactivateBody:
      'Their key slot is removed and they can no longer log in to XinAn. Everything they recorded stays. You can reactivate them later with a new temporary password.',
    deactivateConfirm: 'Deactivate',
    created: 'Created user {{name}}.',
    updated: 'Saved {{name}}.',
    passwordReset: 'Set a temporary password for {{name}}.',
    deactivated: 'Deactivated {{name}}.',
    reactivated: 'Reactivated {{name}}.',
    failed: 'Not done',
    stations: {
      title: 'College stations: {{name}}',
      label: 'College stations',
      help: 'A part-time counsellor opens, and does clinical work on, the students of the chosen colleges only.',
      noColleges: 'No colleges in the settings yet.',
      none: 'No station assigned',
      list: 'Stations: {{names}}',
      separator: ', ',
      saved: 'Saved the college stations of {{name}}.'
    }
  }
}
