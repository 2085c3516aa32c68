import type { IssuedOpen311ClientResponse, IssueOpen311ClientBody, Open311Client } from '@needle/contract';
import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../common/FormModal';
import { errorText } from '../i18n/errorText';
import { useRegionTree } from '../map/regionQueries';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { useIssueOpen311Client, useOpen311Clients, useRevokeOpen311Client } from './adminQueries';
import { regionNames, regionOptions } from './regionOptions';

function IssueClientModal({
  onIssued,
  onClose,
}: {
  onIssued(issued: IssuedOpen311ClientResponse): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const tree = useRegionTree();
  const issue = useIssueOpen311Client();
  const options = useMemo(() => (tree.data ? regionOptions(tree.data) : []), [tree.data]);
  return (
    <FormModal<IssueOpen311ClientBody, IssueOpen311ClientBody, IssuedOpen311ClientResponse>
      title={t('admin.open311.createTitle')}
      mutation={issue}
      toVariables={(values) => ({ name: values.name.trim(), regionCode: values.regionCode })}
      onDone={onIssued}
      onCancel={onClose}
      testId="open311"
    >
      <Form.Item
        name="name"
        label={t('admin.open311.name')}
        rules={[{ required: true, whitespace: true, message: t('admin.open311.nameRequired') }]}
      >
        <Input maxLength={100} data-testid="open311-name" />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('admin.open311.region')}
        extra={t('admin.open311.regionHint')}
        rules={[{ required: true, message: t('admin.open311.regionRequired') }]}
      >
        <TreeSelect
          loading={tree.isPending}
          treeData={options}
          showSearch
          treeNodeFilterProp="title"
          data-testid="open311-region"
        />
      </Form.Item>
    </FormModal>
  );
}

/** 开放接口: the systems that file cases through Open311, each with a key scoped to a region. */
export function Open311Page() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const clients = useOpen311Clients();
  const revoke = useRevokeOpen311Client();
  const tree = useRegionTree();
  const names = useMemo(() => regionNames(tree.data), [tree.data]);
  const [creating, setCreating] = useState(false);
  // The key lives only in this state: once the dialog closes, nobody can read it again.
  const [issued, setIssued] = useState<IssuedOpen311ClientResponse | null>(null);

  const columns: TableColumnsType<Open311Client> = [
    { key: 'name', title: t('admin.open311.name'), dataIndex: 'name' },
    {
      key: 'key',
      title: t('admin.open311.keyPrefix'),
      render: (_, c) => <Typography.Text code>{c.keyPrefix}…</Typography.Text>,
    },
    {
      key: 'region',
      title: t('admin.open311.region'),
      render: (_, c) => names.get(c.regionCode) ?? c.regionCode,
    },
    {
      key: 'createdAt',
      title: t('admin.open311.createdAt'),
      render: (_, c) => dayjs(c.createdAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'status',
      title: t('admin.open311.status'),
      render: (_, c) =>
        c.revokedAt ? (
          <Tag data-testid="open311-revoked">
            {t('admin.open311.revokedAt', { at: dayjs(c.revokedAt).format('YYYY-MM-DD HH:mm') })}
          </Tag>
        ) : (
          <Tag color="green">{t('admin.open311.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, c) =>
        !c.revokedAt && (
          <Popconfirm
            title={t('admin.open311.revokeConfirm', { name: c.name })}
            okText={t('admin.open311.revoke')}
            cancelText={t('actionForm.cancel')}
            onConfirm={() =>
              revoke.mutate(c.id, {
                onSuccess: () => message.success(t('admin.open311.revoked', { name: c.name })),
                onError: (caught) => message.error(errorText(t, caught)),
              })
            }
          >
            <Button size="small" danger data-testid={`open311-revoke-${c.id}`}>
              {t('admin.open311.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <AdminTitle page="open311">
        <Button type="primary" onClick={() => setCreating(true)} data-testid="open311-create">
          {t('admin.open311.create')}
        </Button>
      </AdminTitle>
      <Typography.Text type="secondary">{t('admin.open311.hint')}</Typography.Text>
      {clients.error !== null && <AdminError error={clients.error} />}
      {clients.isPending ? (
        <AdminSkeleton />
      ) : (
        <Table<Open311Client>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={clients.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <AdminEmpty>{t('admin.open311.empty')}</AdminEmpty> }}
          data-testid="open311-table"
        />
      )}
      {creating && (
        <IssueClientModal
          onIssued={(result) => {
            setCreating(false);
            setIssued(result);
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {issued && (
        <Modal
          open
          title={t('admin.open311.issuedTitle', { name: issued.client.name })}
          closable={false}
          maskClosable={false}
          keyboard={false}
          cancelButtonProps={{ style: { display: 'none' } }}
          okText={t('admin.open311.keySaved')}
          okButtonProps={{ 'data-testid': 'open311-key-done' }}
          onOk={() => setIssued(null)}
        >
          <Flex vertical gap={12}>
            <Alert type="warning" showIcon title={t('admin.open311.onceOnly')} />
            <Typography.Paragraph copyable={{ text: issued.apiKey }} code data-testid="open311-key">
              {issued.apiKey}
            </Typography.Paragraph>
          </Flex>
        </Modal>
      )}
    </Flex>
  );
}
