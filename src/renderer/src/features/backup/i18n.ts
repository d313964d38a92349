import { backupEn } from './strings/en'
import { backupZh } from './strings/zh'

const zh = backupZh

/** Backups, restore, retention and the student record export (`t('backup.…')`): Chinese first, English of the same shape. */
export const backupStrings: { 'zh-CN': typeof zh; en: typeof zh } = { 'zh-CN': zh, en: backupEn }
