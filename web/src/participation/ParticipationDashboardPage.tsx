import { Alert, Card, Col, Flex, Row, Select, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { EChart } from '../stats/EChart';
import { thisMonth } from '../stats/month';
import { ScopePicker } from '../stats/ScopePicker';
import { ParticipationFigureCards } from './ParticipationFigureCards';
import { ParticipationRowsTable } from './ParticipationRowsTable';
import { monthsOption, projectStatesOption } from './participationCharts';
import { useParticipationDashboard } from './participationQueries';

/** How many of a module's things stand in each state, every state shown. */
function StateCounts({
  id,
  title,
  counts,
}: {
  id: string;
  title: string;
  counts: { label: string; count: number }[];
}) {
  return (
    <Col xs={24} md={12}>
      <Card size="small" title={title}>
        <Flex wrap gap={8} data-testid={`participation-${id}-states`}>
          {counts.map((c) => (
            <Tag key={c.label}>
              {c.label} {c.count}
            </Tag>
          ))}
        </Flex>
      </Card>
    </Col>
  );
}

// The city's year, as the server counts it, whatever zone the browser is set to.
const thisYear = () => Number(thisMonth().slice(0, 4));

/**
 * 参与看板: a community's (or a street's) year of participation — projects by state, wishes fulfilled,
 * volunteer hours, deliberations — month by month, and a street's communities side by side.
 */
export function ParticipationDashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const [year, setYear] = useState(() => Number(params.get('year')) || thisYear());
  const dashboard = useParticipationDashboard(region, year);
  const data = dashboard.data;
  const choose = (next: { region?: string; year?: number }) => {
    const query = new URLSearchParams();
    const r = 'region' in next ? next.region : region;
    if (r) query.set('region', r);
    query.set('year', String(next.year ?? year));
    setParams(query, { replace: true });
    if (next.year) setYear(next.year);
  };
  return (
    <PageShell>
      <Flex vertical gap={12} data-testid="participation-dashboard">
        <PageHeading title={t('participationDashboard.title', { name: data?.region.name ?? '' })}>
          <Flex gap={8} wrap>
            <ScopePicker value={region} onChange={(code) => choose({ region: code })} />
            <Select
              value={year}
              onChange={(y: number) => choose({ year: y })}
              options={Array.from({ length: 5 }, (_, i) => thisYear() - i).map((y) => ({
                value: y,
                label: t('participationDashboard.year', { year: y }),
              }))}
              style={{ width: 110 }}
              aria-label={t('participationDashboard.yearLabel')}
              data-testid="participation-year"
            />
          </Flex>
        </PageHeading>
        {dashboard.error !== null && <Alert type="error" showIcon title={errorText(t, dashboard.error)} />}
        {!data ? (
          dashboard.isPending && <Spin />
        ) : (
          <>
            <ParticipationFigureCards data={data} />
            <Row gutter={[12, 12]}>
              <Col xs={24} lg={16}>
                <Card size="small" title={t('participationDashboard.byMonth')}>
                  <EChart
                    option={monthsOption(t, data.months)}
                    height={280}
                    label={t('participationDashboard.byMonth')}
                    data-testid="participation-months"
                  />
                </Card>
              </Col>
              <Col xs={24} lg={8}>
                <Card size="small" title={t('participationDashboard.projectsByState')}>
                  <EChart
                    option={projectStatesOption(t, data.projectsByState)}
                    height={280}
                    label={t('participationDashboard.projectsByState')}
                    data-testid="participation-project-states"
                  />
                </Card>
              </Col>
            </Row>
            <Row gutter={[12, 12]}>
              <StateCounts
                id="wish"
                title={t('participationDashboard.wishesByState')}
                counts={data.wishesByState.map((s) => ({
                  label: t(`wishes.states.${s.state}`),
                  count: s.count,
                }))}
              />
              <StateCounts
                id="deliberation"
                title={t('participationDashboard.deliberationsByState')}
                counts={data.deliberationsByState.map((s) => ({
                  label: t(`deliberations.states.${s.state}`),
                  count: s.count,
                }))}
              />
            </Row>
            {data.rows.length > 0 && (
              <Card size="small" title={t('participationDashboard.rows')}>
                <ParticipationRowsTable rows={data.rows} />
              </Card>
            )}
          </>
        )}
      </Flex>
    </PageShell>
  );
}
