import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { jurisdictionRegionCode } from '../auth/jurisdiction';
import { errorText } from '../i18n/errorText';
import { useGrids } from '../map/regionQueries';
import type { Locating } from '../map/useLocate';
import { ReportMap } from '../report/ReportMap';
import type { ReportPoint } from '../report/reportDraft';
import { useDeviceLocation } from '../report/useDeviceLocation';

type Focus = { point: ReportPoint; seq: number } | null;

interface Props {
  value?: ReportPoint;
  onChange?(point: ReportPoint): void;
  /** A place chosen from the gazetteer or the device's location: the map moves there. */
  focus: Focus;
  onFocus(point: ReportPoint): void;
  /** Where the pin is, as the form has located it. */
  locating: Locating;
}

/** The pin: dropped by an address search, or by a click on the map; named by its grid and community. */
export function CallPointField({ value, onChange, focus, onFocus, locating }: Props) {
  const { t } = useTranslation();
  const grids = useGrids(jurisdictionRegionCode(useMe()));
  // A walk-in caller at the service desk stands where the problem is.
  const device = useDeviceLocation((point) => {
    onFocus(point);
    onChange?.(point);
  });
  return (
    <Flex vertical gap={4}>
      <Flex justify="end">
        <Button
          size="small"
          loading={device.state.status === 'locating'}
          onClick={device.locate}
          data-testid="use-my-location"
        >
          {t('report.useMyLocation')}
        </Button>
      </Flex>
      <ReportMap
        grids={grids.data ?? null}
        point={value}
        focus={focus}
        onPick={(point) => onChange?.(point)}
      />
      {value && (
        <Typography.Text
          data-testid="call-pin"
          data-lat={value.lat}
          data-lng={value.lng}
          data-community-code={locating.status === 'found' ? locating.located.community.code : ''}
        >
          {locating.status === 'found'
            ? t('callConsole.pinCommunity', {
                name: `${locating.located.street.name} ${locating.located.community.name} · ${locating.located.grid.name}`,
              })
            : locating.status === 'failed'
              ? t('callConsole.pinOutside')
              : null}{' '}
          {locating.status === 'found' && (
            <Typography.Text type="secondary" data-testid="report-grid-code">
              {locating.located.grid.code}
            </Typography.Text>
          )}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {value.lat.toFixed(6)}, {value.lng.toFixed(6)}
          </Typography.Text>
        </Typography.Text>
      )}
      {locating.status === 'failed' && (
        <Alert type="warning" showIcon title={errorText(t, locating.error)} style={{ marginTop: 4 }} />
      )}
    </Flex>
  );
}
