import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailPage } from '../common/DetailPage';
import { NotFound } from '../common/NotFound';
import { formatTime } from '../i18n/formatTime';
import { EChart } from '../stats/EChart';
import { EvidenceCases } from './EvidenceCases';
import { HotspotKindTag, HotspotStatusTag } from './HotspotTags';
import { type ProposalDetail, useProposal } from './hotspotsApi';
import { ProposalDecision } from './ProposalDecision';
import { ProposalMap } from './ProposalMap';
import { ProposalScore } from './ProposalScore';
import { proposalTrendOption } from './trendOption';
import { useProposalWords } from './useProposalWords';

export function HotspotDetailPage() {
  const { t } = useTranslation();
  const query = useProposal(useParams().id ?? '');
  return (
    <DetailPage
      query={query}
      notFound={
        <NotFound
          title={t('hotspots.detail.notFound')}
          backTo="/hotspots"
          backText={t('hotspots.detail.back')}
          testId="proposal-not-found"
        />
      }
      view={ProposalView}
    />
  );
}

/** A proposal with its evidence (score, place, trend, cases) and the decision on it. */
function ProposalView({ detail }: { detail: ProposalDetail }) {
  const { t } = useTranslation();
  const words = useProposalWords();
  const p = detail.proposal;
  const category = words.category(p);
  const trend = useMemo(
    () => proposalTrendOption(t, detail.trend, p.windowStart),
    [t, detail.trend, p.windowStart],
  );
  return (
    <Flex vertical gap={12} data-testid="proposal" data-proposal-id={p.id} data-status={p.status}>
      <Link to="/hotspots">
        <ArrowLeftOutlined /> {t('hotspots.detail.back')}
      </Link>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="proposal-title">
          {t('hotspots.detail.title', { street: p.streetName, category })}
        </Typography.Title>
        <HotspotKindTag kind={p.kind} />
        <HotspotStatusTag status={p.status} />
      </Flex>
      <Typography.Text strong data-testid="proposal-figures">
        {words.figures(p)}
      </Typography.Text>
      <Card size="small" title={t('hotspots.detail.decide')} data-testid="proposal-decision">
        <ProposalDecision key={p.id} p={p} category={category} />
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <ProposalScore p={p} />
            <Card size="small" title={t('hotspots.detail.map')}>
              <ProposalMap detail={detail} />
            </Card>
            <Card size="small" title={t('hotspots.detail.trend')}>
              <EChart
                option={trend}
                height={220}
                label={t('hotspots.detail.trendLabel')}
                data-testid="proposal-trend"
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12}>
            {/* One column beside the evidence at a desk, two on a tablet, one on a phone. */}
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, sm: 2, lg: 1 }}
              data-testid="proposal-facts"
              items={[
                { key: 'kind', label: t('hotspots.detail.kind'), children: <HotspotKindTag kind={p.kind} /> },
                { key: 'category', label: t('hotspots.detail.category'), children: category },
                { key: 'street', label: t('hotspots.detail.street'), children: p.streetName },
                {
                  key: 'area',
                  label: t('hotspots.detail.area'),
                  children: t(p.radius === 1 ? 'hotspots.detail.areaRing' : 'hotspots.detail.areaAlone'),
                },
                {
                  key: 'window',
                  label: t('hotspots.detail.window'),
                  children: t('hotspots.detail.windowValue', {
                    from: formatTime(p.windowStart),
                    to: formatTime(p.windowEnd),
                  }),
                },
                { key: 'detected', label: t('hotspots.detail.detected'), children: formatTime(p.detectedAt) },
                { key: 'updated', label: t('hotspots.detail.updated'), children: formatTime(p.updatedAt) },
              ]}
            />
            <Card size="small" title={t('hotspots.detail.cases', { count: p.caseCount })}>
              <EvidenceCases cases={detail.cases} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
