import type { CaseFieldTies as Ties } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useMe } from '../auth/AuthContext';
import { formatTime } from '../i18n/formatTime';
import { sectionsOf } from '../layout/sections';

/**
 * Where a case came from in the field: the patrol it was raised on (its track for those who follow
 * patrols) and the shop whose code it was reported at (its inspections for those who inspect).
 */
export function CaseFieldTies({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const open = sectionsOf(useMe());
  const ties = useQuery({
    queryKey: ['cases', caseId, 'field-ties'],
    queryFn: ({ signal }) => api<Ties>(`/api/cases/${encodeURIComponent(caseId)}/field-ties`, { signal }),
  });
  const { patrol, shop } = ties.data ?? { patrol: null, shop: null };
  if (!patrol && !shop) return null;
  return (
    <Card size="small" data-testid="case-field-ties">
      <Flex vertical gap={4}>
        {shop && (
          <Typography.Text data-testid="case-shop">
            {`${t('caseDetail.shop')}：`}
            {open.includes('inspections') ? (
              <Link to={`/inspections?target=${shop.id}`}>{shop.name}</Link>
            ) : (
              shop.name
            )}
            <Typography.Text type="secondary">{` ${shop.address}`}</Typography.Text>
          </Typography.Text>
        )}
        {patrol && (
          <Typography.Text data-testid="case-patrol">
            {`${t('caseDetail.patrol')}：`}
            {open.includes('patrols') ? (
              <Link to={`/patrols/${patrol.id}`}>{formatTime(patrol.startedAt)}</Link>
            ) : (
              formatTime(patrol.startedAt)
            )}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
