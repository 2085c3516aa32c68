import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';

interface Props {
  submission: {
    /** A kept draft was restored and nothing has been sent since. */
    restored: boolean;
    /** `kept`: the outcome is unknown, the draft and its key wait for a retry. */
    failure: { error: unknown; kept: boolean } | null;
  };
  /** Whose words: the report page's or the 12345 console's. */
  texts: 'report' | 'hotline';
  testId: string;
}

/** Above a form sent with a kept Idempotency-Key: a draft restored, or why sending it failed. */
export function SubmissionAlerts({ submission: { restored, failure }, texts, testId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {restored && (
        <Alert
          type="info"
          showIcon
          title={t(`${texts}.pendingRestored`)}
          style={{ marginBottom: 12 }}
          data-testid={`${testId}-restored`}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, failure.error)}
          description={failure.kept ? t(`${texts}.failedKept`) : undefined}
          style={{ marginBottom: 12 }}
          data-testid={`${testId}-error`}
        />
      )}
    </>
  );
}
