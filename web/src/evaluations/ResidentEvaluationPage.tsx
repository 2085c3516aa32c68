import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Radio, Rate, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { type ResidentEvaluation, submitEvaluation } from '../api/evaluations';
import { queryKeys } from '../api/queryKeys';
import { DetailPage } from '../common/DetailPage';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { newIdempotencyKey } from '../report/idempotencyKey';
import { EvaluationResultsCard } from './EvaluationResultsCard';
import { EvaluationStateTag } from './EvaluationStateTag';
import { useEvaluationsWrite, useMyEvaluation } from './evaluationsQueries';
import { useOfferPrice } from './OfferPrice';
import { type ScoreSheet, scoresMissing, toSubmission } from './submission';

export function ResidentEvaluationPage() {
  const id = useParams().id ?? '';
  return <DetailPage query={useMyEvaluation(id)} notFound={<NotYours />} view={EvaluationSheet} />;
}

function NotYours() {
  const { t } = useTranslation();
  return (
    <NotFound
      title={t('evaluations.resident.notFound')}
      backTo="/evaluations"
      backText={t('evaluations.resident.back')}
      testId="my-evaluation-not-found"
    />
  );
}

/**
 * One evaluation on the resident's phone: the offers, and while it is open and their household has not
 * taken part, the sheet (stars per offer per criterion, or one offer to vote for); then "your household
 * took part"; once closed, the results.
 */
function EvaluationSheet({ detail }: { detail: ResidentEvaluation }) {
  const { t } = useTranslation();
  const canSubmit = detail.state === 'open' && !detail.householdTookPart;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto' }}>
      <Link to="/evaluations" data-testid="my-evaluation-back">
        {t('evaluations.resident.back')}
      </Link>
      <PageHeading
        title={
          <Flex wrap gap={8} align="center">
            <EvaluationStateTag state={detail.state} />
            <span data-testid="my-evaluation-heading" style={{ overflowWrap: 'anywhere' }}>
              {detail.subject}
            </span>
          </Flex>
        }
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`evaluations.modes.${detail.mode}`)} · {formatTime(detail.opensAt)} –{' '}
        {formatTime(detail.closedAt ?? detail.closesAt)} ·{' '}
        {t('evaluations.householdsValue', { count: detail.households })}
      </Typography.Text>
      {detail.description && (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {detail.description}
        </Typography.Paragraph>
      )}
      {detail.householdTookPart && (
        <Result
          status="success"
          title={t('evaluations.resident.tookPartTitle')}
          subTitle={detail.state === 'closed' ? undefined : t('evaluations.resident.tookPartText')}
          style={{ padding: 16 }}
          data-testid="my-evaluation-took-part"
        />
      )}
      {detail.state === 'scheduled' && (
        <Alert
          type="info"
          showIcon
          title={t('evaluations.resident.scheduled', { time: formatTime(detail.opensAt) })}
        />
      )}
      {detail.results && <EvaluationResultsCard evaluation={detail} />}
      {canSubmit ? <SubmissionForm evaluation={detail} /> : <OfferList evaluation={detail} />}
    </Flex>
  );
}

function OfferList({ evaluation }: { evaluation: ResidentEvaluation }) {
  const price = useOfferPrice();
  return (
    <Flex vertical gap={8}>
      {evaluation.offers.map((offer) => (
        <Card key={offer.id} size="small" title={<OfferTitle name={offer.name} price={price(offer)} />}>
          {offer.description && (
            <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              {offer.description}
            </Typography.Text>
          )}
        </Card>
      ))}
    </Flex>
  );
}

function OfferTitle({ name, price }: { name: string; price: string }) {
  return (
    <Flex wrap gap={8} align="baseline" style={{ whiteSpace: 'normal' }}>
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {name}
      </Typography.Text>
      <Typography.Text type="secondary">{price}</Typography.Text>
    </Flex>
  );
}

const STALE = ['HOUSEHOLD_ALREADY_EVALUATED', 'EVALUATION_CLOSED', 'EVALUATION_NOT_OPEN'];

/** The household's sheet: sent once, with a key kept for a retry that must not count twice. */
function SubmissionForm({ evaluation }: { evaluation: ResidentEvaluation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const price = useOfferPrice();
  const [sheet, setSheet] = useState<ScoreSheet>({});
  const [choice, setChoice] = useState<string>();
  const client = useQueryClient();
  const [key] = useState(newIdempotencyKey);
  const submit = useEvaluationsWrite(() => {
    const submission = toSubmission(evaluation, sheet, choice);
    if (!submission) throw new Error('the sheet is not complete');
    return submitEvaluation(evaluation.id, submission, key);
  });
  const ready = toSubmission(evaluation, sheet, choice) !== null;
  const missing = evaluation.mode === 'score' ? scoresMissing(evaluation, sheet) : 0;
  const score = (offerId: string, criterionId: string, value: number) =>
    setSheet((current) => ({ ...current, [offerId]: { ...current[offerId], [criterionId]: value } }));
  return (
    <Flex vertical gap={8} data-testid="my-evaluation-form">
      <Typography.Text strong>
        {evaluation.mode === 'score'
          ? t('evaluations.resident.scoreHint')
          : t('evaluations.resident.voteHint')}
      </Typography.Text>
      {evaluation.mode === 'vote' ? (
        <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value)} style={{ width: '100%' }}>
          <Flex vertical gap={8}>
            {evaluation.offers.map((offer) => (
              <Card key={offer.id} size="small" data-testid="my-evaluation-offer">
                <Radio value={offer.id} data-testid="my-evaluation-vote" style={{ whiteSpace: 'normal' }}>
                  <OfferTitle name={offer.name} price={price(offer)} />
                </Radio>
                {offer.description && (
                  <Typography.Paragraph
                    type="secondary"
                    style={{ margin: '4px 0 0 24px', whiteSpace: 'pre-wrap' }}
                  >
                    {offer.description}
                  </Typography.Paragraph>
                )}
              </Card>
            ))}
          </Flex>
        </Radio.Group>
      ) : (
        evaluation.offers.map((offer) => (
          <Card
            key={offer.id}
            size="small"
            title={<OfferTitle name={offer.name} price={price(offer)} />}
            data-testid="my-evaluation-offer"
          >
            {offer.description && (
              <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                {offer.description}
              </Typography.Paragraph>
            )}
            <Flex vertical gap={4}>
              {evaluation.criteria.map((criterion) => (
                <Flex key={criterion.id} align="center" justify="space-between" gap={8} wrap>
                  <Typography.Text>{criterion.name}</Typography.Text>
                  <Rate
                    value={sheet[offer.id]?.[criterion.id] ?? 0}
                    onChange={(value) => score(offer.id, criterion.id, value)}
                    aria-label={`${offer.name} ${criterion.name}`}
                    style={{ fontSize: 24 }}
                    data-testid="my-evaluation-rate"
                    data-offer={offer.id}
                    data-criterion={criterion.id}
                  />
                </Flex>
              ))}
            </Flex>
          </Card>
        ))
      )}
      {submit.error !== null && (
        <Alert type="error" showIcon title={errorText(t, submit.error)} data-testid="my-evaluation-error" />
      )}
      {missing > 0 && (
        <Typography.Text type="secondary" data-testid="my-evaluation-missing">
          {t('evaluations.resident.missing', { count: missing })}
        </Typography.Text>
      )}
      <Button
        type="primary"
        size="large"
        block
        disabled={!ready}
        loading={submit.isPending}
        onClick={() =>
          submit.mutate(undefined, {
            onSuccess: () => void message.success(t('evaluations.resident.submitted')),
            // Another member of the household was first, or it closed meanwhile: show it as it now is.
            onError: (error) => {
              if (error instanceof ApiError && STALE.includes(error.code)) {
                void client.invalidateQueries({ queryKey: queryKeys.evaluations.all });
              }
            },
          })
        }
        data-testid="my-evaluation-submit"
      >
        {t('evaluations.resident.submit')}
      </Button>
    </Flex>
  );
}
