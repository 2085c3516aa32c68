import { HeartOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchCareOverdue } from '../api/registry';

/**
 * 关爱走访逾期 on the staff's and the grid worker's home page: residents under care whose visit is late,
 * per community (or grid), leading to the care round. Hidden where nobody is under care.
 */
export function CareOverdueCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const counts = useQuery({
    queryKey: ['registry', 'overdue-counts'],
    queryFn: ({ signal }) => fetchCareOverdue(null, signal),
  });
  const rows = counts.data ?? [];
  const underCare = rows.reduce((s, r) => s + r.underCare, 0);
  const overdue = rows.reduce((s, r) => s + r.overdue, 0);
  if (underCare === 0) return null;
  const worst = rows.filter((r) => r.overdue > 0).sort((a, b) => b.overdue - a.overdue);
  return (
    <Link to="/registry" style={{ color: 'inherit' }} data-testid="care-overdue-card" data-overdue={overdue}>
      <Card size="small" hoverable>
        <Flex align="center" gap={12}>
          <HeartOutlined
            style={{ fontSize: 22, color: overdue > 0 ? token.colorError : token.colorSuccess }}
          />
          <Flex vertical style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong>{t('registry.overdueCard', { overdue, underCare })}</Typography.Text>
            {worst.length > 0 && (
              <Flex wrap gap={4}>
                {worst.slice(0, 4).map((r) => (
                  <Tag key={r.regionCode} color="red" style={{ marginInlineEnd: 0 }}>
                    {`${r.name} ${r.overdue}`}
                  </Tag>
                ))}
              </Flex>
            )}
          </Flex>
          <RightOutlined style={{ color: token.colorTextTertiary }} />
        </Flex>
      </Card>
    </Link>
  );
}
