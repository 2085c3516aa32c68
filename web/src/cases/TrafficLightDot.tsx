import type { TrafficLight } from '@needle/contract';
import { Badge, type BadgeProps, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

const badgeStatus: Record<TrafficLight, BadgeProps['status']> = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
};

/** 红黄绿灯: the dot alone in a table (its name on hover), dot and name where there is room. */
export function TrafficLightDot({
  light,
  withText = false,
}: {
  light: TrafficLight | null;
  withText?: boolean;
}) {
  const { t } = useTranslation();
  const label = t(`light.${light ?? 'none'}`);
  const dot = (
    <Badge
      status={light ? badgeStatus[light] : 'default'}
      text={withText ? label : undefined}
      aria-label={label}
      data-light={light ?? 'none'}
    />
  );
  return withText ? dot : <Tooltip title={label}>{dot}</Tooltip>;
}
