import { statsEn } from './strings/en'
import { statsZh } from './strings/zh'

const zh = statsZh

/** The statistics feature's strings (`t('stats.…')`): Chinese first, English of the same shape. */
export const statsStrings: { 'zh-CN': typeof zh; en: typeof zh } = { 'zh-CN': zh, en: statsEn }
