import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchErrands } from '../api/errands';
import { useMe } from '../auth/AuthContext';
import { PageShell } from '../layout/PageShell';
import { ErrandCard } from './ErrandCard';
import { ErrandDesk } from './ErrandDesk';
import { MediationDesk } from './MediationDesk';

const STAFF = ['grid_worker', 'community_staff', 'street_staff', 'admin'];

/** 我的代办: a resident follows the errands run for them, step by step, and which documents came back. */
function MyErrands() {
  const { t } = useTranslation();
  const errands = useQuery({ queryKey: ['errands'], queryFn: ({ signal }) => fetchErrands(signal) });
  if (errands.data?.length === 0) return <Empty description={t('errands.mineEmpty')} />;
  return (
    <Flex vertical gap={12}>
      {(errands.data ?? []).map((e) => (
        <ErrandCard key={e.id} errand={e} />
      ))}
    </Flex>
  );
}

/** 帮办调解: staff and grid workers run errands and mediate; a resident follows their own errands. */
export function ErrandsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const staff = me.roles.some((r) => STAFF.includes(r));
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="errands-page">
          {staff ? t('errands.title') : t('errands.mine')}
        </Typography.Title>
        {staff ? (
          <Tabs
            items={[
              { key: 'errands', label: t('errands.errands'), children: <ErrandDesk /> },
              { key: 'disputes', label: t('errands.disputes'), children: <MediationDesk /> },
            ]}
          />
        ) : (
          <MyErrands />
        )}
      </Flex>
    </PageShell>
  );
}
