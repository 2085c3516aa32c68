import { Button, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Phase } from './useSubmitReport';

type Outcome = Extract<Phase, { status: 'sending' | 'waiting' | 'sent' }>;

export const isOutcome = (phase: Phase): phase is Outcome =>
  phase.status === 'sending' || phase.status === 'waiting' || phase.status === 'sent';

/** After 提交: the case made, or the report waiting on the phone for the network. */
export function ReportOutcome({ phase, onAgain }: { phase: Outcome; onAgain(): void }) {
  const { t } = useTranslation();
  const again = (
    <Button key="again" onClick={onAgain} data-testid="report-again">
      {t('offline.report.another')}
    </Button>
  );
  if (phase.status === 'sending') {
    return (
      <Flex justify="center" style={{ padding: 48 }} data-testid="report-sending">
        <Spin tip={t('offline.report.sending')} size="large">
          <div style={{ width: 160, height: 80 }} />
        </Spin>
      </Flex>
    );
  }
  if (phase.status === 'waiting') {
    return (
      <div data-testid="report-waiting">
        <Result
          status="warning"
          title={t('offline.report.waitingTitle')}
          subTitle={t('offline.report.waitingHint')}
          extra={[
            again,
            <Link key="mine" to="/cases">
              <Button>{t('offline.report.myReports')}</Button>
            </Link>,
          ]}
        />
      </div>
    );
  }
  return (
    <div data-testid="report-result">
      <Result
        status="success"
        title={t('offline.report.sentTitle')}
        subTitle={
          <>
            {t('offline.report.code')}{' '}
            <Typography.Text strong>
              <span data-testid="report-result-code">{phase.code}</span>
            </Typography.Text>
          </>
        }
        extra={[
          <Link key="follow" to={`/cases/${phase.caseId}`} data-testid="report-result-follow">
            <Button type="primary">{t('offline.report.follow')}</Button>
          </Link>,
          again,
        ]}
      />
    </div>
  );
}
