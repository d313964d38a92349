import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { coreMessages, type Locale } from '@shared/i18n'
import { commonEn, commonZh } from './common'
import { featureStrings } from '../features/strings'

const STORAGE_KEY = 'xinan.locale'

/** Core messages (errors.*, validation.*), shell strings and each feature's strings, per locale. */
function resources(locale: Locale): Record<string, unknown> {
  const core = coreMessages[locale]
  const common = locale === 'en' ? commonEn : commonZh
  const features = Object.fromEntries(Object.entries(featureStrings).map(([name, s]) => [name, s[locale]]))
  return { ...common, ...features, ...core, errors: { ...common.errors, ...core.errors } }
}

export function savedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'
}

export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
  void i18n.changeLanguage(locale)
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: resources('zh-CN') }, en: { translation: resources('en') } },
  lng: savedLocale(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false
})
document.documentElement.lang = savedLocale()

export default i18n
