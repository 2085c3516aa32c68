import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchCases } from '../api/cases';
import { ApiError } from '../api/client';
import { fetchPosts } from '../api/posts';
import { queryKeys } from '../api/queryKeys';
import { errorText } from '../i18n/errorText';
import { postKindLabel, statusLabel } from '../i18n/labels';
import { LightDot } from './LightDot';
import { OPEN_STATUSES } from './openStatuses';

const FIRST_PAGE = 5;

/** GET /api/cases for the grid's open cases, newest first: the same list the case desk shows. */
function openCasesQuery(gridCode: string): URLSearchParams {
  const params = new URLSearchParams({ regionCode: gridCode, page: '1', pageSize: String(FIRST_PAGE) });
  for (const status of OPEN_STATUSES) params.append('status', status);
  return params;
}

function GridPosts({ gridCode }: { gridCode: string }) {
  const { t } = useTranslation();
  const posts = useQuery({
    queryKey: queryKeys.posts(gridCode),
    queryFn: ({ signal }) => fetchPosts(gridCode, signal),
  });
  if (posts.isPending) return <Spin size="small" />;
  if (posts.error instanceof ApiError && posts.error.status === 403) {
    return <Typography.Text type="secondary">{t('mapView.gridCard.postsHidden')}</Typography.Text>;
  }
  if (posts.error) return <Alert type="warning" showIcon title={errorText(t, posts.error)} />;
  if (posts.data.length === 0) {
    return <Typography.Text type="secondary">{t('mapView.gridCard.noPosts')}</Typography.Text>;
  }
  // The grid leader first: the one to call.
  const ordered = [...posts.data].sort(
    (a, b) => Number(b.kind === 'grid_leader') - Number(a.kind === 'grid_leader'),
  );
  return (
    <Space size={[4, 4]} wrap data-testid="grid-card-posts">
      {ordered.map((post) => (
        <Tag key={post.id} color={post.kind === 'grid_leader' ? 'blue' : undefined}>
          {postKindLabel(t, post.kind)} · {post.displayName}
        </Tag>
      ))}
    </Space>
  );
}

function GridOpenCases({ gridCode }: { gridCode: string }) {
  const { t } = useTranslation();
  const query = openCasesQuery(gridCode);
  const cases = useQuery({
    queryKey: queryKeys.cases.list(query.toString()),
    queryFn: ({ signal }) => fetchCases(query, signal),
  });
  if (cases.isPending) return <Spin size="small" />;
  if (cases.error) return <Alert type="warning" showIcon title={errorText(t, cases.error)} />;
  if (cases.data.total === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('mapView.gridCard.noOpenCases')}
        data-testid="grid-card-no-open-cases"
      />
    );
  }
  return (
    <>
      <Typography.Text type="secondary" data-testid="grid-card-open-count" data-count={cases.data.total}>
        {t('mapView.gridCard.openCount', { count: cases.data.total })}
      </Typography.Text>
      <List
        size="small"
        dataSource={cases.data.items}
        renderItem={(item) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Space size={6}>
              <LightDot light={item.light} />
              <Link to={`/cases/${item.id}`}>{item.code}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {statusLabel(t, item.status)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}

/** What a click on a grid tells about it besides where it is: who works it, and what is open in it. */
export function GridCard({ gridCode }: { gridCode: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid="grid-card" style={{ marginTop: 8 }}>
      <Typography.Title level={5} style={{ fontSize: 13, margin: '8px 0 4px' }}>
        {t('mapView.gridCard.posts')}
      </Typography.Title>
      <GridPosts gridCode={gridCode} />
      <Typography.Title level={5} style={{ fontSize: 13, margin: '12px 0 4px' }}>
        {t('mapView.gridCard.openCases')}
      </Typography.Title>
      <GridOpenCases gridCode={gridCode} />
    </div>
  );
}
