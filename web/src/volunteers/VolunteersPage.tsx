import { Flex, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { PageHeading } from '../common/PageHeading';
import { useKeptCommunities } from '../community-lists/useKeptCommunities';
import { PageShell } from '../layout/PageShell';
import { ActivitiesTab } from './ActivitiesTab';
import { PartnersTab } from './PartnersTab';
import { PartyRegistration } from './PartyRegistration';
import { PartyTab } from './PartyTab';
import { TeamsTab } from './TeamsTab';
import { ActivityCards, MyHoursList, TeamCards } from './VolunteerCards';
import { keepsVolunteers } from './volunteerRoles';

const tab = (key: string, label: string, children: ReactNode) => ({
  key,
  label: <span data-testid={`tab-${key}`}>{label}</span>,
  children,
});

/**
 * 志愿服务: staff keep teams, activities, 双报到 and see partner units' responses; a resident finds
 * activities and teams on their phone, their hours, and registers as a party member.
 */
export function VolunteersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const communities = useKeptCommunities();
  const staff = keepsVolunteers(me);
  return (
    <PageShell maxWidth={staff ? 1200 : 600}>
      <Flex vertical gap={12} data-testid="volunteers-page">
        <PageHeading title={t('volunteers.title')} testId="volunteers-heading" />
        <Tabs
          destroyOnHidden
          items={
            staff
              ? [
                  tab('teams', t('volunteers.tabs.teams'), <TeamsTab communities={communities} />),
                  tab(
                    'activities',
                    t('volunteers.tabs.activities'),
                    <ActivitiesTab communities={communities} />,
                  ),
                  tab('party', t('volunteers.tabs.party'), <PartyTab communities={communities} />),
                  tab('partners', t('volunteers.tabs.partners'), <PartnersTab communities={communities} />),
                ]
              : [
                  tab('activities', t('volunteers.tabs.activities'), <ActivityCards />),
                  tab('teams', t('volunteers.tabs.teams'), <TeamCards />),
                  tab('hours', t('volunteers.tabs.hours'), <MyHoursList />),
                  tab('party', t('volunteers.tabs.party'), <PartyRegistration />),
                ]
          }
        />
      </Flex>
    </PageShell>
  );
}
