import { Alert, App, Button, Flex, InputNumber, Rate, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmParty, type PartyMember, rateParty } from '../api/volunteers';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import type { Community } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { pageQuery } from './volunteerRoles';
import { usePartyMembers, useVolunteersWrite } from './volunteersQueries';

const PAGE_SIZE = 20;

/** 双报到: party members registered in the area, masked; staff confirm them and give the year's stars. */
export function PartyTab({ communities }: { communities: Community[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [regionCode, setRegionCode] = useState<string>();
  const [confirmed, setConfirmed] = useState<string>();
  const [year, setYear] = useState(new Date().getFullYear());
  const members = usePartyMembers(pageQuery(page, PAGE_SIZE, { regionCode, confirmed, year: String(year) }));
  const confirm = useVolunteersWrite(confirmParty);
  const rate = useVolunteersWrite(({ id, stars }: { id: string; stars: number }) =>
    rateParty(id, year, { stars }),
  );
  const error = members.error ?? confirm.error ?? rate.error;
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
          placeholder={t('volunteers.party.filterConfirmed')}
          aria-label={t('volunteers.party.filterConfirmed')}
          value={confirmed}
          onChange={(value) => {
            setConfirmed(value);
            setPage(1);
          }}
          options={[
            { value: 'false', label: t('volunteers.party.pending') },
            { value: 'true', label: t('volunteers.party.confirmedOk') },
          ]}
          style={{ width: 140 }}
          data-testid="party-filter-confirmed"
        />
        <InputNumber
          aria-label={t('volunteers.party.year')}
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(value) => value && setYear(value)}
          data-testid="party-year"
        />
      </Flex>
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<PartyMember>
        rowKey="id"
        size="middle"
        loading={members.isPending}
        dataSource={members.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: members.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: t('volunteers.party.empty') }}
        onRow={() => ({ 'data-testid': 'party-row' }) as object}
        columns={[
          { title: t('volunteers.party.name'), dataIndex: 'name', render: (n: string | null) => n ?? '—' },
          { title: t('volunteers.party.phone'), dataIndex: 'phone', render: (p: string | null) => p ?? '—' },
          { title: t('volunteers.party.branch'), dataIndex: 'branch' },
          { title: t('volunteers.party.registeredAt'), dataIndex: 'registeredAt', render: formatTime },
          {
            title: t('volunteers.party.status'),
            key: 'status',
            render: (_, m) =>
              m.confirmedAt ? (
                <Tag color="green">{t('volunteers.party.confirmedOk')}</Tag>
              ) : (
                <Button
                  size="small"
                  loading={confirm.isPending}
                  onClick={() =>
                    confirm.mutate(m.id, {
                      onSuccess: () => message.success(t('volunteers.party.confirmedOk')),
                    })
                  }
                  data-testid="party-confirm"
                >
                  {t('volunteers.party.confirm')}
                </Button>
              ),
          },
          {
            title: t('volunteers.party.stars'),
            key: 'stars',
            render: (_, m) => (
              <Rate
                value={m.stars ?? 0}
                disabled={!m.confirmedAt || rate.isPending}
                onChange={(stars) =>
                  stars > 0 &&
                  rate.mutate(
                    { id: m.id, stars },
                    { onSuccess: () => message.success(t('volunteers.party.rated')) },
                  )
                }
                data-testid="party-rate"
              />
            ),
          },
        ]}
        data-testid="party-table"
      />
    </Flex>
  );
}
