import type { Kpis } from '@needle/contract';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casesBehind } from './drill';

/** The case lists behind the area's figures: what was reported and closed, what is open or overdue now. */
export function FigureLinks({ kpis, month, regionCode }: { kpis: Kpis; month: string; regionCode?: string }) {
  const { t } = useTranslation();
  const scope = { month, regionCode };
  return (
    <Flex wrap gap={16} align="center" data-testid="figure-links">
      <Typography.Text type="secondary">{t('dashboards.figures')}</Typography.Text>
      <Link to={casesBehind('reported', scope)} data-testid="figure-reported">
        {t('dashboards.figureReported', { count: kpis.counts.reported })}
      </Link>
      <Link to={casesBehind('closed', scope)} data-testid="figure-closed">
        {t('dashboards.figureClosed')}
      </Link>
      <Link to={casesBehind('open', scope)} data-testid="figure-open">
        {t('dashboards.figureOpen')}
      </Link>
      <Link to={casesBehind('overdue', scope)} data-testid="figure-overdue">
        {t('dashboards.figureOverdue')}
      </Link>
    </Flex>
  );
}
