import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../common/PageHeading';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import { useKeptCommunities } from '../community-lists/useKeptCommunities';
import { useCommunityParam } from '../deliberations/useCommunityParam';
import { PageShell } from '../layout/PageShell';
import { HouseholdsTab } from './HouseholdsTab';

/** 住户核验 for a grid worker: the households of their grid's community and the residents verified there. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const url = useCommunityParam('households');
  const communities = useKeptCommunities();
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('deliberations.householdsNav')} testId="households-heading">
          <CommunityFilter communities={communities} value={url.regionCode} onChange={url.showCommunity} />
        </PageHeading>
        <HouseholdsTab regionCode={url.regionCode} communities={communities} />
      </Flex>
    </PageShell>
  );
}
