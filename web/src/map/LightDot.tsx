import type { TrafficLight } from '@needle/contract';
import { useTranslation } from 'react-i18next';
import { lightColour } from './caseIndex';

const codes: Record<TrafficLight, number> = { green: 1, yellow: 2, red: 3 };

/** A case's traffic light as a dot, coloured as on the map. */
export function LightDot({ light }: { light: TrafficLight | null }) {
  const { t } = useTranslation();
  return (
    <span
      role="img"
      aria-label={light ? t(`light.${light}`) : t('light.none')}
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: '50%',
        background: lightColour(light ? codes[light] : 0),
      }}
    />
  );
}
