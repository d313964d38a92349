import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LOCALES } from '@shared/i18n'
import { setLocale } from '../../i18n'

/** 中文 / English before anyone has logged in; each name is written in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <Group gap={4} role="group" aria-label={t('auth.languageSwitch')}>
      {LOCALES.map((locale) => {
        const current = i18n.language === locale
        return (
          <Button
            key={locale}
            size="compact-sm"
            variant={current ? 'light' : 'subtle'}
            aria-pressed={current}
            lang={locale}
            onClick={() => setLocale(locale)}
          >
            {t(`language.${locale}`)}
          </Button>
        )
      })}
    </Group>
  )
}
