import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPatrolPoint, fetchPatrolPoints, type PatrolPoint } from '../api/patrols';
import { FormModal } from '../common/FormModal';
import { PrintableCode } from '../common/PrintableCode';
import { GridSelect } from '../registry/GridSelect';
import { PointField } from '../report/PointField';
import type { ReportPoint } from '../report/reportDraft';

/** What a point's printed code opens: the patrol page, which checks the worker in on a running patrol. */
const checkInUrl = (p: PatrolPoint) =>
  `${window.location.origin}/patrols?checkin=${encodeURIComponent(p.qrToken)}`;

function PointCodeModal({ point, onClose }: { point: PatrolPoint; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={`${t('patrols.pointDesk.code')} · ${point.name}`} onCancel={onClose} footer={null}>
      <Flex vertical align="center" gap={8}>
        <PrintableCode
          value={checkInUrl(point)}
          card={{
            name: point.name,
            address: t('patrols.pointDesk.cardLine'),
            hint: t('patrols.pointDesk.cardHint'),
          }}
          printLabel={t('patrols.pointDesk.print')}
          data-testid="point-code-print"
        />
        <Typography.Text type="secondary">{t('patrols.pointDesk.cardHint')}</Typography.Text>
      </Flex>
    </Modal>
  );
}

interface PointValues {
  regionCode: string;
  name: string;
  point: ReportPoint;
  radiusM?: number;
}

function AddPointModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: addPatrolPoint,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['patrols', 'points'] }),
  });
  return (
    <FormModal<PointValues, Parameters<typeof addPatrolPoint>[0], PatrolPoint>
      title={t('patrols.pointDesk.add')}
      testId="point-new"
      width={640}
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{ radiusM: 30 }}
      toVariables={({ regionCode, name, point, radiusM }) => ({
        regionCode,
        name: name.trim(),
        lat: point.lat,
        lng: point.lng,
        ...(radiusM ? { radiusM } : {}),
      })}
    >
      <Form.Item
        name="regionCode"
        label={t('errands.grid')}
        rules={[{ required: true, message: t('registry.required') }]}
      >
        <GridSelect data-testid="point-grid" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('patrols.pointDesk.name')}
        rules={[{ required: true, whitespace: true, message: t('registry.required') }]}
      >
        <Input maxLength={60} placeholder="义和路垃圾站" data-testid="point-name" />
      </Form.Item>
      <Form.Item
        name="point"
        label={t('patrols.pointDesk.where')}
        rules={[{ required: true, message: t('patrols.pointDesk.pick') }]}
      >
        <PointField />
      </Form.Item>
      <Form.Item name="radiusM" label={t('patrols.pointDesk.radius')}>
        <InputNumber min={5} max={1000} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** 巡查点位: the required points of the area, each with the QR code printed at it, and new ones added. */
export function PatrolPoints() {
  const { t } = useTranslation();
  const [coding, setCoding] = useState<PatrolPoint | null>(null);
  const [adding, setAdding] = useState(false);
  const points = useQuery({
    queryKey: ['patrols', 'points'],
    queryFn: ({ signal }) => fetchPatrolPoints(signal),
  });
  return (
    <Flex vertical gap={8}>
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setAdding(true)} data-testid="point-new">
          {t('patrols.pointDesk.add')}
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="small"
        loading={points.isPending}
        dataSource={points.data ?? []}
        scroll={{ x: true }}
        onRow={(p) =>
          ({ 'data-testid': 'point-row', 'data-name': p.name }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('patrols.pointDesk.name'), dataIndex: 'name' },
          { title: t('errands.grid'), dataIndex: 'regionCode' },
          {
            title: t('patrols.pointDesk.radius'),
            dataIndex: 'radiusM',
            render: (m: number) => t('patrols.metres', { count: m }),
          },
          {
            title: '',
            key: 'code',
            render: (_, p) => (
              <Button size="small" onClick={() => setCoding(p)} data-testid="point-code">
                {t('patrols.pointDesk.code')}
              </Button>
            ),
          },
        ]}
      />
      {coding && <PointCodeModal point={coding} onClose={() => setCoding(null)} />}
      {adding && <AddPointModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}
