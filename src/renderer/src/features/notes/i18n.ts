import { writeEn } from './strings/writeEn'
import { writeZh } from './strings/writeZh'

const zh = {
  title: '咨询记录',
  ...writeZh
}

export const notesStrings: { 'zh-CN': typeof zh; en: typeof zh } = {
  'zh-CN': zh,
  en: {
    title: 'Counselling notes',
    ...writeEn
  }
}
