import { Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../common/PageHeading';
import { PageShell } from '../layout/PageShell';
import { CommunityFilter } from './CommunityFilter';
import { useListsUrl } from './listsUrl';
import { NeedsTab } from './NeedsTab';
import { ProjectsTab } from './ProjectsTab';
import { ResourcesTab } from './ResourcesTab';
import { useKeptCommunities } from './useKeptCommunities';

/** 三张清单: a community's needs, its partners' resources and its yearly projects, one tab each. */
export function ListsPage() {
  const { t } = useTranslation();
  const url = useListsUrl();
  const communities = useKeptCommunities();
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('lists.title')} testId="lists-heading">
          <CommunityFilter
            communities={communities}
            value={url.get('regionCode')}
            onChange={(code) => url.show({ regionCode: code })}
          />
        </PageHeading>
        <Tabs
          activeKey={url.tab}
          onChange={url.showTab}
          items={[
            {
              key: 'needs',
              label: <span data-testid="tab-needs">{t('lists.tabs.needs')}</span>,
              children: <NeedsTab url={url} communities={communities} />,
            },
            {
              key: 'resources',
              label: <span data-testid="tab-resources">{t('lists.tabs.resources')}</span>,
              children: <ResourcesTab url={url} />,
            },
            {
              key: 'projects',
              label: <span data-testid="tab-projects">{t('lists.tabs.projects')}</span>,
              children: <ProjectsTab url={url} communities={communities} />,
            },
          ]}
        />
      </Flex>
    </PageShell>
  );
}
