import type { TemplateDefinition } from '@shared/contract/noteTemplates'
import { field, l, required } from './build'

/** 初始访谈: the first session, the whole picture; the risk assessment is part of it. */
export const INTAKE: TemplateDefinition = {
  key: 'intake',
  name: l('初始访谈', 'Intake assessment'),
  layout: 'free',
  risk: 'required',
  kinds: ['intake'],
  sections: [
    {
      key: 'referral',
      title: l('来访途径', 'Referral'),
      fields: [
        field('referral_source', 'select', '来访途径', 'Referral source', {
          ...required,
          options: [
            ['self', '主动求助', 'Self-referred'],
            ['advisor', '辅导员转介', 'Referred by the counsellor (辅导员)'],
            ['teacher', '任课教师转介', 'Referred by a teacher'],
            ['peer', '同学/朋友陪同', 'Brought by a classmate or friend'],
            ['family', '家长联系', 'Contacted by the family'],
            ['screening', '心理普查筛查', 'Mental health screening'],
            ['hospital', '医院转介', 'Referred by a hospital'],
            ['other', '其他', 'Other']
          ]
        }),
        field('referral_detail', 'text', '转介说明', 'Referral details', { maxLength: 500 })
      ]
    },
    {
      key: 'presenting',
      title: l('主诉问题', 'Presenting problem'),
      fields: [
        field('presenting_problem', 'textarea', '主诉（来访者自述的主要困扰）', 'Presenting problem (in the student’s words)', required),
        field('onset', 'textarea', '起因与持续时间', 'Onset, triggers and duration')
      ]
    },
    {
      key: 'history',
      title: l('既往史', 'History'),
      fields: [
        field('psych_history', 'textarea', '既往心理咨询/精神科就诊史', 'Past counselling or psychiatric treatment'),
        field('medical_history', 'textarea', '躯体疾病与目前用药', 'Physical illness and current medication')
      ]
    },
    {
      key: 'family',
      title: l('家庭情况', 'Family'),
      fields: [field('family_background', 'textarea', '家庭结构、成员关系与重大变故', 'Family structure, relationships and major events')]
    },
    {
      key: 'social',
      title: l('社会功能与支持', 'Social functioning'),
      fields: [
        field('social_functioning', 'textarea', '学业、人际与日常生活功能', 'Study, relationships and daily functioning'),
        field('support_system', 'textarea', '社会支持系统', 'Support network')
      ]
    },
    {
      key: 'mental_status',
      title: l('精神状态检查', 'Mental status'),
      fields: [
        field('appearance', 'textarea', '外表与行为', 'Appearance and behaviour'),
        field('mood_affect', 'textarea', '情绪与情感', 'Mood and affect', required),
        field('thought', 'textarea', '思维过程与内容', 'Thought process and content'),
        field('perception_cognition', 'textarea', '感知觉、定向与认知', 'Perception, orientation and cognition'),
        field('insight', 'select', '自知力', 'Insight', {
          options: [
            ['full', '完整', 'Full'],
            ['partial', '部分', 'Partial'],
            ['none', '缺乏', 'Absent']
          ]
        })
      ]
    },
    {
      key: 'assessment',
      title: l('评估印象', 'Assessment'),
      fields: [
        field('assessment', 'textarea', '初步评估与个案概念化', 'Initial assessment and case formulation', required),
        field('psychiatric_referral', 'checkbox', '建议精神科就诊', 'Psychiatric assessment recommended')
      ]
    },
    {
      key: 'plan',
      title: l('咨询计划', 'Plan'),
      fields: [
        field('plan', 'textarea', '咨询目标与计划', 'Goals and plan', required),
        field('next_session', 'date', '下次咨询日期', 'Next session')
      ]
    }
  ]
}

/** 危机干预: what happened, what was done, who was told; the risk assessment is part of it. */
export const CRISIS: TemplateDefinition = {
  key: 'crisis',
  name: l('危机干预', 'Crisis intervention'),
  layout: 'free',
  risk: 'required',
  kinds: ['crisis'],
  sections: [
    {
      key: 'situation',
      title: l('危机情况', 'Situation'),
      fields: [
        field('reported_by', 'select', '信息来源', 'Reported by', {
          options: [
            ['self', '学生本人', 'The student'],
            ['roommate', '室友/同学', 'Roommate or classmate'],
            ['advisor', '辅导员', 'Counsellor (辅导员)'],
            ['family', '家长', 'Family'],
            ['security', '保卫处', 'Campus security'],
            ['hospital', '医院', 'Hospital'],
            ['other', '其他', 'Other']
          ]
        }),
        field('situation', 'textarea', '事件经过与当前状态', 'What happened and the present state', required)
      ]
    },
    {
      key: 'intervention',
      title: l('干预措施', 'Intervention'),
      fields: [field('intervention', 'textarea', '采取的干预措施', 'Intervention carried out', required)]
    },
    {
      key: 'safety',
      title: l('安全计划', 'Safety plan'),
      fields: [
        field('safety_plan', 'textarea', '安全计划（预警信号、应对方式、求助对象）', 'Safety plan (warning signs, coping, whom to call)', required),
        field('means_restricted', 'checkbox', '已限制接触危险物品', 'Access to means restricted')
      ]
    },
    {
      key: 'contacts',
      title: l('联络情况', 'Contacts made'),
      fields: [
        field('contacts_made', 'multiselect', '已联络', 'Contacted', {
          ...required,
          options: [
            ['parents', '家长/监护人', 'Parents or guardian'],
            ['advisor', '辅导员', 'Counsellor (辅导员)'],
            ['college_leader', '学院领导', 'College leadership'],
            ['security', '保卫处', 'Campus security'],
            ['psychiatrist', '精神专科医院', 'Psychiatric hospital'],
            ['emergency', '120/110', 'Emergency services (120/110)'],
            ['none', '暂未联络', 'No one yet']
          ]
        }),
        field('contacts_detail', 'textarea', '联络经过', 'Details of the contacts')
      ]
    },
    {
      key: 'follow_up',
      title: l('后续安排', 'Follow-up'),
      fields: [
        field('follow_up', 'textarea', '后续安排（陪护、转介、复诊）', 'Follow-up (accompaniment, referral, review)', required),
        field('handed_to_guardian', 'checkbox', '已移交监护人', 'Handed over to the guardian')
      ]
    }
  ]
}
