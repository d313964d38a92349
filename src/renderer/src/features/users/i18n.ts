const zh = {
  title: 'users'
}

export const usersStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'users'
  }
}
