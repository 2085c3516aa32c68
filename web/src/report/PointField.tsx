import { Alert, Button, Flex, Typography } from 'antd';
import { latLng } from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { jurisdictionRegionCode } from '../auth/jurisdiction';
import { errorText } from '../i18n/errorText';
import { useGrids } from '../map/regionQueries';
import { useLocate } from '../map/useLocate';
import { ReportMap } from './ReportMap';
import type { ReportPoint } from './reportDraft';
import { useDeviceLocation } from './useDeviceLocation';

interface Props {
  value?: ReportPoint;
  onChange?(point: ReportPoint): void;
  /** Ask the device where it is on arrival, if no point is given: a phone report is made on the spot. */
  locateOnArrival?: boolean;
}

/**
 * Where the problem is: the device's location, a tap on the map or the pin dragged, named by the grid
 * it falls in.
 */
export function PointField({ value, onChange, locateOnArrival = false }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const grids = useGrids(jurisdictionRegionCode(me));
  const [focus, setFocus] = useState<{ point: ReportPoint; seq: number } | null>(null);
  const { locating, locate } = useLocate();

  const pickFromDevice = useCallback(
    (point: ReportPoint) => {
      setFocus((last) => ({ point, seq: (last?.seq ?? 0) + 1 }));
      onChange?.(point);
    },
    [onChange],
  );
  const device = useDeviceLocation(pickFromDevice);

  // Once: a point set since (by hand, or restored) is not to be overridden.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (locateOnArrival && !value) device.locate();
  }, [locateOnArrival, value, device.locate]);

  useEffect(() => {
    if (value) locate(latLng(value.lat, value.lng));
  }, [value, locate]);

  return (
    <Flex vertical gap={8}>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Text type="secondary">{t('report.mapHint')}</Typography.Text>
        <Button
          size="small"
          loading={device.state.status === 'locating'}
          onClick={device.locate}
          data-testid="use-my-location"
        >
          {device.state.status === 'locating' ? t('report.locating') : t('report.useMyLocation')}
        </Button>
      </Flex>
      {device.state.status === 'unavailable' && (
        <Alert type="warning" showIcon title={t('report.locationUnavailable')} />
      )}
      <ReportMap
        grids={grids.data ?? null}
        point={value}
        focus={focus}
        onPick={(point) => onChange?.(point)}
      />
      {value && (
        <Typography.Text data-testid="report-point" data-lat={value.lat} data-lng={value.lng}>
          {locating.status === 'found' && (
            <>
              {locating.located.grid.name}{' '}
              <Typography.Text type="secondary" data-testid="report-grid-code">
                {locating.located.grid.code}
              </Typography.Text>{' '}
            </>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {value.lat.toFixed(6)}, {value.lng.toFixed(6)}
          </Typography.Text>
        </Typography.Text>
      )}
      {locating.status === 'failed' && <Alert type="warning" showIcon title={errorText(t, locating.error)} />}
    </Flex>
  );
}
