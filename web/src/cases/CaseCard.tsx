import type { Case } from '@needle/contract';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LinkCard } from '../common/LinkCard';
import { formatTime } from '../i18n/formatTime';
import { StatusTag } from './StatusTag';
import { TrafficLightDot } from './TrafficLightDot';

type CardCase = Pick<Case, 'id' | 'code' | 'light' | 'status' | 'address' | 'description' | 'createdAt'>;

interface Props {
  c: CardCase;
  categoryName: string;
  /** The last line; by default the code and when it was reported. A task list shows the step's deadline. */
  footer?: ReactNode;
  testId?: string;
}

/** A case in the phone's list: what the table's row says, stacked to fit the screen's width. */
export function CaseCard({ c, categoryName, footer, testId = 'case-card' }: Props) {
  return (
    <LinkCard to={`/cases/${c.id}`} testId={testId}>
      <Flex vertical gap={4} data-case-id={c.id} data-case-code={c.code}>
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
        {footer ?? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.code} · {formatTime(c.createdAt)}
          </Typography.Text>
        )}
      </Flex>
    </LinkCard>
  );
}
