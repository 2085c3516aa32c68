import { Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../common/PageHeading';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import { useKeptCommunities } from '../community-lists/useKeptCommunities';
import { PageShell } from '../layout/PageShell';
import { HouseholdsTab } from '../voters/HouseholdsTab';
import { DeliberationsTab } from './DeliberationsTab';
import { useCommunityParam } from './useCommunityParam';

/** 四步议事 for community and street staff: the deliberations, and the households whose residents vote. */
export function DeliberationsPage() {
  const { t } = useTranslation();
  const url = useCommunityParam('deliberations');
  const communities = useKeptCommunities();
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('deliberations.title')} testId="deliberations-heading">
          <CommunityFilter communities={communities} value={url.regionCode} onChange={url.showCommunity} />
        </PageHeading>
        <Tabs
          activeKey={url.tab}
          onChange={url.showTab}
          items={[
            {
              key: 'deliberations',
              label: (
                <span data-testid="deliberations-tab-list">{t('deliberations.tabs.deliberations')}</span>
              ),
              children: <DeliberationsTab url={url} communities={communities} />,
            },
            {
              key: 'households',
              label: (
                <span data-testid="deliberations-tab-households">{t('deliberations.tabs.households')}</span>
              ),
              children: <HouseholdsTab regionCode={url.regionCode} communities={communities} />,
            },
          ]}
        />
      </Flex>
    </PageShell>
  );
}
