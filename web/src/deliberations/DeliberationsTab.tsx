import { DELIBERATION_STATES, type DeliberationState } from '@needle/contract';
import { Alert, Button, Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Deliberation } from '../api/deliberations';
import { type Community, communityName } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { DeliberationStateTag } from './DeliberationStateTag';
import { useDeliberations } from './deliberationsQueries';
import { ProposeModal } from './ProposeModal';
import type { useCommunityParam } from './useCommunityParam';

/** The community's deliberations by state; a row opens the deliberation and its four steps. */
export function DeliberationsTab({
  url,
  communities,
}: {
  url: ReturnType<typeof useCommunityParam>;
  communities: Community[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [proposing, setProposing] = useState(false);
  const query = new URLSearchParams();
  if (url.regionCode) query.set('regionCode', url.regionCode);
  if (url.state) query.set('state', url.state);
  const list = useDeliberations(query.toString());
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Select
          allowClear
          placeholder={t('deliberations.list.allStates')}
          aria-label={t('deliberations.list.stateFilter')}
          value={url.state}
          onChange={url.showState}
          options={DELIBERATION_STATES.map((s) => ({ value: s, label: t(`deliberations.states.${s}`) }))}
          style={{ width: 160 }}
          data-testid="filter-deliberation-state"
        />
        <Button type="primary" onClick={() => setProposing(true)} data-testid="deliberation-propose">
          {t('deliberations.list.propose')}
        </Button>
      </Flex>
      {list.error !== null && <Alert type="error" showIcon title={errorText(t, list.error)} />}
      <Table<Deliberation>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('deliberations.list.empty') }}
        onRow={(d) =>
          ({
            onClick: () => navigate(`/deliberations/${d.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'deliberation-row',
          }) as object
        }
        columns={[
          { title: t('deliberations.list.titleCol'), dataIndex: 'title', width: 220 },
          {
            title: t('deliberations.detail.community'),
            dataIndex: 'regionCode',
            render: (code: string) => communityName(communities, code),
          },
          {
            title: t('deliberations.list.state'),
            dataIndex: 'state',
            render: (state: DeliberationState) => <DeliberationStateTag state={state} />,
          },
          {
            title: t('deliberations.list.proposedAt'),
            dataIndex: 'proposedAt',
            render: (at: string) => formatTime(at),
          },
        ]}
        data-testid="deliberation-table"
      />
      {proposing && (
        <ProposeModal
          communities={communities}
          regionCode={url.regionCode}
          onClose={() => setProposing(false)}
          onProposed={(id) => navigate(`/deliberations/${id}`)}
        />
      )}
    </Flex>
  );
}
