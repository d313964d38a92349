import { ActionIcon, Anchor, AppShell, Burger, Group, Menu, NavLink, Text, Tooltip, useMantineColorScheme } from '@mantine/core'
import { useCallback } from 'react'
import { useDisclosure } from '@mantine/hooks'
import { IconLanguage, IconLock, IconLogout, IconMoon, IconSun } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterNavLink, Navigate, Route, Routes, useLocation } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { LOCALES } from '@shared/i18n'
import { setLocale } from '../i18n'
import { SECTIONS } from './sections'
import { SpotlightButton, StudentSpotlight } from './Spotlight'
import { useAppSession, useSession } from './session'
import { useIdleLock } from './useIdleLock'

export function Shell() {
  const { t, i18n } = useTranslation()
  const { status, lock, logout } = useAppSession()
  const session = useSession()
  const [navOpen, { toggle }] = useDisclosure()
  const { colorScheme, toggleColorScheme } = useMantineColorScheme()
  const location = useLocation()
  const lockForIdle = useCallback(() => void lock('idle'), [lock])
  useIdleLock(session.idleTimeoutMinutes, lockForIdle)

  const sections = SECTIONS.filter((s) => !s.needs || roleMayCall(session.user.role, s.needs))
  const dark = colorScheme === 'dark'
  const canSearch = roleMayCall(session.user.role, 'students.search')

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <Anchor href="#main" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus() }}>
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNav')} />
            <Text fw={700} size="lg">{t('app.name')}</Text>
            <Text c="dimmed" size="sm" truncate>{status?.centreName}</Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {canSearch && <SpotlightButton />}
            <Text size="sm" visibleFrom="md">
              {t('shell.signedInAs', { name: session.user.displayName, role: t(`roles.${session.user.role}`) })}
            </Text>
            <Menu position="bottom-end">
              <Menu.Target>
                <Tooltip label={t('shell.language')}>
                  <ActionIcon variant="subtle" size="lg" aria-label={t('shell.language')}>
                    <IconLanguage size={20} />
                  </ActionIcon>
                </Tooltip>
              </Menu.Target>
              <Menu.Dropdown>
                {LOCALES.map((locale) => (
                  <Menu.Item key={locale} onClick={() => setLocale(locale)} aria-current={i18n.language === locale}>
                    {t(`language.${locale}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Tooltip label={dark ? t('shell.themeLight') : t('shell.themeDark')}>
              <ActionIcon variant="subtle" size="lg" onClick={toggleColorScheme} aria-label={dark ? t('shell.themeLight') : t('shell.themeDark')}>
                {dark ? <IconSun size={20} /> : <IconMoon size={20} />}
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('shell.lock')}>
              <ActionIcon variant="light" size="lg" onClick={() => void lock('button')} aria-label={t('shell.lock')}>
                <IconLock size={20} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('shell.logout')}>
              <ActionIcon variant="subtle" size="lg" onClick={() => void logout()} aria-label={t('shell.logout')}>
                <IconLogout size={20} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {sections.map((s) => (
          <NavLink
            key={s.path}
            component={RouterNavLink}
            to={s.path}
            end={s.path === '/'}
            label={t(s.labelKey)}
            leftSection={<s.icon size={18} stroke={1.6} />}
            active={s.path === '/' ? location.pathname === '/' : location.pathname.startsWith(s.path)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Routes>
          {sections.map((s) => (
            <Route key={s.path} path={s.path === '/' ? '/' : `${s.path}/*`} element={<s.Page />} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell.Main>
      {canSearch && <StudentSpotlight />}
    </AppShell>
  )
}
