import { referralsEn } from './strings/en'
import { referralsZh } from './strings/zh'

export const referralsStrings = { 'zh-CN': referralsZh, en: referralsEn }
