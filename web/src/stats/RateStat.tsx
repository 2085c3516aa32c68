import type { Rate } from '@needle/contract';
import { Flex, Progress, Typography } from 'antd';
import { formatRate } from '../i18n/formatRate';

/** Four rates a row at a desk, two on a phone. */
export const rateColumn = { xs: 12, md: 6 };

interface Props {
  name: string;
  title: string;
  rate: Rate;
  /** How the rate is made: "3 / 4", or the parts of a weighted one. */
  detail?: string;
  /** For a rate where less is better (返工率): drawn in a warning colour. */
  lowerIsBetter?: boolean;
}

/** One rate as a large percentage with a bar under it; "—" and an empty bar when there is no data. */
export function RateStat({ name, title, rate, detail, lowerIsBetter }: Props) {
  return (
    <Flex vertical gap={2} data-testid={`kpi-${name}`}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <Typography.Text
        style={{ fontSize: 24, fontWeight: 600, lineHeight: 1.3 }}
        data-testid={`kpi-${name}-value`}
      >
        {formatRate(rate)}
      </Typography.Text>
      <Progress
        percent={rate === null ? 0 : rate * 100}
        showInfo={false}
        size="small"
        strokeColor={lowerIsBetter ? '#fa8c16' : undefined}
      />
      {detail && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {detail}
        </Typography.Text>
      )}
    </Flex>
  );
}
