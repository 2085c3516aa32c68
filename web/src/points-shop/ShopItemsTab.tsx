import type { ShopItem } from '@needle/contract';
import { Alert, App, Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { EditItemModal, NewItemModal } from './ShopItemModal';
import { useKeptItems } from './shopQueries';

/** 商品: every item of the shops the user keeps, offered or not, with add and edit. */
export function ShopItemsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, isPending, error } = useKeptItems();
  const [editing, setEditing] = useState<ShopItem | 'new' | null>(null);
  const done = () => {
    setEditing(null);
    message.success(t('shop.form.saved'));
  };
  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <Button type="primary" onClick={() => setEditing('new')} data-testid="shop-item-add">
          {t('shop.items.add')}
        </Button>
      </Flex>
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<ShopItem>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('shop.items.empty') }}
        onRow={(item) => ({ 'data-testid': `shop-item-row-${item.id}` }) as object}
        data-testid="shop-items-table"
        columns={[
          { key: 'name', title: t('shop.items.columns.name'), dataIndex: 'name' },
          { key: 'merchant', title: t('shop.items.columns.merchant'), dataIndex: 'partnerUnitName' },
          { key: 'region', title: t('shop.items.columns.region'), dataIndex: 'regionName' },
          { key: 'points', title: t('shop.items.columns.points'), dataIndex: 'points', align: 'right' },
          { key: 'stock', title: t('shop.items.columns.stock'), dataIndex: 'stock', align: 'right' },
          {
            key: 'active',
            title: t('shop.items.columns.active'),
            render: (_, item) =>
              item.active ? (
                <Tag color="green">{t('shop.items.offered')}</Tag>
              ) : (
                <Tag>{t('shop.items.notOffered')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('shop.items.columns.actions'),
            render: (_, item) => (
              <Button size="small" onClick={() => setEditing(item)} data-testid={`shop-item-edit-${item.id}`}>
                {t('shop.items.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing === 'new' && <NewItemModal onDone={done} onCancel={() => setEditing(null)} />}
      {editing !== null && editing !== 'new' && (
        <EditItemModal item={editing} onDone={done} onCancel={() => setEditing(null)} />
      )}
    </Flex>
  );
}
