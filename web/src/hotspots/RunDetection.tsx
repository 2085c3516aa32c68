import { RadarChartOutlined } from '@ant-design/icons';
import type { HotspotRun } from '@needle/contract';
import { Alert, Button } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import type { useRunDetection } from './hotspotsApi';

/** Runs the detector now rather than at its next minute, and says what the run did. */
export function RunDetectionButton({ run }: { run: ReturnType<typeof useRunDetection> }) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<RadarChartOutlined />}
      loading={run.isPending}
      onClick={() => run.mutate()}
      data-testid="run-detection"
    >
      {t('hotspots.run.button')}
    </Button>
  );
}

const runText = (t: TFunction, r: HotspotRun) =>
  t('hotspots.run.done', {
    mode: t(`hotspots.run.modes.${r.mode}`),
    newCases: r.newCases,
    clusters: r.clusters,
    recurrences: r.recurrences,
    repeatCallers: r.repeatCallers,
    opened: r.opened,
    updated: r.updated,
    ms: Math.round(r.ms),
  });

/** The last run's outcome, or its refusal (the detector busy in another process). */
export function RunOutcome({ run }: { run: ReturnType<typeof useRunDetection> }) {
  const { t } = useTranslation();
  if (run.error)
    return (
      <Alert
        type="error"
        showIcon
        closable
        onClose={() => run.reset()}
        title={t('hotspots.run.failed', { reason: errorText(t, run.error) })}
        data-testid="run-outcome"
      />
    );
  if (!run.data) return null;
  return (
    <Alert
      type="success"
      showIcon
      closable
      onClose={() => run.reset()}
      title={runText(t, run.data)}
      data-testid="run-outcome"
      data-opened={run.data.opened}
    />
  );
}
