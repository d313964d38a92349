const zh = {
  title: 'settings'
}

export const settingsStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'settings'
  }
}
