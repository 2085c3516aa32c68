import type { AuditEntry } from '@needle/contract';
import { Flex, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { entityLabel } from './adminLabels';
import { useAudit, useUsers } from './adminQueries';

// The records the audit trail names, as the server writes them.
const ENTITIES = [
  'user',
  'post',
  'category',
  'setting',
  'calendar_override',
  'region',
  'open311_client',
  'partner_unit',
  'session',
] as const;

const snapshot = (value: unknown) =>
  value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);

/** 审计日志: who changed what, newest first, with the record before and after. */
export function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState('');
  const [entityId, setEntityId] = useState('');
  const audit = useAudit(entity, entityId, 200);
  // Who acted, by name: the trail keeps account ids (the API's largest page of accounts covers a district's staff).
  const users = useUsers({ limit: 200, offset: 0 });
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.displayName])), [users.data]);
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('admin.audit.at'), render: (_, e) => dayjs(e.at).format('YYYY-MM-DD HH:mm:ss') },
    { key: 'action', title: t('admin.audit.action'), dataIndex: 'action' },
    { key: 'entity', title: t('admin.audit.entity'), render: (_, e) => entityLabel(t, e.entity) },
    { key: 'entityId', title: t('admin.audit.entityId'), dataIndex: 'entityId' },
    {
      key: 'actor',
      title: t('admin.audit.actor'),
      render: (_, e) => (e.actorId ? (names.get(e.actorId) ?? e.actorId) : t('admin.audit.system')),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <AdminTitle page="audit" />
      <Flex gap={8} wrap>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('admin.audit.anyEntity')}
          aria-label={t('admin.audit.entity')}
          value={entity || undefined}
          onChange={(value) => setEntity(value ?? '')}
          options={ENTITIES.map((e) => ({ value: e, label: entityLabel(t, e) }))}
          data-testid="audit-entity"
        />
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('admin.audit.entityIdPlaceholder')}
          onSearch={(value) => setEntityId(value.trim())}
          data-testid="audit-entity-id"
        />
      </Flex>
      {audit.error !== null && <AdminError error={audit.error} />}
      {audit.isPending ? (
        <AdminSkeleton rows={10} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={audit.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (e) => (
              <Flex gap={16} wrap>
                <div style={{ flex: 1, minWidth: 280 }}>
                  <Typography.Text strong>{t('admin.audit.before')}</Typography.Text>
                  <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{snapshot(e.before)}</pre>
                </div>
                <div style={{ flex: 1, minWidth: 280 }}>
                  <Typography.Text strong>{t('admin.audit.after')}</Typography.Text>
                  <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{snapshot(e.after)}</pre>
                </div>
              </Flex>
            ),
          }}
          locale={{ emptyText: <AdminEmpty>{t('admin.audit.empty')}</AdminEmpty> }}
          data-testid="audit-table"
        />
      )}
    </Flex>
  );
}
