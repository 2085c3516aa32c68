import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Flex } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../layout/useIsPhone';

interface Props {
  /** Stays in sight on a phone, beside the button that opens the others. */
  search?: ReactNode;
  /** How many filters are set: counted on the button, since a phone does not show them. */
  active: number;
  resetText: string;
  onReset(): void;
  testId: string;
  children: ReactNode;
}

/**
 * A list's filters: in a row at a desk; on a phone folded into a drawer from the bottom, so that the
 * list starts near the top of the screen and no filter runs off its side.
 */
export function FilterBar({ search, active, resetText, onReset, testId, children }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  const reset = <Button onClick={onReset}>{resetText}</Button>;
  if (!phone) {
    return (
      <Flex wrap gap={8} align="center" data-testid={testId}>
        {children}
        {search}
        {reset}
      </Flex>
    );
  }
  return (
    <>
      <Flex gap={8} align="center" data-testid={testId}>
        {search && <div style={{ flex: 1, minWidth: 0 }}>{search}</div>}
        <Badge count={active} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setOpen(true)} data-testid="filters-open">
            {t('layout.filters.open')}
          </Button>
        </Badge>
      </Flex>
      <Drawer
        placement="bottom"
        size="auto"
        open={open}
        onClose={() => setOpen(false)}
        title={t('layout.filters.title')}
        extra={reset}
        footer={
          <Button type="primary" block size="large" onClick={() => setOpen(false)} data-testid="filters-done">
            {t('layout.filters.done')}
          </Button>
        }
        styles={{ body: { maxHeight: '60dvh' } }}
        data-testid="filters-drawer"
      >
        <Flex vertical gap={12}>
          {children}
        </Flex>
      </Drawer>
    </>
  );
}
