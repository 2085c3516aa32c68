import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Flex, Input, List, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BuildingRow,
  type CareDueRow,
  fetchAccessRecords,
  fetchBuildings,
  fetchCareDue,
  fetchCareTags,
  fetchResidents,
  type MaskedResident,
} from '../api/registry';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { ExportButton } from '../exports/ExportButton';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { BuildingHouseholds } from './BuildingHouseholds';
import { CareSchedules } from './CareSchedules';
import { AddBuildingModal } from './RegistryForms';
import { RevealModal } from './RevealModal';
import { VisitModal } from './VisitModal';

function useTagLabel() {
  const tags = useQuery({ queryKey: ['registry', 'tags'], queryFn: ({ signal }) => fetchCareTags(signal) });
  return {
    tags: tags.data ?? [],
    label: (code: string) => tags.data?.find((x) => x.code === code)?.label ?? code,
  };
}

function BuildingDrawer({ building, onClose }: { building: BuildingRow; onClose(): void }) {
  return (
    <Drawer open title={`${building.name} · ${building.address}`} onClose={onClose} width={560}>
      <BuildingHouseholds buildingId={building.id} />
    </Drawer>
  );
}

function CareRound() {
  const { t } = useTranslation();
  const { label } = useTagLabel();
  const [visiting, setVisiting] = useState<CareDueRow | null>(null);
  const due = useQuery({ queryKey: ['registry', 'care'], queryFn: ({ signal }) => fetchCareDue(signal) });
  return (
    <>
      <List
        loading={due.isLoading}
        header={
          <Typography.Text>
            {t('registry.careSummary', { total: due.data?.total ?? 0, overdue: due.data?.overdue ?? 0 })}
          </Typography.Text>
        }
        dataSource={due.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        renderItem={(row) => (
          <List.Item
            data-testid="care-row"
            data-overdue={row.overdue}
            actions={[
              <Button key="visit" onClick={() => setVisiting(row)} data-testid="care-visit">
                {t('registry.recordVisit')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Flex wrap gap={6} align="center">
                  {row.name}
                  {row.overdue && <Tag color="red">{t('registry.overdue', { count: row.daysOverdue })}</Tag>}
                  {row.careTags.map((c) => (
                    <Tag key={c}>{label(c)}</Tag>
                  ))}
                </Flex>
              }
              description={`${row.building} ${row.unit} ${row.room} · ${t('registry.every', { count: row.everyDays })} · ${t('registry.lastVisit')} ${formatTime(row.lastVisitAt)}`}
            />
          </List.Item>
        )}
      />
      {visiting && <VisitModal row={visiting} onClose={() => setVisiting(null)} />}
    </>
  );
}

/** 楼栋台账, 居民查询 with masked answers and the recorded full view, 查询记录, and the care round. */
export function RegistryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { tags, label } = useTagLabel();
  const [q, setQ] = useState('');
  const [careTag, setCareTag] = useState<string | undefined>();
  const [open, setOpen] = useState<BuildingRow | null>(null);
  const [addingBuilding, setAddingBuilding] = useState(false);
  const [revealing, setRevealing] = useState<MaskedResident | null>(null);
  const query = new URLSearchParams({
    ...(q ? { q } : {}),
    ...(careTag ? { careTag } : {}),
    pageSize: '50',
  }).toString();
  const buildings = useQuery({
    queryKey: ['registry', 'buildings'],
    queryFn: ({ signal }) => fetchBuildings(signal),
  });
  const residents = useQuery({
    queryKey: ['registry', 'residents', query],
    queryFn: ({ signal }) => fetchResidents(query, signal),
  });
  const mayUnmask = can(me, 'people:unmask');
  const records = useQuery({
    queryKey: ['registry', 'records'],
    queryFn: ({ signal }) => fetchAccessRecords(signal),
    enabled: mayUnmask || can(me, 'audit:read'),
  });
  return (
    <PageShell>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="registry-page">
        {t('registry.title')}
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'care',
            label: t('registry.care'),
            children: <CareRound />,
          },
          {
            key: 'buildings',
            label: t('registry.buildings'),
            children: (
              <Flex vertical gap={8}>
                <Flex justify="flex-end">
                  <Button type="primary" onClick={() => setAddingBuilding(true)} data-testid="building-new">
                    {t('registry.addBuilding')}
                  </Button>
                </Flex>
                <Table
                  rowKey="id"
                  size="small"
                  loading={buildings.isLoading}
                  dataSource={buildings.data?.items ?? []}
                  scroll={{ x: true }}
                  columns={[
                    {
                      title: t('registry.building'),
                      dataIndex: 'name',
                      render: (n: string, b) => (
                        <Button type="link" onClick={() => setOpen(b)}>
                          {n}
                        </Button>
                      ),
                    },
                    { title: t('registry.grid'), dataIndex: 'regionCode' },
                    { title: t('registry.households'), dataIndex: 'households' },
                    { title: t('registry.residents'), dataIndex: 'residents' },
                    { title: t('registry.underCare'), dataIndex: 'underCare' },
                  ]}
                />
              </Flex>
            ),
          },
          {
            key: 'residents',
            label: t('registry.search'),
            children: (
              <Flex vertical gap={8}>
                <Flex gap={8} wrap>
                  <Input.Search
                    allowClear
                    placeholder={t('registry.searchPlaceholder')}
                    onSearch={(v) => setQ(v.trim())}
                    style={{ maxWidth: 320 }}
                    data-testid="resident-search"
                  />
                  <Select
                    allowClear
                    placeholder={t('registry.careTag')}
                    style={{ minWidth: 160 }}
                    value={careTag}
                    onChange={setCareTag}
                    options={tags.map((x) => ({ value: x.code, label: x.label }))}
                  />
                  <ExportButton kind="residents" query={query} data-testid="residents-export" />
                </Flex>
                <Table
                  rowKey="id"
                  size="small"
                  loading={residents.isLoading}
                  dataSource={residents.data?.items ?? []}
                  scroll={{ x: true }}
                  onRow={() => ({ 'data-testid': 'resident-row' }) as React.HTMLAttributes<HTMLElement>}
                  columns={[
                    { title: t('registry.name'), dataIndex: 'name' },
                    { title: t('registry.idNumber'), dataIndex: 'idNumber' },
                    { title: t('registry.phone'), dataIndex: 'phone' },
                    { title: t('registry.home'), key: 'home', render: (_, r) => `${r.building} ${r.unit}` },
                    {
                      title: t('registry.careTag'),
                      dataIndex: 'careTags',
                      render: (c: string[]) => c.map((x) => <Tag key={x}>{label(x)}</Tag>),
                    },
                    ...(mayUnmask
                      ? [
                          {
                            title: '',
                            key: 'reveal',
                            render: (_: unknown, r: MaskedResident) => (
                              <Button size="small" onClick={() => setRevealing(r)} data-testid="reveal">
                                {t('registry.reveal')}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </Flex>
            ),
          },
          ...(mayUnmask || me.roles.includes('admin')
            ? [{ key: 'schedules', label: t('registry.schedules'), children: <CareSchedules /> }]
            : []),
          ...(records.data
            ? [
                {
                  key: 'records',
                  label: t('registry.records'),
                  children: (
                    <Table
                      rowKey="id"
                      size="small"
                      dataSource={records.data.items}
                      scroll={{ x: true }}
                      columns={[
                        { title: t('registry.when'), dataIndex: 'at', render: formatTime },
                        { title: t('registry.who'), dataIndex: 'user' },
                        { title: t('registry.whom'), dataIndex: 'resident' },
                        { title: t('registry.reason'), dataIndex: 'reason' },
                      ]}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {addingBuilding && <AddBuildingModal onClose={() => setAddingBuilding(false)} />}
      {open && <BuildingDrawer building={open} onClose={() => setOpen(null)} />}
      {revealing && (
        <RevealModal
          resident={revealing}
          onClose={() => {
            setRevealing(null);
            void records.refetch();
          }}
        />
      )}
    </PageShell>
  );
}
