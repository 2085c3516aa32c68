import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, List, Popconfirm, Statistic, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchPatrols } from '../api/patrols';
import { formatTime } from '../i18n/formatTime';
import { metres } from './trackSampler';
import { usePatrol } from './usePatrol';

// A thumb's target.
const touch = { minHeight: 48 };

function Elapsed({ since }: { since: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const s = Math.max(0, Math.floor((now - new Date(since).getTime()) / 1000));
  return <>{`${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`}</>;
}

/** The grid worker's patrol on the phone: start, walk (the track records itself), check in, report, end. */
export function PatrolPhone() {
  const { t } = useTranslation();
  const patrol = usePatrol();
  const [params, setParams] = useSearchParams();
  const [code, setCode] = useState('');
  const recent = useQuery({
    queryKey: ['patrols', 'mine'],
    queryFn: ({ signal }) => fetchPatrols('pageSize=5', signal),
    enabled: !patrol.active,
  });
  const { active, checkInByCode } = patrol;

  // A point's printed QR code opens /patrols?checkin=<code>: scanned with the phone's camera, it checks in.
  const scanned = params.get('checkin');
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!scanned || !active || handled.current === scanned) return;
    handled.current = scanned;
    void checkInByCode(scanned).then(() => setParams({}, { replace: true }));
  }, [scanned, active, checkInByCode, setParams]);

  if (patrol.loading) return null;
  if (!active) {
    return (
      <Flex vertical gap={12}>
        <Button
          type="primary"
          size="large"
          block
          style={{ minHeight: 64 }}
          onClick={() => void patrol.start()}
          data-testid="patrol-start"
        >
          {t('patrols.start')}
        </Button>
        {patrol.waiting > 0 && <Tag color="orange">{t('patrols.waiting', { count: patrol.waiting })}</Tag>}
        <Card size="small" title={t('patrols.recent')}>
          <List
            dataSource={recent.data?.items ?? []}
            renderItem={(p) => (
              <List.Item>
                <Link to={`/patrols/${p.id}`}>{formatTime(p.startedAt)}</Link>
                <Typography.Text type="secondary">
                  {t('patrols.minutes', { count: p.minutes })} · {t('patrols.metres', { count: p.distanceM })}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={12} data-testid="patrol-active">
      <Card size="small" title={<Tag color="green">{t('patrols.underWay')}</Tag>}>
        <Flex wrap gap={24}>
          <Statistic title={t('patrols.elapsed')} valueRender={() => <Elapsed since={active.startedAt} />} />
          <Statistic title={t('patrols.distance')} value={t('patrols.metres', { count: active.distanceM })} />
          <Statistic
            title={t('patrols.recorded')}
            value={active.recorded}
            valueRender={(node) => <span data-testid="patrol-recorded">{node}</span>}
          />
        </Flex>
        <div style={{ marginTop: 8 }} data-testid="patrol-queue" data-waiting={patrol.waiting}>
          {patrol.waiting > 0 ? (
            <Tag color="orange">{t('patrols.waiting', { count: patrol.waiting })}</Tag>
          ) : (
            <Tag color="blue">{t('patrols.allSent')}</Tag>
          )}
        </div>
      </Card>
      {!navigator.onLine && <Alert type="warning" showIcon message={t('patrols.offline')} />}
      {patrol.geoError && (
        <Alert type="error" showIcon message={t('patrols.noGps', { reason: patrol.geoError })} />
      )}
      <Card size="small" title={t('patrols.points')}>
        {active.points.length === 0 && (
          <Typography.Text type="secondary">{t('patrols.noPoints')}</Typography.Text>
        )}
        <List
          dataSource={active.points}
          renderItem={(point) => {
            const done = active.checkedIn.includes(point.id);
            const away = patrol.here ? Math.round(metres(patrol.here, point)) : null;
            return (
              <List.Item
                data-testid="patrol-point"
                actions={[
                  done ? (
                    <Tag color="green" key="done">
                      {t('patrols.checkedIn')}
                    </Tag>
                  ) : (
                    <Button
                      key="in"
                      style={touch}
                      disabled={away === null || away > point.radiusM}
                      onClick={() => void patrol.checkInAt(point.id)}
                    >
                      {t('patrols.checkIn')}
                    </Button>
                  ),
                ]}
              >
                <List.Item.Meta
                  title={point.name}
                  description={away === null ? null : t('patrols.away', { metres: away })}
                />
              </List.Item>
            );
          }}
        />
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Input
            value={code}
            onChange={(e) => setCode(e.target.value.trim())}
            placeholder={t('patrols.codePlaceholder')}
            aria-label={t('patrols.scanCode')}
          />
          <Button
            style={touch}
            disabled={code === ''}
            onClick={() => void patrol.checkInByCode(code).then(() => setCode(''))}
          >
            {t('patrols.scanCode')}
          </Button>
        </Flex>
      </Card>
      <Link to={`/report?patrol=${active.patrolId}`} data-testid="patrol-report">
        <Button block size="large" style={touch}>
          {t('patrols.foundProblem')}
        </Button>
      </Link>
      <Popconfirm title={t('patrols.stopConfirm')} onConfirm={() => void patrol.stop()}>
        <Button danger block size="large" style={touch} data-testid="patrol-stop">
          {t('patrols.stop')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
