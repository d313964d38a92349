const zh = {
  showPassword: '显示密码',
  passwordRule: '至少 {{min}} 个字符。一句只有您知道、容易记住的话最好。',
  passwordMismatch: '两次输入的密码不一致。',
  languageSwitch: '界面语言',
  setup: {
    title: '首次设置',
    intro: '欢迎使用心安。请先建立中心的第一个管理员账户。所有记录都加密保存在这台电脑上，不会上传到任何地方。',
    centreName: '中心名称',
    centreNameHint: '显示在登录页和打印文件的抬头上，以后可以在设置中修改。',
    displayName: '管理员姓名',
    displayNameHint: '界面和记录上显示的名字。',
    username: '用户名',
    usernameHint: '登录时使用：3–32 位小写字母、数字或 . _ -。',
    password: '密码',
    confirmPassword: '确认密码',
    submit: '创建并开始使用'
  },
  login: {
    title: '登录',
    intro: '请输入您的用户名和密码。',
    lockedTitle: '已锁定',
    lockedIntro: '心安已锁定。请输入密码解锁（用户：{{username}}）。',
    username: '用户名',
    password: '密码',
    submit: '登录',
    unlock: '解锁',
    switchUser: '切换用户',
    forgot: '忘记密码？'
  },
  recover: {
    title: '用恢复码找回管理员账户',
    intro: '恢复码是首次设置时抄在纸上的那串字符。用它可以给管理员账户设置新密码；之后会生成一个新的恢复码，旧的立即作废。',
    staffNote: '只有管理员账户可以用恢复码找回。其他工作人员忘记密码时，请联系管理员为您重设密码。',
    username: '管理员用户名',
    code: '恢复码',
    codeHint: '共 25 个字符，分成 5 组；大小写和短横线都可以不管。',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    submit: '设置新密码并登录',
    back: '返回登录'
  },
  recoveryCode: {
    title: '请抄下恢复码',
    loadFailed: '无法显示恢复码。',
    intro: '这是心安的恢复码。如果所有管理员都忘记了密码，它是重新进入系统、取回全部记录的唯一办法。',
    writeDown: '请现在用笔把它抄在纸上，核对一遍，然后锁进只有中心负责人能打开的柜子。不要拍照，不要存进电脑或手机。',
    notAgain: '恢复码只显示这一次，确认之后不会再显示。',
    codeLabel: '恢复码（5 组，每组 5 个字符）',
    written: '我已抄好，下一步',
    confirmTitle: '核对抄写的恢复码',
    confirmIntro: '请看着纸上抄写的恢复码，输入{{groups}}。',
    groupName: '第 {{n}} 组',
    groupLabel: '第 {{n}} 组',
    confirmSubmit: '确认',
    showAgain: '再看一次恢复码'
  },
  changePassword: {
    title: '设置新密码',
    intro: '您正在使用管理员给的临时密码。为保护来访学生的记录，请先设置一个只有您自己知道的新密码，然后才能继续。',
    current: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    submit: '修改密码',
    logout: '退出登录',
    success: '密码已修改。'
  },
  broken: {
    title: '无法打开数据',
    untouched: '心安没有改动数据文件夹里的任何文件，记录仍然在那里。',
    restore: '请管理员用下方“从备份恢复”选择最近的一份心安备份，并输入恢复码（现有文件会保留在数据文件夹中）。不要删除数据文件夹。',
    retry: '重试'
  },
  account: {
    title: '我的账户',
    profile: '账户信息',
    displayName: '姓名',
    username: '用户名',
    role: '角色',
    changePassword: '修改密码',
    changePasswordIntro: '修改后，下次登录和解锁都使用新密码。'
  }
}

export const authStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    showPassword: 'Show password',
    passwordRule: 'At least {{min}} characters. A sentence only you know and can remember works best.',
    passwordMismatch: 'The two passwords do not match.',
    languageSwitch: 'Display language',
    setup: {
      title: 'First-time setup',
      intro:
        'Welcome to XinAn. First create the centre’s first administrator account. All records are stored encrypted on this computer and are never uploaded anywhere.',
      centreName: 'Centre name',
      centreNameHint: 'Shown on the login screen and on printed letterheads; you can change it later in Settings.',
      displayName: 'Administrator’s name',
      displayNameHint: 'The name shown in the app and on records.',
      username: 'Username',
      usernameHint: 'Used to log in: 3–32 lower-case letters, digits or . _ -.',
      password: 'Password',
      confirmPassword: 'Confirm password',
      submit: 'Create and start'
    },
    login: {
      title: 'Log in',
      intro: 'Enter your username and password.',
      lockedTitle: 'Locked',
      lockedIntro: 'XinAn is locked. Enter your password to unlock (user: {{username}}).',
      username: 'Username',
      password: 'Password',
      submit: 'Log in',
      unlock: 'Unlock',
      switchUser: 'Switch user',
      forgot: 'Forgot password?'
    },
    recover: {
      title: 'Recover an administrator account',
      intro:
        'The recovery code is the string you wrote on paper at first-time setup. With it you can set a new password for an administrator account; a new recovery code is then issued and the old one stops working.',
      staffNote:
        'Only administrator accounts can be recovered with the code. Other staff who forgot their password should ask an administrator to reset it.',
      username: 'Administrator username',
      code: 'Recovery code',
      codeHint: '25 characters in 5 groups; case and dashes do not matter.',
      newPassword: 'New password',
      confirmPassword: 'Confirm new password',
      submit: 'Set new password and log in',
      back: 'Back to log in'
    },
    recoveryCode: {
      title: 'Write down the recovery code',
      loadFailed: 'The recovery code cannot be shown.',
      intro:
        'This is XinAn’s recovery code. If every administrator forgets their password, it is the only way back in and the only way to get the records back.',
      writeDown:
        'Write it on paper with a pen now, check it once, and lock it away where only the head of the centre can open it. Do not photograph it or save it on a computer or phone.',
      notAgain: 'The code is shown only this once; after you confirm it, it will not be shown again.',
      codeLabel: 'Recovery code (5 groups of 5 characters)',
      written: 'I have written it down — next',
      confirmTitle: 'Check what you wrote down',
      confirmIntro: 'Looking at the code on your paper, type {{groups}}.',
      groupName: 'group {{n}}',
      groupLabel: 'Group {{n}}',
      confirmSubmit: 'Confirm',
      showAgain: 'Show the code again'
    },
    changePassword: {
      title: 'Set a new password',
      intro:
        'You are using a temporary password from an administrator. To protect the students’ records, set a new password that only you know before you go on.',
      current: 'Current password',
      newPassword: 'New password',
      confirmPassword: 'Confirm new password',
      submit: 'Change password',
      logout: 'Log out',
      success: 'Your password has been changed.'
    },
    broken: {
      title: 'The data cannot be opened',
      untouched: 'XinAn has not changed any file in the data folder; the records are still there.',
      restore:
        'An administrator can use “Restore from a backup” below with the latest XinAn backup and the recovery code (the present files are kept in the data folder). Do not delete the data folder.',
      retry: 'Retry'
    },
    account: {
      title: 'My account',
      profile: 'Account details',
      displayName: 'Name',
      username: 'Username',
      role: 'Role',
      changePassword: 'Change password',
      changePasswordIntro: 'After the change, use the new password to log in and to unlock.'
    }
  }
}
