import { REDEMPTION_STATES, type RedemptionState, type StaffRedemption } from '@needle/contract';
import { Alert, Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { PickupForm } from './PickupForm';
import { RedemptionStateTag } from './RedemptionStateTag';
import { useKeptRedemptions } from './shopQueries';

/** 兑换: the pickup form on top, then the redemptions of the shops kept, residents masked, by state. */
export function ShopRedemptionsTab() {
  const { t } = useTranslation();
  const [state, setState] = useState<RedemptionState | undefined>();
  const { data, isPending, error } = useKeptRedemptions(state);
  return (
    <Flex vertical gap={12}>
      <PickupForm />
      <Flex justify="end">
        <Select
          allowClear
          placeholder={t('shop.redemptions.allStates')}
          value={state}
          onChange={setState}
          options={REDEMPTION_STATES.map((s) => ({ value: s, label: t(`shop.states.${s}`) }))}
          style={{ width: 160 }}
          data-testid="shop-redemptions-state"
        />
      </Flex>
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<StaffRedemption>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('shop.redemptions.empty') }}
        onRow={(r) => ({ 'data-testid': `shop-redemption-row-${r.id}` }) as object}
        data-testid="shop-redemptions-table"
        columns={[
          { key: 'item', title: t('shop.redemptions.columns.item'), dataIndex: 'itemName' },
          { key: 'merchant', title: t('shop.redemptions.columns.merchant'), dataIndex: 'partnerUnitName' },
          {
            key: 'resident',
            title: t('shop.redemptions.columns.resident'),
            render: (_, r) => [r.residentName, r.residentPhone].filter(Boolean).join(' ') || '—',
          },
          { key: 'points', title: t('shop.redemptions.columns.points'), dataIndex: 'points', align: 'right' },
          {
            key: 'state',
            title: t('shop.redemptions.columns.state'),
            render: (_, r) => <RedemptionStateTag state={r.state} />,
          },
          {
            key: 'createdAt',
            title: t('shop.redemptions.columns.createdAt'),
            render: (_, r) => formatTime(r.createdAt),
          },
          {
            key: 'deadline',
            title: t('shop.redemptions.columns.deadline'),
            render: (_, r) => formatTime(r.pickupDeadline),
          },
          {
            key: 'endedAt',
            title: t('shop.redemptions.columns.endedAt'),
            render: (_, r) => formatTime(r.endedAt),
          },
        ]}
      />
    </Flex>
  );
}
