import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { usePickup } from './shopQueries';
import { normalizePickupCode, pickupCodeLooksValid } from './shopRules';

/**
 * 核销: the merchant has no account, so staff type (or a scanner types) the code the resident shows; the
 * answer says what to hand over. A code completes once: a second try is refused as not found.
 */
export function PickupForm() {
  const { t } = useTranslation();
  const pickup = usePickup();
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit() {
    const code = normalizePickupCode(typed);
    if (!pickupCodeLooksValid(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    pickup.mutate(code, { onSuccess: () => setTyped('') });
  }

  const done = pickup.data;
  return (
    <Card size="small" title={t('shop.pickup.title')} data-testid="pickup-form">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('shop.pickup.hint')}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Input
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setInvalid(false);
            }}
            onPressEnter={submit}
            placeholder={t('shop.pickup.placeholder')}
            maxLength={24}
            autoComplete="off"
            style={{ flex: '1 1 180px', fontFamily: 'monospace', textTransform: 'uppercase' }}
            data-testid="pickup-code-input"
          />
          <Button type="primary" loading={pickup.isPending} onClick={submit} data-testid="pickup-submit">
            {t('shop.pickup.submit')}
          </Button>
        </Flex>
        {invalid && (
          <Alert type="warning" showIcon title={t('shop.pickup.invalid')} data-testid="pickup-invalid" />
        )}
        {pickup.error !== null && (
          <Alert type="error" showIcon title={errorText(t, pickup.error)} data-testid="pickup-error" />
        )}
        {done && pickup.error === null && (
          <Alert
            type="success"
            showIcon
            title={t('shop.pickup.done')}
            description={t('shop.pickup.result', {
              item: done.itemName,
              merchant: done.partnerUnitName,
              points: done.points,
              resident: [done.residentName, done.residentPhone].filter(Boolean).join(' ') || '—',
            })}
            data-testid="pickup-result"
          />
        )}
      </Flex>
    </Card>
  );
}
