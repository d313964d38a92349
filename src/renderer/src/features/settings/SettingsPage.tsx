import { Tabs } from '@mantine/core'
import {
  IconBuildingCommunity,
  IconBuildingHospital,
  IconCalendarEvent,
  IconDatabase,
  IconDoor,
  IconFileDescription,
  IconHierarchy2,
  IconReportMedical,
  IconShieldLock
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { AppointmentSettingsTab } from '../appointments/desk/AppointmentSettingsTab'
import { BackupTab } from '../backup/BackupTab'
import { NotesAdminTab } from '../notes/admin/NotesAdminTab'
import { HospitalsTab } from '../referrals/HospitalsTab'
import { InstrumentsTab } from '../screening/admin/InstrumentsTab'
import { CentreTab } from './CentreTab'
import { OrgTab } from './OrgTab'
import { RoomsTab } from './RoomsTab'
import { SecurityTab } from './SecurityTab'

const TABS = ['centre', 'org', 'rooms', 'appointments', 'notes', 'instruments', 'hospitals', 'security', 'backup']

/** The centre's own data: letterhead, colleges and classes, rooms, the idle lock, backups and retention. */
export function SettingsPage() {
  const { t } = useTranslation()
  const role = useSession().user.role
  const backups = roleMayCall(role, 'backup.settings.get')
  // The tab is in the address (`?tab=backup`), so the dashboard's backup alert can link to it.
  const [params, setParams] = useSearchParams()
  const asked = params.get('tab') ?? 'centre'
  const tab = TABS.includes(asked) && (asked !== 'backup' || backups) ? asked : 'centre'
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      {/* Panels mount when opened, so each tab reads fresh data and forms start clean. */}
      <Tabs value={tab} onChange={(next) => next && setParams({ tab: next }, { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('settings.tabs.label')} mb="md">
          <Tabs.Tab value="centre" leftSection={<IconBuildingCommunity size={16} />}>
            {t('settings.tabs.centre')}
          </Tabs.Tab>
          <Tabs.Tab value="org" leftSection={<IconHierarchy2 size={16} />}>
            {t('settings.tabs.org')}
          </Tabs.Tab>
          <Tabs.Tab value="rooms" leftSection={<IconDoor size={16} />}>
            {t('settings.tabs.rooms')}
          </Tabs.Tab>
          <Tabs.Tab value="appointments" leftSection={<IconCalendarEvent size={16} />}>
            {t('desk.settings.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="notes" leftSection={<IconFileDescription size={16} />}>
            {t('notesAdmin.title')}
          </Tabs.Tab>
          <Tabs.Tab value="instruments" leftSection={<IconReportMedical size={16} />}>
            {t('screening.admin.title')}
          </Tabs.Tab>
          <Tabs.Tab value="hospitals" leftSection={<IconBuildingHospital size={16} />}>
            {t('referrals.hospitals.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="security" leftSection={<IconShieldLock size={16} />}>
            {t('settings.tabs.security')}
          </Tabs.Tab>
          {backups && (
            <Tabs.Tab value="backup" leftSection={<IconDatabase size={16} />}>
              {t('backup.tab')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="centre">
          <CentreTab />
        </Tabs.Panel>
        <Tabs.Panel value="org">
          <OrgTab />
        </Tabs.Panel>
        <Tabs.Panel value="rooms">
          <RoomsTab />
        </Tabs.Panel>
        <Tabs.Panel value="appointments">
          <AppointmentSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="notes">
          <NotesAdminTab />
        </Tabs.Panel>
        <Tabs.Panel value="instruments">
          <InstrumentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="hospitals">
          <HospitalsTab />
        </Tabs.Panel>
        <Tabs.Panel value="security">
          <SecurityTab />
        </Tabs.Panel>
        {backups && (
          <Tabs.Panel value="backup">
            <BackupTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  )
}
