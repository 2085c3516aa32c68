import { HOTSPOT_KINDS, HOTSPOT_STATUSES } from '@needle/contract';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../common/FilterBar';
import { useFieldWidth } from '../common/useFieldWidth';
import type { HotspotListQuery } from './hotspotListQuery';

type Filters = Pick<HotspotListQuery, 'status' | 'kind'>;

interface Props {
  query: HotspotListQuery;
  onChange(filters: Partial<Filters>): void;
  onReset(): void;
}

/** Which proposals: by where they stand and what kind of finding they are. */
export function HotspotFilters({ query, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const width = useFieldWidth();
  return (
    <FilterBar
      active={[query.status, query.kind].filter(Boolean).length}
      resetText={t('hotspots.filters.reset')}
      onReset={onReset}
      testId="hotspot-filters"
    >
      <Select
        allowClear
        placeholder={t('hotspots.filters.status')}
        aria-label={t('hotspots.filters.status')}
        value={query.status}
        onChange={(status) => onChange({ status })}
        options={HOTSPOT_STATUSES.map((s) => ({ value: s, label: t(`hotspots.statuses.${s}`) }))}
        style={{ width: width(140) }}
        data-testid="hotspot-filter-status"
      />
      <Select
        allowClear
        placeholder={t('hotspots.filters.kind')}
        aria-label={t('hotspots.filters.kind')}
        value={query.kind}
        onChange={(kind) => onChange({ kind })}
        options={HOTSPOT_KINDS.map((k) => ({ value: k, label: t(`hotspots.kinds.${k}`) }))}
        style={{ width: width(180) }}
        data-testid="hotspot-filter-kind"
      />
    </FilterBar>
  );
}
