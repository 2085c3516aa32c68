import type { WishState } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<WishState, string> = {
  pending_review: 'orange',
  approved: 'blue',
  rejected: 'default',
  claimed: 'cyan',
  fulfilled: 'purple',
  confirmed: 'green',
};

export function WishStateTag({ state }: { state: WishState }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[state]} style={{ marginInlineEnd: 0 }} data-testid="wish-state" data-state={state}>
      {t(`wishes.states.${state}`)}
    </Tag>
  );
}
