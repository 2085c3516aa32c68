import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Input, Modal, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  fetchOrders,
  fetchShopCode,
  fetchTargets,
  followUp,
  type InspectionTarget,
  type RectificationOrder,
  scheduleSurprise,
} from '../api/inspections';
import { PrintableCode } from '../common/PrintableCode';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { InspectModal } from './InspectModal';

function CodeModal({ target, onClose }: { target: InspectionTarget; onClose(): void }) {
  const { t } = useTranslation();
  const code = useQuery({
    queryKey: ['inspections', 'code', target.id],
    queryFn: ({ signal }) => fetchShopCode(target.id, signal),
  });
  const url = code.data ? `${window.location.origin}${code.data.url}` : '';
  return (
    <Modal open title={`${t('inspections.code')} · ${target.name}`} onCancel={onClose} footer={null}>
      <Flex vertical align="center" gap={8}>
        {url && (
          <PrintableCode
            value={url}
            card={{ name: target.name, address: target.address, hint: t('inspections.codeHint') }}
            printLabel={t('inspections.print')}
            data-testid="shop-code-print"
          />
        )}
        <Typography.Text type="secondary">{t('inspections.codeHint')}</Typography.Text>
        <Typography.Text
          copyable
          style={{ wordBreak: 'break-all', fontSize: 12 }}
          data-testid="shop-code-url"
        >
          {url}
        </Typography.Text>
      </Flex>
    </Modal>
  );
}

function FollowUpButtons({ order }: { order: RectificationOrder }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const send = useMutation({
    mutationFn: (fixed: boolean) =>
      followUp(order.id, {
        fixed,
        note: note.trim() || (fixed ? t('inspections.fixed') : t('inspections.notFixed')),
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['inspections'] }),
  });
  // Within two weeks: soon enough to catch a fix that did not hold, at a moment nobody is told.
  const surprise = useMutation({
    mutationFn: () => scheduleSurprise(order.id, dayjs().add(14, 'day').format('YYYY-MM-DD')),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['inspections'] }),
  });
  if (order.state === 'closed') return null;
  return (
    <Flex gap={6} wrap>
      <Input
        size="small"
        style={{ width: 140 }}
        placeholder={t('inspections.followUpNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        size="small"
        type="primary"
        loading={send.isPending}
        onClick={() => send.mutate(true)}
        data-testid="order-fixed"
      >
        {t('inspections.fixed')}
      </Button>
      <Button
        size="small"
        danger
        loading={send.isPending}
        onClick={() => send.mutate(false)}
        data-testid="order-not-fixed"
      >
        {t('inspections.notFixed')}
      </Button>
      {!order.surpriseAt && (
        <Button
          size="small"
          loading={surprise.isPending}
          onClick={() => surprise.mutate()}
          data-testid="order-surprise"
        >
          {t('inspections.surprise')}
        </Button>
      )}
    </Flex>
  );
}

/** Targets with their flags, the inspection form, printable shop codes, and the orders to follow up. */
export function InspectionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const targets = useQuery({
    queryKey: ['inspections', 'targets'],
    queryFn: ({ signal }) => fetchTargets('', signal),
  });
  const orders = useQuery({
    queryKey: ['inspections', 'orders'],
    queryFn: ({ signal }) => fetchOrders('', signal),
  });
  const [inspecting, setInspecting] = useState<InspectionTarget | null>(null);
  const [coding, setCoding] = useState<InspectionTarget | null>(null);
  // A shop's code scanned by a grid worker opens its inspection (/inspections?target=<id>).
  const wanted = params.get('target');
  const fromCode = wanted ? targets.data?.find((x) => x.id === wanted) : undefined;
  const open = inspecting ?? fromCode ?? null;
  const close = () => {
    setInspecting(null);
    if (wanted) setParams({}, { replace: true });
  };
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="inspections-page">
          {t('inspections.title')}
        </Typography.Title>
        <Tabs
          items={[
            {
              key: 'targets',
              label: t('inspections.targets'),
              children: (
                <Table
                  rowKey="id"
                  loading={targets.isLoading}
                  dataSource={targets.data ?? []}
                  scroll={{ x: true }}
                  onRow={(row) =>
                    ({
                      'data-testid': 'target-row',
                      'data-name': row.name,
                    }) as React.HTMLAttributes<HTMLElement>
                  }
                  columns={[
                    { title: t('inspections.name'), dataIndex: 'name' },
                    {
                      title: t('inspections.kind'),
                      dataIndex: 'kind',
                      render: (k: 'shop') => t(`inspections.kinds.${k}`),
                    },
                    {
                      title: '',
                      key: 'flags',
                      render: (_, row) => (
                        <Flex wrap gap={4}>
                          {row.repeatOffender && <Tag color="red">{t('inspections.repeat')}</Tag>}
                          {row.openOrders > 0 && (
                            <Tag color="orange">{t('inspections.openOrders', { count: row.openOrders })}</Tag>
                          )}
                          {row.overdueOrders > 0 && (
                            <Tag color="red">
                              {t('inspections.overdueOrders', { count: row.overdueOrders })}
                            </Tag>
                          )}
                          <Tag>
                            {row.lastPassed === null
                              ? t('inspections.neverInspected')
                              : row.lastPassed
                                ? t('inspections.lastPassed')
                                : t('inspections.lastFailed')}
                          </Tag>
                        </Flex>
                      ),
                    },
                    {
                      title: '',
                      key: 'actions',
                      render: (_, row) => (
                        <Flex gap={6}>
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => setInspecting(row)}
                            data-testid="target-inspect"
                          >
                            {t('inspections.inspect')}
                          </Button>
                          {row.kind === 'shop' && (
                            <Button size="small" onClick={() => setCoding(row)} data-testid="target-code">
                              {t('inspections.code')}
                            </Button>
                          )}
                        </Flex>
                      ),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'orders',
              label: t('inspections.orders'),
              children: (
                <Table
                  rowKey="id"
                  loading={orders.isLoading}
                  dataSource={orders.data ?? []}
                  scroll={{ x: true }}
                  onRow={(row) =>
                    ({
                      'data-testid': 'order-row',
                      'data-state': row.state,
                      'data-reopened': row.reopened,
                    }) as React.HTMLAttributes<HTMLElement>
                  }
                  columns={[
                    { title: t('inspections.targets'), dataIndex: 'target' },
                    { title: t('inspections.finding'), dataIndex: 'finding' },
                    { title: t('inspections.deadline'), dataIndex: 'deadline', render: formatTime },
                    {
                      title: '',
                      key: 'state',
                      render: (_, o) => (
                        <Flex wrap gap={4}>
                          <Tag color={o.state === 'open' ? 'orange' : 'green'}>
                            {t(`inspections.state.${o.state}`)}
                          </Tag>
                          {o.overdue && <Tag color="red">{t(`inspections.escalation.${o.escalation}`)}</Tag>}
                          {o.reopened > 0 && <Tag>{t('inspections.reopened', { count: o.reopened })}</Tag>}
                          {o.state === 'open' && o.surpriseAt && (
                            <Tag color="purple" data-testid="order-surprise-at">
                              {t('inspections.surpriseAt', { time: formatTime(o.surpriseAt) })}
                            </Tag>
                          )}
                        </Flex>
                      ),
                    },
                    {
                      title: t('inspections.followUp'),
                      key: 'follow',
                      render: (_, o) => <FollowUpButtons order={o} />,
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Flex>
      {open && <InspectModal target={open} onClose={close} />}
      {coding && <CodeModal target={coding} onClose={() => setCoding(null)} />}
    </PageShell>
  );
}
