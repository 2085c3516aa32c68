import { RESOURCE_KINDS, type ResourceKind } from '@needle/contract';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Resource, type ResourceInput, recordResource } from '../api/communityLists';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { errorText } from '../i18n/errorText';
import { usePartnerUnits } from '../partners/partnerQueries';
import { useListsWrite, useResources } from './listsQueries';
import type { ListsUrl } from './listsUrl';

interface Values {
  partnerUnitId: string;
  kind: ResourceKind;
  description: string;
  quantity?: string;
  period?: [Dayjs | null, Dayjs | null];
}

type Units = { value: string; label: string }[];

/** 资源清单: what the partner units of the community's and the street's alliances offer. */
export function ResourcesTab({ url }: { url: ListsUrl }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const resources = useResources(url.apiQuery(['regionCode', 'partnerUnitId']));
  const partners = usePartnerUnits(new Date().getFullYear());
  const units: Units = (partners.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const [recording, setRecording] = useState(false);
  const record = useListsWrite(recordResource);
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('lists.resources.partnerUnit')}
          aria-label={t('lists.resources.partnerUnit')}
          value={url.get('partnerUnitId')}
          onChange={(value) => url.show({ partnerUnitId: value })}
          options={units}
          style={{ width: 220 }}
          data-testid="filter-partner-unit"
        />
        <Button type="primary" onClick={() => setRecording(true)} data-testid="resource-record">
          {t('lists.resources.record')}
        </Button>
      </Flex>
      {resources.error !== null && <Alert type="error" showIcon title={errorText(t, resources.error)} />}
      <Table<Resource>
        rowKey="id"
        size="middle"
        loading={resources.isPending}
        dataSource={resources.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('lists.resources.empty') }}
        columns={[
          { title: t('lists.resources.partnerUnit'), dataIndex: 'partnerUnitName' },
          {
            title: t('lists.resources.kind'),
            dataIndex: 'kind',
            render: (kind: ResourceKind) => t(`lists.resourceKinds.${kind}`),
          },
          { title: t('lists.resources.description'), dataIndex: 'description', width: 260 },
          { title: t('lists.resources.quantity'), dataIndex: 'quantity' },
          {
            title: t('lists.resources.period'),
            key: 'period',
            render: (_, r) =>
              r.availableFrom || r.availableUntil
                ? `${r.availableFrom ?? ''} ~ ${r.availableUntil ?? ''}`
                : '',
          },
        ]}
        data-testid="resource-table"
      />
      {recording && (
        <ResourceModal
          units={units}
          mutation={record}
          onCancel={() => setRecording(false)}
          onDone={() => {
            message.success(t('lists.resources.recorded'));
            setRecording(false);
          }}
        />
      )}
    </Flex>
  );
}

function ResourceModal({ units, ...submission }: FormSubmission<ResourceInput, Resource> & { units: Units }) {
  const { t } = useTranslation();
  return (
    <FormModal<Values, ResourceInput, Resource>
      title={t('lists.resources.record')}
      testId="resource"
      initialValues={{ kind: 'skill' }}
      toVariables={({ partnerUnitId, kind, description, quantity, period }) => ({
        partnerUnitId,
        kind,
        description: description.trim(),
        ...(quantity?.trim() ? { quantity: quantity.trim() } : {}),
        ...(period?.[0] ? { availableFrom: period[0].format('YYYY-MM-DD') } : {}),
        ...(period?.[1] ? { availableUntil: period[1].format('YYYY-MM-DD') } : {}),
      })}
      notice={units.length === 0 && <Alert type="info" showIcon title={t('lists.resources.noPartners')} />}
      {...submission}
    >
      <Form.Item
        name="partnerUnitId"
        label={t('lists.resources.partnerUnit')}
        rules={[{ required: true, message: t('lists.resources.partnerUnitRequired') }]}
      >
        <Select showSearch={{ optionFilterProp: 'label' }} options={units} data-testid="resource-unit" />
      </Form.Item>
      <Form.Item name="kind" label={t('lists.resources.kind')} rules={[{ required: true }]}>
        <Select
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`lists.resourceKinds.${k}`) }))}
          data-testid="resource-kind"
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('lists.resources.description')}
        rules={[{ required: true, whitespace: true, message: t('lists.resources.descriptionRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} data-testid="resource-description" />
      </Form.Item>
      <Form.Item name="quantity" label={t('lists.resources.quantity')}>
        <Input
          maxLength={200}
          placeholder={t('lists.resources.quantityHint')}
          data-testid="resource-quantity"
        />
      </Form.Item>
      <Form.Item name="period" label={t('lists.resources.period')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
    </FormModal>
  );
}
