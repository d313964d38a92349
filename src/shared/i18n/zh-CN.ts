/** Messages the core answers with (error and validation keys), in Chinese. */
export const zhCN = {
  errors: {
    validation: '输入有误，请检查标出的内容。未保存任何更改。',
    unknownChannel: '未知的操作。',
    unauthenticated: '请先登录。',
    forbidden: '您的角色无权执行此操作。',
    notFound: '找不到该记录，可能已被他人删除。',
    conflict: '与现有记录冲突，未保存。',
    inUse: '该记录仍被其他记录使用，不能删除。可以改为停用。',
    locked: '系统已锁定，请重新登录。未保存任何更改。',
    internal: '发生内部错误，操作未完成，数据未改动。',
    auth: {
      invalidCredentials: '用户名或密码不正确。',
      throttled: '尝试次数过多，请 {{seconds}} 秒后再试。',
      mustChangePassword: '请先修改初始密码。',
      passwordReused: '新密码不能与当前密码相同。',
      passwordIsUsername: '密码不能与用户名相同。',
      wrongCurrentPassword: '当前密码不正确。',
      invalidRecoveryCode: '恢复码不正确，或该账户不是管理员。',
      recoveryGroupsMismatch: '输入的恢复码分组不一致，请对照抄写的恢复码重新输入。',
      noPendingRecoveryCode: '恢复码已确认过，不再显示。'
    },
    vault: {
      alreadySetUp: '系统已初始化，不能重复设置。',
      missing: '找到了数据库文件，但缺少密钥文件 vault.json。请从备份恢复，切勿删除数据库。',
      corrupt: '密钥文件 vault.json 已损坏或格式不对。请从备份恢复。',
      tampered: '密钥文件 vault.json 被改动过，签名不符。请从备份恢复，并检查此电脑的安全。',
      dbMissing: '找不到数据库文件 xinan.db。请从备份恢复。',
      dbNotOurs: '数据库文件不属于这个密钥文件（或未加密）。请检查数据目录。',
      dbCorrupt: '数据库文件已损坏（可能被截断）。请从备份恢复。',
      dbTooNew: '数据库由更新版本的心安创建，请升级本软件后再打开。',
      migrationEdited: '数据库的升级记录与本版本不符，已停止以免损坏数据。'
    },
    users: {
      usernameTaken: '该用户名已被使用。',
      cannotDeactivateSelf: '不能停用自己的账户。',
      lastAdmin: '至少需要保留一个启用的管理员账户。',
      inactive: '该账户已停用。',
      alreadyActive: '该账户已是启用状态。'
    },
    settings: {
      collegeNameTaken: '已有同名学院。',
      classNameTaken: '该学院已有同名班级。',
      roomNameTaken: '已有同名房间。',
      collegeHasClasses: '该学院下还有班级，请先删除或移动班级。'
    }
  },
  validation: {
    required: '必填。',
    tooLong: '太长了（最多 {{max}} 个字符）。',
    tooShort: '太短了（至少 {{min}} 个字符）。',
    username: '用户名为 3–32 位小写字母、数字或 . _ -，以字母或数字开头。',
    passwordTooShort: '密码至少 {{min}} 个字符。',
    invalidId: '编号无效。',
    role: '请选择角色。',
    phone: '电话只能包含数字、空格和 + - ( )。',
    date: '日期格式应为 YYYY-MM-DD。',
    datetime: '时间格式无效。',
    logoTooLarge: '图片太大（最多约 256 KB）。',
    logoFormat: '请上传 PNG 或 JPEG 图片。',
    choice: '请从列表中选择。',
    min: '不能小于 {{min}}。',
    max: '不能大于 {{max}}。',
    invalidType: '格式不对。',
    unknownField: '有未知的字段：{{keys}}。',
    invalid: '无效的值。'
  }
}
