import type { DeliberationState } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<DeliberationState, string> = {
  proposed: 'default',
  discussed: 'blue',
  voting: 'gold',
  voted: 'cyan',
  rejected: 'red',
  published: 'green',
  closed: 'default',
};

export function DeliberationStateTag({ state }: { state: DeliberationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="deliberation-state" data-state={state}>
      {t(`deliberations.states.${state}`)}
    </Tag>
  );
}
