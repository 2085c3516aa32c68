import type { MonthlyProblemDetail } from '@needle/contract';
import { Empty, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../i18n/formatTime';
import { statusLabel, whistleStatusLabel } from '../i18n/labels';

interface Line {
  key: string;
  kind: string;
  title: ReactNode;
  detail: string;
}

/** What was done about the problem: proactive cases, whistle orders and accepted hotspots, newest first. */
export function ProblemActions({ actions }: { actions: MonthlyProblemDetail['actions'] }) {
  const { t } = useTranslation();
  const lines: Line[] = [
    ...actions.proactiveCases.map((c) => ({
      key: `case-${c.id}`,
      kind: t('monthlyProblems.proactiveCases'),
      title: <Link to={`/cases/${c.id}`}>{c.code}</Link>,
      detail: `${c.streetName} · ${statusLabel(t, c.status)} · ${formatTime(c.createdAt)}`,
    })),
    ...actions.whistleOrders.map((o) => ({
      key: `whistle-${o.id}`,
      kind: t('monthlyProblems.whistleOrders'),
      title: <Link to={`/whistles/${o.id}`}>{o.title}</Link>,
      detail: `${o.code} · ${whistleStatusLabel(t, o.status)} · ${t('monthlyProblems.whistleCases', { count: o.cases })}`,
    })),
    ...actions.acceptedHotspots.map((h) => ({
      key: `hotspot-${h.id}`,
      kind: t('monthlyProblems.acceptedHotspots'),
      title:
        h.action === 'whistle' || h.action === 'proactive_case'
          ? t(`monthlyProblems.hotspotAction.${h.action}`)
          : '',
      detail: `${t('monthlyProblems.hotspotFigures', {
        street: h.streetName,
        observed: h.observed,
        expected: h.expected.toFixed(1),
      })} · ${formatTime(h.decidedAt)}`,
    })),
  ];
  if (lines.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monthlyProblems.noActions')} />;
  return (
    <List
      size="small"
      dataSource={lines}
      data-testid="problem-actions"
      renderItem={(line) => (
        <List.Item key={line.key}>
          <List.Item.Meta
            title={
              <span>
                <Tag>{line.kind}</Tag>
                {line.title}
              </span>
            }
            description={<Typography.Text type="secondary">{line.detail}</Typography.Text>}
          />
        </List.Item>
      )}
    />
  );
}
