import { CheckCircleFilled, RightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import type { ResidentEvaluation } from '../api/evaluations';
import { PageHeading } from '../common/PageHeading';
import { PageSkeleton } from '../common/PageSkeleton';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { EvaluationStateTag } from './EvaluationStateTag';
import { useMyEvaluations } from './evaluationsQueries';

const notVerified = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'HOUSEHOLD_NOT_VERIFIED';

/**
 * 民事民评 on the resident's phone: their community's evaluations as cards a thumb opens, each saying
 * whether their household took part.
 */
export function ResidentEvaluationsPage() {
  const { t } = useTranslation();
  const evaluations = useMyEvaluations();
  return (
    <PageShell maxWidth={800}>
      <Flex vertical gap={12} data-testid="my-evaluations">
        <PageHeading title={t('evaluations.resident.title')} testId="my-evaluations-heading" />
        <Typography.Text type="secondary">{t('evaluations.resident.intro')}</Typography.Text>
        {evaluations.error !== null &&
          (notVerified(evaluations.error) ? (
            <Alert
              type="info"
              showIcon
              title={t('evaluations.resident.notVerified')}
              data-testid="my-evaluations-not-verified"
            />
          ) : (
            <Alert type="error" showIcon title={errorText(t, evaluations.error)} />
          ))}
        {evaluations.isPending && <PageSkeleton rows={4} />}
        {evaluations.data?.length === 0 && <Empty description={t('evaluations.resident.empty')} />}
        {evaluations.data?.map((evaluation) => (
          <EvaluationCard key={evaluation.id} evaluation={evaluation} />
        ))}
      </Flex>
    </PageShell>
  );
}

function EvaluationCard({ evaluation }: { evaluation: ResidentEvaluation }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Link to={`/evaluations/${evaluation.id}`} data-testid="my-evaluation" data-state={evaluation.state}>
      <Card size="small" hoverable>
        <Flex align="center" gap={12}>
          <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Flex wrap gap={8} align="center">
              <EvaluationStateTag state={evaluation.state} />
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {evaluation.subject}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`evaluations.modes.${evaluation.mode}`)} · {formatTime(evaluation.opensAt)} –{' '}
              {formatTime(evaluation.closedAt ?? evaluation.closesAt)}
            </Typography.Text>
            {evaluation.householdTookPart ? (
              <Typography.Text type="success" data-testid="my-evaluation-took-part">
                <CheckCircleFilled /> {t('evaluations.resident.tookPart')}
              </Typography.Text>
            ) : (
              evaluation.state === 'open' && (
                <Typography.Text style={{ color: token.colorPrimary }}>
                  {t('evaluations.resident.open')}
                </Typography.Text>
              )
            )}
          </Flex>
          <RightOutlined style={{ color: token.colorTextTertiary }} />
        </Flex>
      </Card>
    </Link>
  );
}
