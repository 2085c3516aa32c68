import { REQUEST_TYPES, type RequestType, URGENCIES, type Urgency } from '@needle/contract';
import { Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CitySettings } from '../api/settings';
import { limitText } from './limitText';

interface ChoiceProps<T> {
  value?: T;
  onChange?(value: T): void;
}

/** 咨询 / 求助 / 投诉 / 举报 / 建议 as one row of buttons: the operator picks while listening. */
export function RequestTypeChoice({ value, onChange }: ChoiceProps<RequestType>) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      optionType="button"
      buttonStyle="solid"
      value={value}
      onChange={(event) => onChange?.(event.target.value)}
      data-testid="call-request-type"
    >
      {REQUEST_TYPES.map((type) => (
        <Radio.Button key={type} value={type}>
          <span data-testid={`request-${type}`}>{t(`hotline.requestTypes.${type}`)}</span>
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}

/** Each tier with the time it gives the unit, so the operator sees what the choice commits the city to. */
export function UrgencyChoice({
  value,
  onChange,
  settings,
}: ChoiceProps<Urgency> & { settings: CitySettings | null }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={value}
      onChange={(event) => onChange?.(event.target.value)}
      data-testid="call-urgency"
    >
      <Flex wrap gap={4}>
        {URGENCIES.map((urgency) => {
          const limit = settings?.hotlineUrgencyLimits[urgency];
          return (
            <Radio key={urgency} value={urgency}>
              <span data-testid={`urgency-${urgency}`}>{t(`hotline.urgencies.${urgency}`)}</span>
              {limit && (
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
                  {t('hotline.urgencyLimit', { limit: limitText(t, limit) })}
                </Typography.Text>
              )}
            </Radio>
          );
        })}
      </Flex>
    </Radio.Group>
  );
}
