import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title, with what the page offers (a button, a picker) at the other end of the line. */
export function PageHeading({
  title,
  testId,
  children,
}: {
  title: ReactNode;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <Flex align="center" justify="space-between" wrap gap={8}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid={testId}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}
