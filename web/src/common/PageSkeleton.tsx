import { Card, Flex, Skeleton } from 'antd';

/**
 * What a page shows while its code or its data is on the way: the shape of what is coming, never a
 * blank body, so a slow line looks slow rather than broken. `rows` sets how long the page looks.
 */
export function PageSkeleton({ rows = 6, testId = 'page-skeleton' }: { rows?: number; testId?: string }) {
  return (
    <Flex vertical gap={12} data-testid={testId} aria-busy="true">
      <Skeleton.Input active size="large" style={{ width: 240 }} />
      <Card>
        <Skeleton active title={false} paragraph={{ rows }} />
      </Card>
    </Flex>
  );
}
