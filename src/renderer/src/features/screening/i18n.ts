import { screeningEn } from './strings/en'
import { screeningZh } from './strings/zh'

const zh = screeningZh

/** The screening feature's strings (`t('screening.…')`): Chinese first, English of the same shape. */
export const screeningStrings: { 'zh-CN': typeof zh; en: typeof zh } = { 'zh-CN': zh, en: screeningEn }
