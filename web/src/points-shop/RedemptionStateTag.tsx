import type { RedemptionState } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<RedemptionState, string> = {
  pending: 'orange',
  completed: 'green',
  cancelled: 'default',
  expired: 'red',
};

export function RedemptionStateTag({ state }: { state: RedemptionState }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[state]} style={{ marginInlineEnd: 0 }} data-testid="redemption-state">
      {t(`shop.states.${state}`)}
    </Tag>
  );
}
