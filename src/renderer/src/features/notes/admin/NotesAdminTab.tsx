import { Stack, Tabs, Text } from '@mantine/core'
import { IconCategory, IconFileDescription, IconScale } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { CategoriesSection } from './CategoriesSection'
import { RiskRulesSection } from './RiskRulesSection'
import { TemplatesSection } from './TemplatesSection'

/** The settings page's "templates and rules" tab (admin): note templates, problem categories, risk rules. */
export function NotesAdminTab() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Text size="sm">{t('notesAdmin.intro')}</Text>
      {/* Each part mounts when opened, so it reads fresh data and unsaved edits of another part are not mixed in. */}
      <Tabs defaultValue="templates" keepMounted={false} variant="pills">
        <Tabs.List aria-label={t('notesAdmin.tabs.label')} mb="md">
          <Tabs.Tab value="templates" leftSection={<IconFileDescription size={16} aria-hidden />}>
            {t('notesAdmin.tabs.templates')}
          </Tabs.Tab>
          <Tabs.Tab value="categories" leftSection={<IconCategory size={16} aria-hidden />}>
            {t('notesAdmin.tabs.categories')}
          </Tabs.Tab>
          <Tabs.Tab value="rules" leftSection={<IconScale size={16} aria-hidden />}>
            {t('notesAdmin.tabs.riskRules')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="templates">
          <TemplatesSection />
        </Tabs.Panel>
        <Tabs.Panel value="categories">
          <CategoriesSection />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <RiskRulesSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
