import type { PartnerKind } from '@needle/contract';
import { Alert, Flex, InputNumber, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerResponses } from '../api/volunteers';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import type { Community } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { pageQuery } from './volunteerRoles';
import { usePartnerResponses } from './volunteersQueries';

type Row = PartnerResponses['items'][number];

/** 双报到 of units: each partner unit's whistle responses this year against the minimum it owes. */
export function PartnersTab({ communities }: { communities: Community[] }) {
  const { t } = useTranslation();
  const [regionCode, setRegionCode] = useState<string>();
  const [year, setYear] = useState(new Date().getFullYear());
  const query = new URLSearchParams(pageQuery(1, 1, { regionCode, year: String(year) }));
  query.delete('page');
  query.delete('pageSize');
  const responses = usePartnerResponses(query.toString());
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <CommunityFilter communities={communities} value={regionCode} onChange={setRegionCode} />
        <InputNumber
          aria-label={t('volunteers.partners.year')}
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(value) => value && setYear(value)}
          data-testid="partners-year"
        />
      </Flex>
      {responses.error !== null && <Alert type="error" showIcon title={errorText(t, responses.error)} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={responses.isPending}
        dataSource={responses.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('volunteers.partners.empty') }}
        onRow={() => ({ 'data-testid': 'partner-response-row' }) as object}
        columns={[
          { title: t('volunteers.partners.name'), dataIndex: 'name', width: 220 },
          {
            title: t('partners.kind'),
            dataIndex: 'kind',
            render: (kind: PartnerKind) => t(`partners.kinds.${kind}`),
          },
          { title: t('volunteers.partners.responses'), dataIndex: 'responses' },
          { title: t('volunteers.partners.minimum'), dataIndex: 'requiredYearlyResponses' },
          {
            key: 'met',
            render: (_, row) =>
              row.belowMinimum ? (
                <Tag color="red">{t('volunteers.partners.below')}</Tag>
              ) : (
                <Tag color="green">{t('volunteers.partners.met')}</Tag>
              ),
          },
        ]}
        data-testid="partner-response-table"
      />
    </Flex>
  );
}
