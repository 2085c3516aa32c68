import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkReceipt } from '../api/deliberations';
import { errorText } from '../i18n/errorText';

/** A voter pastes their receipt: the server says whether a ballot with it was counted, and as what. */
export function ReceiptCheckForm() {
  const { t } = useTranslation();
  const check = useMutation({ mutationFn: checkReceipt });
  const result = check.data;
  return (
    <Flex vertical gap={8}>
      <Form<{ receipt: string }>
        layout="vertical"
        onFinish={({ receipt }) => check.mutate(receipt.trim())}
        data-testid="receipt-check-form"
      >
        <Form.Item
          name="receipt"
          label={t('deliberations.receipt.label')}
          rules={[{ required: true, whitespace: true, message: t('deliberations.receipt.required') }]}
        >
          <Input.TextArea
            rows={2}
            maxLength={200}
            style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
            data-testid="receipt-check-input"
          />
        </Form.Item>
        <Button htmlType="submit" loading={check.isPending} data-testid="receipt-check-submit">
          {t('deliberations.receipt.check')}
        </Button>
      </Form>
      {check.error !== null && <Alert type="error" showIcon title={errorText(t, check.error)} />}
      {result && (
        <Alert
          type={result.counted ? 'success' : 'warning'}
          showIcon
          title={
            result.counted && result.choice
              ? t('deliberations.receipt.counted', { choice: t(`deliberations.choices.${result.choice}`) })
              : t('deliberations.receipt.notCounted')
          }
          data-testid="receipt-check-result"
          data-counted={result.counted}
        />
      )}
    </Flex>
  );
}
