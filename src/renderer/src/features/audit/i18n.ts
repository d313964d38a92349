const zh = {
  title: 'audit'
}

export const auditStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'audit'
  }
}
