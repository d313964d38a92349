import type { TemplateDefinition } from '@shared/contract/noteTemplates'
import { field, l, required } from './build'

/** 个体咨询（SOAP）: subjective, objective, assessment, plan; one section each, in that order. */
export const SESSION_SOAP: TemplateDefinition = {
  key: 'session_soap',
  name: l('个体咨询记录（SOAP）', 'Counselling session (SOAP)'),
  layout: 'soap',
  risk: 'optional',
  kinds: ['counselling', 'follow_up'],
  sections: [
    { key: 'subjective', title: l('S 主观资料', 'S Subjective'), fields: [field('subjective', 'textarea', '来访者自述', 'What the student reports', required)] },
    { key: 'objective', title: l('O 客观资料', 'O Objective'), fields: [field('objective', 'textarea', '咨询师观察', 'What the counsellor observed')] },
    { key: 'assessment', title: l('A 评估', 'A Assessment'), fields: [field('assessment', 'textarea', '评估与分析', 'Assessment', required)] },
    {
      key: 'plan',
      title: l('P 计划', 'P Plan'),
      fields: [field('plan', 'textarea', '下一步计划', 'Next steps', required), field('next_session', 'date', '下次咨询日期', 'Next session')]
    }
  ]
}

/** 个体咨询（DAP）: data, assessment, plan. */
export const SESSION_DAP: TemplateDefinition = {
  key: 'session_dap',
  name: l('个体咨询记录（DAP）', 'Counselling session (DAP)'),
  layout: 'dap',
  risk: 'optional',
  kinds: ['counselling', 'follow_up'],
  sections: [
    { key: 'data', title: l('D 资料', 'D Data'), fields: [field('data', 'textarea', '会谈内容与观察', 'What was said and observed', required)] },
    { key: 'assessment', title: l('A 评估', 'A Assessment'), fields: [field('assessment', 'textarea', '评估与分析', 'Assessment', required)] },
    {
      key: 'plan',
      title: l('P 计划', 'P Plan'),
      fields: [field('plan', 'textarea', '下一步计划', 'Next steps', required), field('next_session', 'date', '下次咨询日期', 'Next session')]
    }
  ]
}

/** 团体辅导: one note per session of a group (or an open day), on the group as a whole. */
export const GROUP: TemplateDefinition = {
  key: 'group',
  name: l('团体辅导记录', 'Group session'),
  layout: 'free',
  risk: 'none',
  kinds: ['group', 'open_day'],
  sections: [
    {
      key: 'session',
      title: l('活动概况', 'Session'),
      fields: [
        field('theme', 'text', '活动主题', 'Theme', { ...required, maxLength: 200 }),
        field('session_number', 'number', '第几次活动', 'Session number'),
        field('attendance', 'number', '出席人数', 'Attendance')
      ]
    },
    {
      key: 'process',
      title: l('过程记录', 'Process'),
      fields: [
        field('engagement', 'textarea', '成员参与情况', 'Members’ engagement', required),
        field('observations', 'textarea', '观察与反思', 'Observations and reflections')
      ]
    },
    { key: 'next', title: l('下次安排', 'Next session'), fields: [field('next_session', 'textarea', '下次活动安排', 'Plan for the next session')] }
  ]
}

/** 电话/线上咨询: a contact by phone, video or message. */
export const REMOTE: TemplateDefinition = {
  key: 'remote',
  name: l('电话/线上咨询记录', 'Phone or online contact'),
  layout: 'free',
  risk: 'optional',
  kinds: ['remote'],
  sections: [
    {
      key: 'contact',
      title: l('联系方式', 'Contact'),
      fields: [
        field('channel', 'select', '方式', 'Channel', {
          ...required,
          options: [
            ['phone', '电话', 'Phone'],
            ['video', '视频', 'Video call'],
            ['text', '文字（微信/邮件）', 'Text (WeChat or e-mail)']
          ]
        }),
        field('duration_minutes', 'number', '时长（分钟）', 'Duration (minutes)')
      ]
    },
    { key: 'summary', title: l('内容摘要', 'Summary'), fields: [field('summary', 'textarea', '沟通内容', 'What was discussed', required)] },
    { key: 'plan', title: l('后续计划', 'Plan'), fields: [field('plan', 'textarea', '后续安排', 'Next steps')] }
  ]
}

/** 结案: why the work ends, what it achieved and what is recommended. */
export const CLOSURE: TemplateDefinition = {
  key: 'closure',
  name: l('结案记录', 'Case closure'),
  layout: 'free',
  risk: 'optional',
  kinds: ['counselling'],
  sections: [
    {
      key: 'reason',
      title: l('结案原因', 'Reason for closure'),
      fields: [
        field('closure_reason', 'select', '结案原因', 'Reason', {
          ...required,
          options: [
            ['goals_met', '咨询目标达成', 'Goals met'],
            ['student_request', '来访者要求结束', 'At the student’s request'],
            ['referred', '转介', 'Referred elsewhere'],
            ['left_school', '毕业/离校', 'Graduated or left'],
            ['no_contact', '失去联系', 'Lost contact'],
            ['other', '其他', 'Other']
          ]
        }),
        field('sessions_total', 'number', '咨询次数', 'Number of sessions'),
        field('reason_detail', 'textarea', '说明', 'Details')
      ]
    },
    { key: 'work', title: l('咨询过程', 'Summary of work'), fields: [field('summary_of_work', 'textarea', '咨询过程概述', 'Summary of the work', required)] },
    {
      key: 'outcome',
      title: l('咨询效果', 'Outcome'),
      fields: [
        field('outcome', 'select', '效果评估', 'Outcome', {
          ...required,
          options: [
            ['improved', '明显改善', 'Much improved'],
            ['partly', '部分改善', 'Partly improved'],
            ['unchanged', '无明显变化', 'Unchanged'],
            ['worse', '有所恶化', 'Worse']
          ]
        }),
        field('outcome_detail', 'textarea', '效果说明', 'Outcome details')
      ]
    },
    { key: 'recommendations', title: l('建议', 'Recommendations'), fields: [field('recommendations', 'textarea', '后续建议', 'Recommendations')] }
  ]
}
