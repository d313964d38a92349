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
      alreadyActive: '该账户已是启用状态。',
      stationsPartTimeOnly: '只有兼职咨询师需要设置学院工作站。',
      unknownCollege: '所选学院中有不存在的学院，可能已被删除。'
    },
    students: {
      studentNoTaken: '学号 {{studentNo}} 已被另一名学生使用。',
      classNeedsCollege: '选择班级前请先选择学院。',
      unknownCollege: '该学院不存在，可能已被删除。',
      unknownClass: '该班级不存在，可能已被删除。',
      classNotInCollege: '该班级不属于所选的学院。',
      outsideStations: '您只能把学生安排在自己负责的学院工作站。'
    },
    import: {
      unreadable: '无法读取该文件。请上传 CSV 或 XLSX 格式的名单。',
      empty: '文件中没有找到表头和数据行。',
      quoteNotClosed: '文件中有未配对的引号，无法确定各列的内容。请在 Excel 中另存为 CSV 后重试。',
      noStudentNoColumn: '请指定哪一列是学号。',
      noNameColumn: '请指定哪一列是姓名。',
      columnOutOfRange: '所选的列在文件中不存在。',
      required: '{{column}}为空。',
      studentNo: '{{column}}“{{value}}”格式不对：应为 4–20 位字母、数字或短横线。',
      duplicateStudentNo: '学号 {{value}} 与第 {{otherRow}} 行重复。',
      gender: '{{column}}“{{value}}”无法识别，请填写 男 或 女。',
      date: '{{column}}“{{value}}”不是有效日期，请写成 2004-05-06 这样的格式。',
      status: '{{column}}“{{value}}”无法识别，请填写 在读、休学、毕业 或 退学。',
      phone: '{{column}}“{{value}}”只能包含数字、空格和 + - ( )。',
      tooLong: '{{column}}太长（最多 {{max}} 个字符）。',
      classNeedsCollege: '班级“{{value}}”需要同时填写学院（没有或有多个同名班级）。',
      rowsInvalid: '名单中有 {{count}} 处问题，未导入任何学生。请改正后重新导入。',
      missingOrg: '名单中有尚未设置的学院或班级，未导入任何学生。请先创建它们，或选择自动创建。',
      missingCollege: '学院“{{college}}”尚未设置。',
      missingClass: '班级“{{college}} / {{className}}”尚未设置。'
    },
    watch: {
      sameTier: '该学生已在此关注等级，无需更改。',
      notOnList: '该学生不在关注名单上，无需移出。',
      itemDone: '该事项已完成。',
      itemSuperseded: '关注等级已变更，该事项已由新的清单取代。',
      notCounsellor: '请选择一位在职的咨询师（专职、兼职或中心主任）。',
      dateInFuture: '随访日期不能晚于今天。',
      notOnAgenda: '该学生不在这次研判的议程上。'
    },
    appointments: {
      notYourCalendar: '您只能处理自己日程中的预约和可预约时间。',
      notCounsellor: '请选择一位在职的咨询师（专职、兼职或中心主任）。',
      roomNotInUse: '该房间不存在或已停用。',
      clashCounsellor: '{{counsellor}} 在 {{date}} {{time}} 已有预约，时间冲突。',
      clashRoom: '{{room}} 在 {{date}} {{time}} 已被占用。',
      clashStudent: '{{student}} 在 {{date}} {{time}} 已有其他预约。',
      outsideAvailability: '{{date}} {{time}} 不在 {{counsellor}} 的可预约时间内。如确需安排，请填写原因。',
      onLeave: '{{counsellor}} 在 {{date}} 请假或外出培训，不接待预约。如确需安排，请填写原因。',
      endBeforeStart: '结束时间必须晚于开始时间。',
      slotOverlap: '与第 {{other}} 个时段在同一天重叠。',
      toBeforeFrom: '结束日期不能早于开始日期。',
      rangeTooLong: '一次最多查看 6 周。',
      alreadyWaiting: '该学生已在候约名单上。',
      waitlistClosed: '该候约记录已关闭（已预约或已移出）。',
      waitlistOtherStudent: '该候约记录属于另一名学生。',
      groupHasNoStudent: '团体辅导和开放日不指定单个学生，请在预约后添加参加者。',
      capacityGroupOnly: '只有团体辅导和开放日需要设置人数上限。',
      notBooked: '只有“已预约”状态的预约可以修改（已到访或已取消的保持不变）。',
      attendFuture: '预约日期还没到，不能标记为已到访。',
      notGroup: '只有团体辅导和开放日可以添加参加者。',
      studentOrAnonymous: '请选择一名学生，或填写匿名来访人数，二者选一。',
      full: '名额已满（上限 {{capacity}} 人）。',
      alreadyParticipant: '该学生已在参加者名单中。'
    },
    notes: {
      signed: '该记录已签署，不能再修改。更正请添加补充说明。',
      notSigned: '只有已签署的记录可以添加补充说明。',
      notAuthor: '只有记录的撰写者可以编辑、删除或签署这份记录。',
      draftOfOther: '这是另一位咨询师尚未签署的草稿。',
      addendumAuthorOrAdmin: '只有记录的撰写者或中心主任可以添加补充说明。',
      unknownTemplate: '该记录模板不存在。',
      templateRetired: '该记录模板已停用，请选择其他模板。',
      unknownAppointment: '该预约不存在，可能已被删除。',
      appointmentOtherStudent: '该预约不属于这名学生，请从该学生的预约中选择。',
      appointmentNotAttended: '只能为已到访的预约撰写记录。请先将预约标记为已到访。',
      unknownField: '该字段不属于此记录模板。',
      unknownCategory: '该问题类别不存在或已停用。',
      categoryRequired: '签署前请至少选择一个问题类别。',
      riskRequired: '此模板要求完成风险评估后才能签署。',
      noRiskSection: '此模板不包含风险评估。',
      levelNeedsRisk: '请先完成风险评估，再设定风险等级。',
      lowerReasonRequired: '风险等级低于评估结果时，必须写明理由。'
    },
    noteSettings: {
      categoryInUse: '内置类别和已有记录使用的类别不能删除，可以改为停用。',
      noActiveCategory: '至少需要保留一个启用的问题类别。'
    },
    alerts: {
      resolved: '该危机预警已由他人处理并记录，无需重复处理。'
    },
    referrals: {
      notDraft: '转介单已发出，不能再修改。只有草稿状态的转介单可以编辑。',
      notNextStep: '不能跳过步骤：只能进入转介流程的下一步。',
      closed: '该转介已结案。如需继续跟进，请先以书面理由重新打开（退回到“随访”）。',
      changed: '该转介刚被他人更新，请刷新后再操作。',
      draftNoBack: '草稿是转介的第一步，没有可以退回的上一步。',
      dateInFuture: '日期不能晚于今天。',
      dateBeforePrevious: '日期不能早于上一步的日期（{{date}}）。',
      untilBeforeStart: '休学截止日期不能早于休学开始的日期。',
      unknownDetail: '这一步不记录该项内容。',
      unknownHospital: '医院目录中没有这家医院，可能已被删除。',
      hospitalInactive: '这家医院已停用，请选择其他医院。',
      hospitalTaken: '医院目录中已有同名医院和科室。',
      requiredForLetter: '打印转介函或标记为“已送诊”前必须填写此项。',
      familyInformedRequired: '该学生处于危机等级：标记为“已送诊”前，必须记录已告知家属（告知对象和日期）。',
      returnFormTooEarly: '记录医院的诊疗结果后，才能打印复学评估表。'
    },
    screening: {
      kindChanged: '量表类型（按条目计分或已分级）不能更改，请新建一个量表。',
      unknownInstrument: '没有这个量表。',
      notAdministrable: '这个量表不能在系统内施测，只能从测评平台导入结果。',
      answerCount: '答案个数不对：这个量表有 {{count}} 个条目，每个条目都需要作答。',
      answerOutOfRange: '第 {{item}} 题的答案超出范围（{{min}}–{{max}}）。',
      dateInFuture: '测评日期不能晚于今天。'
    },
    screeningImport: {
      unknownRound: '没有这个筛查批次。',
      unknownPlatform: '没有这个已保存的平台格式，可能已被删除。',
      unknownInstrument: '没有量表“{{instrument}}”。',
      noStudentNoColumn: '没有找到学号列，请指定哪一列是学号。',
      columnOutOfRange: '所选的第 {{number}} 列不存在（文件只有 {{count}} 列）。',
      columnUsedTwice: '“{{column}}”列被指定了两次，每一列只能对应一项。',
      duplicateInstrument: '量表 {{instrument}} 被指定了两次。',
      noLevelColumn: '请指定哪一列是 {{instrument}} 的分级结果。',
      noItemColumns: '没有找到 {{instrument}} 的条目列（共 {{expected}} 题），请逐题指定。',
      itemCount: '{{instrument}} 共 {{expected}} 题，但指定了 {{count}} 列。',
      unknownExtra: '{{instrument}} 没有附加项“{{extra}}”。',
      columnCount: '这一行有 {{count}} 列，与表头的 {{expected}} 列不符，各列可能错位了。',
      required: '{{column}}为空。',
      duplicateStudent: '学号 {{value}} 与第 {{otherRow}} 行重复。',
      date: '{{column}}“{{value}}”不是有效日期，请写成 2025-09-20 这样的格式。',
      dateInFuture: '{{column}}“{{value}}”晚于今天。',
      blankAnswer: '{{column}}没有作答。',
      yesNo: '{{column}}的答案“{{value}}”无法识别，请填写 是 或 否（或 1、0）。',
      answer: '{{column}}的答案“{{value}}”超出范围，应为 {{min}} 到 {{max}} 之间的整数。',
      level: '{{column}}“{{value}}”不是可识别的分级结果。',
      alreadyInRoundDifferent: '学号 {{value}} 在本批次已有 {{instrument}} 结果，且答案与本文件不同。如需更正，请联系管理员。',
      rowsInvalid: '文件中有 {{count}} 处问题，未导入任何结果。请改正后重新导入。'
    },
    screeningInterview: {
      notFlagged: '没有这条筛查预警。',
      closed: '这次二次访谈已有结论（确认或误报），不能再更改。',
      alreadyBooked: '已为该学生预约了二次访谈。如需改时间，请在日程中修改那次预约。'
    },
    backup: {
      notABackup: '这个文件夹不是心安备份。',
      manifestMissing: '备份缺少清单文件 manifest.json：可能未复制完整或被改动过。',
      formatUnsupported: '此备份由更新版本的心安生成，请先升级心安。',
      truncated: '备份文件 {{file}} 不完整（缺失或大小不符），可能复制时中断。',
      tampered: '备份文件 {{file}} 与备份时不一致：已被改动或损坏。',
      corrupt: '备份数据库未通过完整性检查，无法使用。',
      notEncrypted: '备份数据库未加密，不是心安生成的备份，已拒绝。',
      wrongKey: '当前密钥无法打开此备份：它属于另一个中心的数据库。',
      tooNew: '此备份的数据库版本比当前心安新，请先升级心安。',
      foreignVault: '这是另一个中心的备份，不能覆盖本中心的数据。',
      wrongSecret: '密码或恢复码无法打开此备份（须为备份时有效的密码或恢复码）。',
      currentUnreadable: '无法读取当前数据的密钥文件，无法确认备份是否属于本中心。确认后可替换，现有文件会保留在数据文件夹中。',
      targetUnavailable: '无法写入所选文件夹（不存在、已拔出或只读）。',
      noSpace: '目标磁盘空间不足，备份未完成，未留下任何文件。',
      verifyFailed: '备份写入后未通过校验，已删除。请换一个磁盘再试。',
      restoreFailed: '恢复的数据库未通过检查，已放回原来的数据，没有任何改变。',
      rollbackFailed: '恢复失败，且原数据未能自动放回。原文件保存在：{{folder}}。请联系管理员。',
      failed: '备份未完成（意外错误），未留下任何文件。请重试；若仍失败，请联系技术支持。',
      noFolder: '尚未设置备份文件夹：请在 设置 → 备份与数据保留 中选择一个文件夹（例如 U 盘）。',
      folderNotAbsolute: '请填写完整的文件夹路径（例如 E:\\心安备份 或 /media/usb/心安备份）。',
      folderMissing: '这个文件夹不存在（或不是文件夹）。请先插入 U 盘或创建文件夹。',
      folderInDataDir: '备份不能放在心安的数据文件夹里：电脑损坏时会一起丢失。请选择 U 盘或其他磁盘。',
      changedSinceShown: '这个文件夹里的备份已与刚才显示的不同，请重新选择后再确认。',
      onlyFirstScreen: '只有在新安装或数据无法打开时，才能在登录前从备份恢复。已有数据时，请由管理员登录后在设置中恢复。'
    },
    retention: {
      countChanged: '待销毁的学生人数已变为 {{actual}}（确认时为 {{expected}}），请重新预览后再确认。'
    },
    activities: {
      notFound: '没有这条活动记录，可能已被移除。',
      notYours: '兼职咨询师只能修改或移除自己记录的活动。'
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
    invalid: '无效的值。',
    studentNo: '学号为 4–20 位字母、数字或短横线。',
    time: '时间格式应为 HH:mm。',
    key: '键名为小写字母开头的字母、数字或下划线（最多 40 个）。',
    templateOptions: '选择题需要选项，其他题型不能有选项。',
    templateDuplicateField: '同一模板中字段键名不能重复。',
    duplicate: '与前面的项目重复。',
    templateLayout: '此版式需要恰好 {{count}} 个部分。',
    fileTooLarge: '文件太大（最多约 30 MB）。',
    instrumentCondition: '每个条件只能写 score、items、extra 其中之一。',
    instrumentRuleEmpty: '规则至少需要一个条件。',
    instrumentAnswers: '答案范围无效：最大值须大于最小值，标签数须与答案个数一致。',
    instrumentItemTexts: '条目文字的数量须与条目数一致。',
    instrumentItem: '条目编号超出了量表的条目数。',
    instrumentScore: '没有这个分数或附加题（可用 total、positive、maxFactor 或因子键名）。',
    instrumentBands: '分段须按最低分从小到大排列，且不能重复。',
    wholeNumber: '请填写整数。',
    rangeOrder: '结束日期不能早于开始日期。',
    rangeTooLong: '一次最多统计 5 年。',
    channelOnlyForPublicity: '只有宣传推送需要填写渠道。',
    themeOnlyForEvents: '只有主题活动需要选择主题。',
    notInFuture: '日期不能晚于今天。'
  },
  /** Headlines of the student timeline; params are enum keys the renderer translates. */
  timeline: {
    referrals: {
      step: {
        draft: '开始填写转介单（{{date}}）',
        sent: '转介：已送诊（{{date}}）',
        seen: '转介：医院已接诊（{{date}}）',
        outcome: '转介：已记录诊疗结果（{{date}}）',
        on_leave: '转介：休学（{{date}}）',
        returned: '转介：复学返校（{{date}}）',
        follow_up: '转介：返校后随访（{{date}}）',
        closed: '转介：结案（{{date}}）'
      },
      back: {
        draft: '转介退回：草稿',
        sent: '转介退回：已送诊',
        seen: '转介退回：医院已接诊',
        outcome: '转介退回：已记录诊疗结果',
        on_leave: '转介退回：休学',
        returned: '转介退回：复学返校',
        follow_up: '转介重新打开：返校后随访'
      },
      contact: {
        family: '转介：与家属联系（{{date}}）',
        hospital: '转介：与医院联系（{{date}}）',
        advisor: '转介：与辅导员联系（{{date}}）',
        student: '转介：与学生联系（{{date}}）'
      }
    },
    notes: {
      signed: '咨询记录：{{template}}',
      signedLevel: '咨询记录：{{template}}（风险等级：{{level}}）',
      sensitive: '咨询记录（敏感，仅撰写者和中心主任可查看）'
    },
    appointments: {
      booked: '预约：{{appointmentKind}}（{{counsellor}}）',
      attended: '已到访：{{appointmentKind}}（{{counsellor}}）',
      cancelled: '预约已取消：{{appointmentKind}}（{{counsellor}}）'
    },
    screening: {
      result: '心理测评：{{instrument}}（{{date}}）',
      resultFlagged: '心理测评：{{instrument}}（{{date}}），筛查阳性',
      interview: {
        confirmed: '二次访谈：确认需要关注（{{round}}）',
        false_alarm: '二次访谈：排除，无需关注（{{round}}）',
        refused: '二次访谈：学生拒绝访谈（{{round}}）'
      }
    },
    watch: {
      tierSet: '列入关注名单：{{to}}',
      tierChanged: '关注等级调整：{{from}} → {{to}}',
      tierRemoved: '移出关注名单（原为{{from}}）',
      checklistDone: '已完成：{{item}}',
      planSaved: '一生一策（第 {{revision}} 版）',
      followUp: '随访：{{kind}}（{{channel}}）',
      reviewDecision: '每周研判（{{date}}）：{{decision}}'
    }
  }
}
