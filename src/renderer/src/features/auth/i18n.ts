const zh = {
  title: 'auth'
}

export const authStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'auth'
  }
}
