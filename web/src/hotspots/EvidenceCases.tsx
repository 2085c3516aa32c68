import { Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../cases/StatusTag';
import { formatTime } from '../i18n/formatTime';
import { channelLabel } from '../i18n/labels';
import type { EvidenceCase } from './hotspotsApi';

/** The cases that are the proposal's evidence, newest first, each opening its case. */
export function EvidenceCases({ cases }: { cases: EvidenceCase[] }) {
  const { t } = useTranslation();
  if (cases.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotspots.detail.noCases')} />;
  return (
    <List<EvidenceCase>
      size="small"
      dataSource={cases}
      pagination={cases.length > 10 ? { pageSize: 10, size: 'small', simple: true } : false}
      data-testid="evidence-cases"
      renderItem={(c) => (
        <List.Item style={{ display: 'block', paddingInline: 0 }}>
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Link to={`/cases/${c.id}`} data-testid="evidence-case-link">
                {c.code}
              </Link>
              <StatusTag status={c.status} />
            </Flex>
            <Typography.Text ellipsis={{ tooltip: c.description }}>{c.description}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {channelLabel(t, c.channel)} · {formatTime(c.createdAt)}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}
