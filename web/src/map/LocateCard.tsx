import type { LocatedGrid } from '@needle/contract';
import { Alert, Button, Card, Descriptions, type DescriptionsProps, Spin } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../i18n/errorText';
import { useIsPhone } from '../layout/useIsPhone';
import { GridCard } from './GridCard';
import { type PickedCase, PickedCaseLink } from './PickedCaseLink';
import type { Locating } from './useLocate';

interface Props {
  locating: Exclude<Locating, { status: 'idle' }>;
  /** The case mark under the click, if any: the card links to it. */
  picked?: PickedCase | null;
  onClose(): void;
}

function locatedItems(
  t: TFunction,
  { grid, community, street, district }: LocatedGrid,
): DescriptionsProps['items'] {
  return [
    { key: 'grid', label: t('locate.grid'), children: <Link to={`/map/${grid.code}`}>{grid.name}</Link> },
    {
      key: 'code',
      label: t('locate.code'),
      children: <span data-testid="locate-grid-code">{grid.code}</span>,
    },
    {
      key: 'type',
      label: t('locate.gridType'),
      children: grid.gridType ? t(`gridType.${grid.gridType}`) : '—',
    },
    { key: 'community', label: t('locate.community'), children: community.name },
    { key: 'street', label: t('locate.street'), children: street.name },
    { key: 'district', label: t('locate.district'), children: district.name },
  ];
}

export function LocateCard({ locating, picked = null, onClose }: Props) {
  const { t } = useTranslation();
  // On a phone it spans the screen, less a margin each side.
  const place = useIsPhone() ? { left: 12, right: 12 } : { right: 12, width: 300 };
  return (
    <Card
      size="small"
      title={t('locate.title')}
      extra={
        <Button type="link" size="small" onClick={onClose}>
          {t('locate.close')}
        </Button>
      }
      style={{
        position: 'absolute',
        top: 12,
        zIndex: 1000,
        maxHeight: 'calc(100% - 24px)',
        overflowY: 'auto',
        ...place,
      }}
      data-testid="locate-result"
    >
      {picked && <PickedCaseLink picked={picked} />}
      {locating.status === 'locating' && <Spin />}
      {locating.status === 'failed' && <Alert type="warning" showIcon title={errorText(t, locating.error)} />}
      {locating.status === 'found' && (
        <>
          <Descriptions size="small" column={1} items={locatedItems(t, locating.located)} />
          <Link to={`/report?lat=${locating.at.lat}&lng=${locating.at.lng}`} data-testid="report-here">
            {t('locate.reportHere')}
          </Link>
          <GridCard gridCode={locating.located.grid.code} />
        </>
      )}
    </Card>
  );
}
