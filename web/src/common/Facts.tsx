import { Descriptions, type DescriptionsProps } from 'antd';

/** The facts of a case, a ticket or an order: two columns at a desk, one on a phone. */
export function Facts({ items, testId }: { items: DescriptionsProps['items']; testId: string }) {
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} items={items} data-testid={testId} />
  );
}
