import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { downloadExport } from '../exports/download';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { cityTimeOfDay } from '../stats/cityClock';
import { MonthPicker } from '../stats/MonthPicker';
import { isMonth } from '../stats/month';
import { DistrictProblemCard } from './DistrictProblemCard';
import { lastWholeMonth } from './defaultMonth';
import { exportPath, useMonthlyProblems } from './monthlyProblemsApi';

/** 每月一题: a month's top problem in each district of the jurisdiction, and its Excel export. */
export function MonthlyProblemsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = isMonth(asked) ? asked : lastWholeMonth();
  const list = useMonthlyProblems(month);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const name = await downloadExport(exportPath(month));
      message.success(t('monthlyProblems.exported', { name }));
    } catch (error) {
      message.error(t('monthlyProblems.exportFailed', { reason: errorText(t, error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Flex align="center" wrap gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('monthlyProblems.title')}
          </Typography.Title>
          <MonthPicker
            value={month}
            onChange={(next) => setParams({ month: next }, { replace: true })}
            aria-label={t('monthlyProblems.month')}
            data-testid="problems-month"
          />
          {list.data && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('monthlyProblems.asOf', { time: cityTimeOfDay(list.data.asOf) })}
            </Typography.Text>
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={busy}
            onClick={download}
            style={{ marginInlineStart: 'auto' }}
            data-testid="export-monthly-problems"
          >
            {busy ? t('monthlyProblems.exporting') : t('monthlyProblems.export')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('monthlyProblems.intro')}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('monthlyProblems.rule')}
        </Typography.Text>
        {list.data?.running && <Alert type="info" showIcon title={t('monthlyProblems.running')} />}
        {list.error ? (
          <Alert
            type="error"
            showIcon
            title={t('monthlyProblems.loadFailed', { reason: errorText(t, list.error) })}
          />
        ) : !list.data ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : list.data.items.length === 0 ? (
          <Empty description={t('monthlyProblems.empty')} />
        ) : (
          list.data.items.map((row) => <DistrictProblemCard key={row.districtCode} row={row} month={month} />)
        )}
      </Flex>
    </PageShell>
  );
}
