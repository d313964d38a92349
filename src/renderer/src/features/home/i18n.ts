const zh = {
  greeting: {
    morning: '早上好，{{name}}',
    afternoon: '下午好，{{name}}',
    evening: '晚上好，{{name}}'
  },
  today: '今天是 {{date}}。',
  role: '您的角色：{{role}}',
  sectionsTitle: '您可以使用的功能',
  sectionsIntro: '也可以用左侧的导航打开它们。'
}

export const homeStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    greeting: {
      morning: 'Good morning, {{name}}',
      afternoon: 'Good afternoon, {{name}}',
      evening: 'Good evening, {{name}}'
    },
    today: 'Today is {{date}}.',
    role: 'Your role: {{role}}',
    sectionsTitle: 'What you can open',
    sectionsIntro: 'The navigation on the left opens them too.'
  }
}
