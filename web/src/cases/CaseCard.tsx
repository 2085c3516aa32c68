import type { Case } from '@needle/contract';
import { Flex, Typography } from 'antd';
import { LinkCard } from '../common/LinkCard';
import { formatTime } from '../i18n/formatTime';
import { StatusTag } from './StatusTag';
import { TrafficLightDot } from './TrafficLightDot';

/** A case in the phone's list: what the table's row says, stacked to fit the screen's width. */
export function CaseCard({ c, categoryName }: { c: Case; categoryName: string }) {
  return (
    <LinkCard to={`/cases/${c.id}`} testId="case-card">
      <Flex vertical gap={4} data-case-code={c.code}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong ellipsis>
            {categoryName}
          </Typography.Text>
          <Flex align="center" gap={6} style={{ flexShrink: 0 }}>
            <TrafficLightDot light={c.light} />
            <StatusTag status={c.status} />
          </Flex>
        </Flex>
        {/* Where it is, or what it is when the reporter gave no address. */}
        <Typography.Text ellipsis>{c.address || c.description}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {c.code} · {formatTime(c.createdAt)}
        </Typography.Text>
      </Flex>
    </LinkCard>
  );
}
