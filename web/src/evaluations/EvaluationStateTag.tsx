import type { EvaluationState } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<EvaluationState, string> = { scheduled: 'default', open: 'blue', closed: 'green' };

export function EvaluationStateTag({ state }: { state: EvaluationState }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={colors[state]}
      style={{ marginInlineEnd: 0 }}
      data-testid="evaluation-state"
      data-state={state}
    >
      {t(`evaluations.states.${state}`)}
    </Tag>
  );
}
