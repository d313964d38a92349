const zh = {
  title: 'home'
}

export const homeStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'home'
  }
}
