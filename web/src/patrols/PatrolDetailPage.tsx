import { useQuery } from '@tanstack/react-query';
import 'leaflet/dist/leaflet.css';
import { Button, Card, Flex, List, Slider, Tag, Typography } from 'antd';
import { latLngBounds } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Polyline, useMap } from 'react-leaflet';
import { Link, useParams } from 'react-router';
import { fetchPatrol, fetchPatrolTrack } from '../api/patrols';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { BaseMap, useProjection } from '../map/BaseMap';

function Frame({ points }: { points: [number, number][] }) {
  const map = useMap();
  useEffect(() => {
    if (points.length > 0)
      map.fitBounds(latLngBounds(points), { padding: [24, 24], animate: false, maxZoom: 18 });
  }, [map, points]);
  return null;
}

function TrackLayers({ track, at }: { track: { lat: number; lng: number }[]; at: number }) {
  const projection = useProjection();
  const line = useMemo(() => track.map((p) => projection.toMap(p.lat, p.lng)), [track, projection]);
  const here = line[Math.min(at, line.length - 1)];
  return (
    <>
      <Frame points={line} />
      <Polyline positions={line} pathOptions={{ color: '#1677ff', weight: 4 }} />
      <Polyline positions={line.slice(0, at + 1)} pathOptions={{ color: '#fa541c', weight: 5 }} />
      {here && <CircleMarker center={here} radius={8} pathOptions={{ color: '#fa541c', fillOpacity: 1 }} />}
    </>
  );
}

/** A patrol's track played back on the map, with its check-ins, required points and cases. */
export function PatrolDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const track = useQuery({
    queryKey: ['patrols', 'track', id],
    queryFn: ({ signal }) => fetchPatrolTrack(id, signal),
  });
  const patrol = useQuery({
    queryKey: ['patrols', 'one', id],
    queryFn: ({ signal }) => fetchPatrol(id, signal),
  });
  const [at, setAt] = useState(0);
  const [playing, setPlaying] = useState(false);
  const points = track.data?.points ?? [];
  const last = Math.max(0, points.length - 1);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setAt((i) => {
        if (i >= last) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, 200);
    return () => window.clearInterval(timer);
  }, [playing, last]);

  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('patrols.detail.title')}
          {patrol.data && ` · ${patrol.data.worker} · ${formatTime(patrol.data.startedAt)}`}
        </Typography.Title>
        <div
          data-testid="patrol-map"
          data-points={points.length}
          style={{ height: 420, borderRadius: 8, overflow: 'hidden' }}
        >
          <MapContainer center={[43.88, 125.32]} zoom={15} style={{ height: '100%', background: '#f5f5f5' }}>
            <BaseMap>
              {track.data?.requiredPoints.map((p) => (
                <CircleMarker
                  key={p.id}
                  center={[p.lat, p.lng]}
                  radius={6}
                  pathOptions={{ color: '#52c41a' }}
                />
              ))}
              <TrackLayers track={points} at={at} />
            </BaseMap>
          </MapContainer>
        </div>
        <Flex align="center" gap={12}>
          <Button
            onClick={() => setPlaying((p) => !p)}
            data-testid="patrol-play"
            disabled={points.length < 2}
          >
            {playing ? t('patrols.detail.pause') : t('patrols.detail.play')}
          </Button>
          <Slider
            style={{ flex: 1 }}
            min={0}
            max={last}
            value={at}
            onChange={(v) => setAt(v)}
            aria-label={t('patrols.detail.at')}
          />
          <span data-testid="patrol-playback-time" data-index={at}>
            {formatTime(points[at]?.at ?? null)}
          </span>
        </Flex>
        <Card size="small" title={t('patrols.detail.checkins')}>
          <List
            dataSource={track.data?.checkins ?? []}
            locale={{ emptyText: t('patrols.detail.none') }}
            renderItem={(c) => (
              <List.Item>
                {c.name} <Tag>{c.method === 'qr' ? t('patrols.detail.byQr') : t('patrols.detail.byGps')}</Tag>{' '}
                {formatTime(c.at)}
              </List.Item>
            )}
          />
        </Card>
        <Card size="small" title={t('patrols.detail.cases')}>
          <List
            dataSource={patrol.data?.cases ?? []}
            locale={{ emptyText: t('patrols.detail.none') }}
            renderItem={(c) => (
              <List.Item data-testid="patrol-case">
                <Link to={`/cases/${c.id}`}>{c.code}</Link>
              </List.Item>
            )}
          />
        </Card>
      </Flex>
    </PageShell>
  );
}
