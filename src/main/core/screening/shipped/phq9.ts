import type { InstrumentDefinition } from '@shared/contract/instruments'

const L = (zh: string, en: string): { 'zh-CN': string; en: string } => ({ 'zh-CN': zh, en })

/** Answers over the last two weeks, shared by PHQ-9 and GAD-7. */
export const FREQUENCY_ANSWERS = [L('完全不会', 'Not at all'), L('好几天', 'Several days'), L('一半以上的天数', 'More than half the days'), L('几乎每天', 'Nearly every day')]

/** PHQ-9 (Kroenke, Spitzer & Williams), free to reproduce: items 0–3, total 0–27; item 9 > 0 is a key item. */
export const PHQ9: InstrumentDefinition = {
  key: 'phq9',
  name: L('患者健康问卷抑郁量表（PHQ-9）', 'Patient Health Questionnaire (PHQ-9)'),
  short: 'PHQ-9',
  kind: 'items',
  administrable: true,
  instructions: L('在过去两周里，你有多少时间受到以下任何问题所困扰？', 'Over the last 2 weeks, how often have you been bothered by any of the following problems?'),
  itemCount: 9,
  itemTexts: [
    L('做事时提不起劲或没有兴趣', 'Little interest or pleasure in doing things'),
    L('感到心情低落、沮丧或绝望', 'Feeling down, depressed, or hopeless'),
    L('入睡困难、睡不安稳或睡眠过多', 'Trouble falling or staying asleep, or sleeping too much'),
    L('感觉疲倦或没有活力', 'Feeling tired or having little energy'),
    L('食欲不振或吃太多', 'Poor appetite or overeating'),
    L('觉得自己很糟，或觉得自己很失败，或让自己或家人失望', 'Feeling bad about yourself, or that you are a failure or have let yourself or your family down'),
    L('对事物专注有困难，例如阅读报纸或看电视时', 'Trouble concentrating on things, such as reading the newspaper or watching television'),
    L(
      '动作或说话速度缓慢到别人已经察觉？或正好相反，烦躁或坐立不安、动来动去的情况更胜于平常',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite, being so fidgety or restless that you have been moving around a lot more than usual'
    ),
    L('有不如死掉或用某种方式伤害自己的念头', 'Thoughts that you would be better off dead or of hurting yourself in some way')
  ],
  answers: { min: 0, max: 3, labels: FREQUENCY_ANSWERS },
  unscoredItems: [],
  factors: [],
  extras: [],
  bands: [
    { min: 0, key: 'minimal', label: L('无或极轻微', 'Minimal') },
    { min: 5, key: 'mild', label: L('轻度', 'Mild') },
    { min: 10, key: 'moderate', label: L('中度', 'Moderate') },
    { min: 15, key: 'moderately_severe', label: L('中重度', 'Moderately severe') },
    { min: 20, key: 'severe', label: L('重度', 'Severe') }
  ],
  flags: [
    { key: 'severe', label: L('重度抑郁症状', 'Severe depressive symptoms'), severity: 4, all: [{ score: 'total', op: 'gte', value: 20 }], any: [] },
    { key: 'moderately_severe', label: L('中重度抑郁症状', 'Moderately severe depressive symptoms'), severity: 3, all: [{ score: 'total', op: 'gte', value: 15 }], any: [] },
    { key: 'moderate', label: L('中度抑郁症状', 'Moderate depressive symptoms'), severity: 2, all: [{ score: 'total', op: 'gte', value: 10 }], any: [] }
  ],
  keyItems: [{ item: 9, op: 'gt', value: 0, severity: 4, flags: true, alert: true }],
  levels: [],
  columnPrefixes: ['phq9', 'phq']
}

/** GAD-7 (Spitzer et al.), free to reproduce: items 0–3, total 0–21, bands 5/10/15. */
export const GAD7: InstrumentDefinition = {
  key: 'gad7',
  name: L('广泛性焦虑量表（GAD-7）', 'Generalized Anxiety Disorder scale (GAD-7)'),
  short: 'GAD-7',
  kind: 'items',
  administrable: true,
  instructions: L('在过去两周里，你有多少时间受到以下任何问题所困扰？', 'Over the last 2 weeks, how often have you been bothered by the following problems?'),
  itemCount: 7,
  itemTexts: [
    L('感觉紧张、焦虑或急切', 'Feeling nervous, anxious, or on edge'),
    L('不能够停止或控制担忧', 'Not being able to stop or control worrying'),
    L('对各种各样的事情担忧过多', 'Worrying too much about different things'),
    L('很难放松下来', 'Trouble relaxing'),
    L('由于不安而无法静坐', 'Being so restless that it is hard to sit still'),
    L('变得容易烦恼或急躁', 'Becoming easily annoyed or irritable'),
    L('感到似乎将有可怕的事情发生而害怕', 'Feeling afraid, as if something awful might happen')
  ],
  answers: { min: 0, max: 3, labels: FREQUENCY_ANSWERS },
  unscoredItems: [],
  factors: [],
  extras: [],
  bands: [
    { min: 0, key: 'minimal', label: L('无或极轻微', 'Minimal') },
    { min: 5, key: 'mild', label: L('轻度', 'Mild') },
    { min: 10, key: 'moderate', label: L('中度', 'Moderate') },
    { min: 15, key: 'severe', label: L('重度', 'Severe') }
  ],
  flags: [
    { key: 'severe', label: L('重度焦虑症状', 'Severe anxiety symptoms'), severity: 3, all: [{ score: 'total', op: 'gte', value: 15 }], any: [] },
    { key: 'moderate', label: L('中度焦虑症状', 'Moderate anxiety symptoms'), severity: 2, all: [{ score: 'total', op: 'gte', value: 10 }], any: [] }
  ],
  keyItems: [],
  levels: [],
  columnPrefixes: ['gad7', 'gad']
}
