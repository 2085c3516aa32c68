import { App, Button, Card, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { closeEvaluation, type Evaluation } from '../api/evaluations';
import { DetailPage } from '../common/DetailPage';
import { Facts } from '../common/Facts';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { communityName, useKeptCommunities } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { EvaluationResultsCard } from './EvaluationResultsCard';
import { EvaluationStateTag } from './EvaluationStateTag';
import { useEvaluation, useEvaluationsWrite } from './evaluationsQueries';
import { useOfferPrice } from './OfferPrice';

export function EvaluationDetailPage() {
  const id = useParams().id ?? '';
  return <DetailPage query={useEvaluation(id)} notFound={<EvaluationNotFound />} view={EvaluationView} />;
}

function EvaluationNotFound() {
  const { t } = useTranslation();
  return (
    <NotFound
      title={t('evaluations.detail.notFound')}
      backTo="/evaluations"
      backText={t('evaluations.detail.back')}
      testId="evaluation-not-found"
    />
  );
}

/** One evaluation for its organisers: what is compared, how many households took part, its close. */
function EvaluationView({ detail }: { detail: Evaluation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const communities = useKeptCommunities();
  const price = useOfferPrice();
  const close = useEvaluationsWrite(() => closeEvaluation(detail.id));
  return (
    <Flex vertical gap={12}>
      <PageHeading
        title={
          <Flex wrap gap={8} align="center">
            <span data-testid="evaluation-heading" style={{ overflowWrap: 'anywhere' }}>
              {detail.subject}
            </span>
            <EvaluationStateTag state={detail.state} />
          </Flex>
        }
      >
        {detail.state !== 'closed' && (
          <Popconfirm
            title={t('evaluations.detail.closeConfirm')}
            description={<div style={{ maxWidth: 280 }}>{t('evaluations.detail.closeConfirmText')}</div>}
            okText={t('evaluations.detail.close')}
            cancelText={t('actionForm.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'evaluation-close-confirm' }}
            onConfirm={() =>
              close.mutateAsync(undefined).then(
                () => void message.success(t('evaluations.detail.closed')),
                (error: unknown) => void message.error(errorText(t, error)),
              )
            }
          >
            <Button danger loading={close.isPending} data-testid="evaluation-close">
              {t('evaluations.detail.close')}
            </Button>
          </Popconfirm>
        )}
      </PageHeading>
      <Facts
        testId="evaluation-facts"
        items={[
          {
            key: 'community',
            label: t('evaluations.community'),
            children: communityName(communities, detail.regionCode),
          },
          { key: 'mode', label: t('evaluations.mode'), children: t(`evaluations.modes.${detail.mode}`) },
          { key: 'opens', label: t('evaluations.opensAt'), children: formatTime(detail.opensAt) },
          { key: 'closes', label: t('evaluations.closesAt'), children: formatTime(detail.closesAt) },
          ...(detail.closedAt
            ? [{ key: 'closed', label: t('evaluations.closedAt'), children: formatTime(detail.closedAt) }]
            : []),
          {
            key: 'households',
            label: t('evaluations.households'),
            children: (
              <span data-testid="evaluation-households">
                {t('evaluations.householdsValue', { count: detail.households })}
              </span>
            ),
          },
          ...(detail.description
            ? [
                {
                  key: 'description',
                  label: t('evaluations.create.description'),
                  children: detail.description,
                },
              ]
            : []),
        ]}
      />
      {detail.results ? (
        <EvaluationResultsCard evaluation={detail} />
      ) : (
        <Typography.Text type="secondary">{t('evaluations.detail.whileOpen')}</Typography.Text>
      )}
      <Card size="small" title={t('evaluations.detail.offers')}>
        <List
          dataSource={detail.offers}
          data-testid="evaluation-offers"
          renderItem={(offer) => (
            <List.Item data-testid="evaluation-offer-item">
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Flex wrap gap={8} align="baseline">
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {offer.name}
                  </Typography.Text>
                  <Typography.Text>{price(offer)}</Typography.Text>
                </Flex>
                {offer.description && (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {offer.description}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {detail.mode === 'score' && (
        <Card size="small" title={t('evaluations.detail.criteria')}>
          <Flex wrap gap={8} data-testid="evaluation-criteria">
            {detail.criteria.map((c) => (
              <Tag key={c.id} style={{ marginInlineEnd: 0 }}>
                {c.name} · {t('evaluations.detail.weightValue', { weight: c.weight })}
              </Tag>
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
