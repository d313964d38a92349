import { CENTRE_TIME_ZONE } from '@shared/centreTime'
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { SECTIONS } from '../../app/sections'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { AppointmentsDashboard } from '../appointments/desk/AppointmentsDashboard'
import { BackupAlert } from '../backup/BackupAlert'
import { MyDrafts } from '../notes/MyDrafts'
import { AlertsCard } from '../notes/alerts/AlertsCard'
import { OverdueReferralsCard } from '../referrals/OverdueReferralsCard'
import { WatchDashboard } from './WatchDashboard'

/** The hour of the day at the centre, whatever zone the PC is set to. */
const centreHour = (now: Date): number =>
  Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: CENTRE_TIME_ZONE }).format(now))

function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour >= 5 && hour < 12) return 'morning'
  if (hour >= 12 && hour < 18) return 'afternoon'
  return 'evening'
}

/** The first page after login: who is signed in, today's date, and the sections their role opens. */
export function HomePage() {
  const { t, i18n } = useTranslation()
  const { user } = useSession()
  const now = new Date()
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: CENTRE_TIME_ZONE }).format(now)
  const sections = SECTIONS.filter((s) => s.path !== '/' && (!s.needs || roleMayCall(user.role, s.needs)))

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t(`home.greeting.${partOfDay(centreHour(now))}`, { name: user.displayName })}</PageTitle>
        <Text>{t('home.today', { date })}</Text>
        <Text>{t('home.role', { role: t(`roles.${user.role}`) })}</Text>
      </div>
      {/* First, before anything else: an open crisis alert must be impossible to miss. */}
      {roleMayCall(user.role, 'alerts.list') && <AlertsCard />}
      {/* Then a failed or overdue backup: everyone sees it, until a backup succeeds. */}
      {roleMayCall(user.role, 'backup.status') && <BackupAlert />}
      {roleMayCall(user.role, 'appointments.dashboard') && <AppointmentsDashboard />}
      {roleMayCall(user.role, 'watch.dashboard') && <WatchDashboard />}
      {roleMayCall(user.role, 'referrals.list') && <OverdueReferralsCard />}
      {roleMayCall(user.role, 'notes.myDrafts') && <MyDrafts />}
      <section aria-labelledby="home-sections">
        <Title order={2} size="h4" id="home-sections">
          {t('home.sectionsTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('home.sectionsIntro')}
        </Text>
        <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {sections.map((s) => (
            <li key={s.path}>
              <Button
                component={Link}
                to={s.path}
                variant="light"
                size="md"
                fullWidth
                justify="flex-start"
                leftSection={<s.icon size={20} stroke={1.6} />}
              >
                {t(s.labelKey)}
              </Button>
            </li>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  )
}
