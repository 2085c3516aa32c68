import type { MonthlyProblemRowView } from '@needle/contract';
import { Alert, Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategoryName } from '../categories/useCategoryName';
import { errorText } from '../i18n/errorText';
import { EChart } from '../stats/EChart';
import { useMonthlyProblemDetail } from './monthlyProblemsApi';
import { ProblemActions } from './ProblemActions';
import { ProblemCases } from './ProblemCases';
import { ProblemFigures } from './ProblemFigures';
import { problemTrendOption } from './trendOption';

/**
 * One district's 每月一题: the problem and its figures from the list, then its actions, its before/after
 * weeks and its complaints from the district's own answer.
 */
export function DistrictProblemCard({ row, month }: { row: MonthlyProblemRowView; month: string }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  // The server names categories in Chinese; the category list names them in the user's language.
  const named = (code: string, fallback: string) => {
    const local = categoryName(code);
    return local === code ? fallback : local;
  };
  const [page, setPage] = useState(1);
  const detail = useMonthlyProblemDetail(row.districtCode, month, page);
  const top = row.top;
  const topName = top ? named(top.categoryCode, top.categoryName) : '';
  const option = useMemo(
    () => (detail.data && detail.data.trend.length > 0 ? problemTrendOption(t, detail.data.trend) : null),
    [t, detail.data],
  );
  const title = (
    <Flex wrap gap={8} align="baseline">
      <span>{row.districtName}</span>
      {row.regionCode !== row.districtCode && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('monthlyProblems.area', { name: row.regionName })}
        </Typography.Text>
      )}
    </Flex>
  );
  return (
    <Card
      title={title}
      data-testid={`problem-card-${row.districtCode}`}
      styles={{ body: { paddingTop: 12 } }}
    >
      {!top ? (
        <Empty description={t('monthlyProblems.noComplaints')} />
      ) : (
        <Flex vertical gap={12}>
          <Flex wrap gap={8} align="center">
            <Tag color="red">{t('monthlyProblems.topProblem')}</Tag>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="top-problem">
              {topName}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('monthlyProblems.total', { count: row.totalComplaints })}
            </Typography.Text>
          </Flex>
          <ProblemFigures top={top} />
          {row.runnersUp.length > 0 && (
            <Typography.Text type="secondary">
              {t('monthlyProblems.runnersUp')}:{' '}
              {row.runnersUp
                .map((r) =>
                  t('monthlyProblems.runnerUp', {
                    name: named(r.categoryCode, r.categoryName),
                    count: r.complaints,
                  }),
                )
                .join('、')}
            </Typography.Text>
          )}
          {detail.error ? (
            <Alert
              type="error"
              showIcon
              title={t('monthlyProblems.loadFailed', { reason: errorText(t, detail.error) })}
            />
          ) : !detail.data ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <Typography.Text strong>{t('monthlyProblems.trend')}</Typography.Text>
                {option && (
                  <EChart
                    option={option}
                    height={240}
                    label={t('monthlyProblems.trendLabel', { name: topName })}
                    data-testid="problem-trend"
                  />
                )}
              </Col>
              <Col xs={24} lg={10}>
                <Typography.Text strong>{t('monthlyProblems.actions')}</Typography.Text>
                <ProblemActions actions={detail.data.actions} />
              </Col>
              <Col span={24}>
                <Typography.Text strong>{t('monthlyProblems.cases')}</Typography.Text>{' '}
                <ProblemCases cases={detail.data.cases} onPage={setPage} />
              </Col>
            </Row>
          )}
        </Flex>
      )}
    </Card>
  );
}
