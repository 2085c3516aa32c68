import { Alert, Card, Flex, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useProactiveFigure } from './hotspotsApi';

/**
 * 未诉先办 beside the other KPI cards: the proactive cases opened in the month, those opened before any
 * complaint at their place and category, and the complaints that followed them there.
 */
export function ProactiveCard({ month, regionCode }: { month: string; regionCode?: string }) {
  const { t } = useTranslation();
  const figure = useProactiveFigure(month, regionCode);
  const f = figure.data;
  return (
    <Card size="small" title={t('hotspots.kpi.title')} data-testid="kpi-proactive">
      {figure.error !== null ? (
        <Alert
          type="error"
          showIcon
          title={t('hotspots.kpi.failed', { reason: errorText(t, figure.error) })}
        />
      ) : !f ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Flex vertical gap={8}>
          <Flex wrap gap={32} align="start">
            <Flex vertical>
              <Statistic
                title={t('hotspots.kpi.beforeComplaint')}
                value={f.beforeComplaint}
                data-testid="kpi-proactive-beforeComplaint"
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('hotspots.kpi.beforeComplaintDetail', { before: f.beforeComplaint, opened: f.opened })}
              </Typography.Text>
            </Flex>
            <Statistic title={t('hotspots.kpi.opened')} value={f.opened} data-testid="kpi-proactive-opened" />
            <Flex vertical>
              <Statistic
                title={t('hotspots.kpi.complaintsAfter')}
                value={f.complaintsAfter}
                data-testid="kpi-proactive-complaintsAfter"
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('hotspots.kpi.complaintsAfterDetail')}
              </Typography.Text>
            </Flex>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('hotspots.kpi.rule')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
