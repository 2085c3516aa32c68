import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, InputNumber, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCareSchedules, fetchCareTags, setCareSchedule } from '../api/registry';
import { useMe } from '../auth/AuthContext';
import { errorText } from '../i18n/errorText';
import { AddCareTag } from './AddCareTag';

/**
 * 走访周期: how often each care group is visited. Staff set their own area's interval over the city's
 * default; an administrator sets the city's.
 */
export function CareSchedules() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const area = me.jurisdiction.kind === 'region' ? me.jurisdiction.code : '';
  const tags = useQuery({ queryKey: ['registry', 'tags'], queryFn: ({ signal }) => fetchCareTags(signal) });
  const schedules = useQuery({
    queryKey: ['registry', 'schedules'],
    queryFn: ({ signal }) => fetchCareSchedules(signal),
  });
  const [typed, setTyped] = useState<Record<string, number | null>>({});
  const save = useMutation({
    mutationFn: (v: { careTag: string; everyDays: number }) =>
      setCareSchedule({ ...v, ...(area ? { regionCode: area } : {}) }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['registry'] }),
  });
  const ruleOf = (tag: string, region: string) =>
    schedules.data?.find((s) => s.careTag === tag && s.regionCode === region)?.everyDays ?? null;
  return (
    <Flex vertical gap={8}>
      {me.roles.includes('admin') && <AddCareTag />}
      {save.error !== null && <Alert type="error" showIcon title={errorText(t, save.error)} />}
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        loading={tags.isPending || schedules.isPending}
        dataSource={tags.data ?? []}
        scroll={{ x: true }}
        onRow={(r) =>
          ({ 'data-testid': 'schedule-row', 'data-tag': r.code }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('registry.careTag'), dataIndex: 'label' },
          {
            title: t('registry.cityDefault'),
            key: 'city',
            render: (_, r) => {
              const days = ruleOf(r.code, '');
              return days ? t('registry.every', { count: days }) : '—';
            },
          },
          ...(area
            ? [
                {
                  title: t('registry.ourInterval', { area: me.jurisdiction.name }),
                  key: 'ours',
                  render: (_: unknown, r: { code: string }) => ruleOf(r.code, area) ?? '—',
                },
              ]
            : []),
          {
            title: t('registry.setInterval'),
            key: 'set',
            render: (_, r) => (
              <Flex gap={6}>
                <InputNumber
                  min={1}
                  max={366}
                  size="small"
                  style={{ width: 90 }}
                  suffix={t('registry.days')}
                  value={typed[r.code] ?? ruleOf(r.code, area) ?? ruleOf(r.code, '')}
                  onChange={(v) => setTyped((x) => ({ ...x, [r.code]: v }))}
                  data-testid="schedule-days"
                />
                <Button
                  size="small"
                  disabled={!typed[r.code]}
                  loading={save.isPending && save.variables?.careTag === r.code}
                  onClick={() => {
                    const everyDays = typed[r.code];
                    if (everyDays) save.mutate({ careTag: r.code, everyDays });
                  }}
                  data-testid="schedule-save"
                >
                  {t('registry.save')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
