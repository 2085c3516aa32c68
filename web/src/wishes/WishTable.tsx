import { WISH_STATES, type WishState } from '@needle/contract';
import { Alert, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Wish } from '../api/wishes';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import { type Community, communityName } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { pageQuery } from '../volunteers/volunteerRoles';
import { WishStateTag } from './WishStateTag';
import { useWishes } from './wishesQueries';

const PAGE_SIZE = 20;

/** 心愿清单 as staff keep it: by state (those under review first to hand), the wisher masked; a row opens it. */
export function WishTable({ communities }: { communities: Community[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [regionCode, setRegionCode] = useState<string>();
  const [state, setState] = useState<WishState | undefined>('pending_review');
  const wishes = useWishes(pageQuery(page, PAGE_SIZE, { regionCode, state }));
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <CommunityFilter
          communities={communities}
          value={regionCode}
          onChange={(code) => {
            setRegionCode(code);
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder={t('wishes.allStates')}
          aria-label={t('wishes.fields.state')}
          value={state}
          onChange={(value) => {
            setState(value);
            setPage(1);
          }}
          options={WISH_STATES.map((s) => ({ value: s, label: t(`wishes.states.${s}`) }))}
          style={{ width: 140 }}
          data-testid="wish-filter-state"
        />
      </Flex>
      {wishes.error !== null && <Alert type="error" showIcon title={errorText(t, wishes.error)} />}
      <Table<Wish>
        rowKey="id"
        size="middle"
        loading={wishes.isPending}
        dataSource={wishes.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: wishes.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: t('wishes.list.empty') }}
        onRow={(wish) =>
          ({
            onClick: () => navigate(`/wishes/${wish.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'wish-row',
          }) as object
        }
        columns={[
          { title: t('wishes.fields.title'), dataIndex: 'title', width: 220 },
          {
            title: t('wishes.community'),
            dataIndex: 'regionCode',
            render: (code: string) => communityName(communities, code),
          },
          {
            title: t('wishes.fields.wisher'),
            key: 'wisher',
            render: (_, w) =>
              w.wisher ? (
                <Flex vertical>
                  <span>{[w.wisher.name, w.wisher.phone].filter(Boolean).join(' ')}</span>
                  {w.wisher.postedForThem && (
                    <Typography.Text type="secondary">{t('wishes.fields.postedForThem')}</Typography.Text>
                  )}
                </Flex>
              ) : (
                '—'
              ),
          },
          {
            title: t('wishes.fields.state'),
            dataIndex: 'state',
            render: (s: WishState) => <WishStateTag state={s} />,
          },
          {
            title: t('wishes.fields.claimer'),
            key: 'claim',
            render: (_, w) => (w.claim ? (w.claim.partnerUnitName ?? t('wishes.fields.volunteer')) : '—'),
          },
          { title: t('wishes.fields.createdAt'), dataIndex: 'createdAt', render: formatTime },
        ]}
        data-testid="wish-table"
      />
    </Flex>
  );
}
