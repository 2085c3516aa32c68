import type { MapCases } from '@needle/contract';
import { CASE_STATUSES } from '@needle/contract';
import { Alert, DatePicker, Flex, Select, Spin, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CategoryCascader } from '../categories/CategoryCascader';
import { useCategories } from '../categories/useCategories';
import { TabLeavesRange } from '../common/TabLeavesRange';
import { errorText } from '../i18n/errorText';
import { statusLabel } from '../i18n/labels';
import { useIsPhone } from '../layout/useIsPhone';
import { lightColours } from './caseIndex';
import type { MapFilter } from './mapFilter';

interface Props {
  filter: MapFilter;
  onChange(filter: MapFilter): void;
  cases: { data?: MapCases; isFetching: boolean; error: unknown };
}

const legend = [
  ['red', 3],
  ['yellow', 2],
  ['green', 1],
  ['none', 0],
] as const;

/** The map's filters (status, category, report dates), the heat toggle, and what they found. */
export function MapFilters({ filter, onChange, cases }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const categories = useCategories();
  const set = (change: Partial<MapFilter>) => onChange({ ...filter, ...change });
  const range = filter.from && filter.to ? ([dayjs(filter.from), dayjs(filter.to)] as const) : null;
  const last = (days: number) => [dayjs().subtract(days - 1, 'day'), dayjs()] as [dayjs.Dayjs, dayjs.Dayjs];
  const width = (px: number) => (phone ? '100%' : px);
  return (
    <Flex vertical gap={6} data-testid="map-filters">
      <Flex gap={8} wrap align="center">
        <Select
          value={filter.state}
          onChange={(state) => set({ state })}
          options={[
            { value: 'open', label: t('mapView.filters.open') },
            { value: 'finished', label: t('mapView.filters.finished') },
            { value: 'all', label: t('mapView.filters.all') },
            ...CASE_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) })),
          ]}
          aria-label={t('mapView.filters.status')}
          style={{ width: width(140) }}
          data-testid="map-filter-status"
        />
        <CategoryCascader
          classes={categories.data ?? []}
          loading={categories.isPending}
          value={filter.categoryCode}
          onChange={(categoryCode) => set({ categoryCode })}
          allowClear
          style={{ width: width(200) }}
          aria-label={t('mapView.filters.category')}
          data-testid="map-filter-category"
        />
        {phone ? (
          // A range's two months do not fit a phone: two pickers, as the case list has.
          <Flex gap={8} style={{ width: '100%' }}>
            <DatePicker
              value={filter.from ? dayjs(filter.from) : null}
              onChange={(_, from) => set({ from: (typeof from === 'string' && from) || undefined })}
              placeholder={t('layout.filters.from')}
              inputReadOnly
              style={{ flex: 1 }}
            />
            <DatePicker
              value={filter.to ? dayjs(filter.to) : null}
              onChange={(_, to) => set({ to: (typeof to === 'string' && to) || undefined })}
              placeholder={t('layout.filters.to')}
              inputReadOnly
              style={{ flex: 1 }}
            />
          </Flex>
        ) : (
          <TabLeavesRange>
            <DatePicker.RangePicker
              value={range ? [range[0], range[1]] : null}
              onChange={(_, [from, to]) => set({ from: from || undefined, to: to || undefined })}
              presets={[
                { label: t('mapView.filters.last7'), value: last(7) },
                { label: t('mapView.filters.last30'), value: last(30) },
                { label: t('mapView.filters.last90'), value: last(90) },
              ]}
              placeholder={[t('mapView.filters.dateRange'), t('mapView.filters.dateRange')]}
              style={{ width: 250 }}
              data-testid="map-filter-dates"
            />
          </TabLeavesRange>
        )}
        <Flex align="center" gap={4}>
          <Switch
            size="small"
            checked={filter.heat}
            onChange={(heat) => set({ heat })}
            aria-label={t('mapView.filters.heat')}
            data-testid="map-heat-toggle"
          />
          <Typography.Text>{t('mapView.filters.heat')}</Typography.Text>
        </Flex>
      </Flex>
      <Flex gap={12} wrap align="center" style={{ fontSize: 12 }}>
        {cases.data && (
          <Typography.Text type="secondary" data-testid="map-case-count" data-count={cases.data.count}>
            {t('mapView.caseCount', { count: cases.data.count })}
          </Typography.Text>
        )}
        {cases.isFetching && <Spin size="small" />}
        {legend.map(([light, code]) => (
          <Flex key={light} align="center" gap={4}>
            <span style={{ width: 10, height: 10, borderRadius: '50%', background: lightColours[code] }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`light.${light}`)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
      {cases.data?.truncated && (
        <Alert type="warning" showIcon title={t('mapView.truncated', { count: cases.data.count })} />
      )}
      {cases.error !== null && cases.error !== undefined && (
        <Alert type="error" showIcon title={t('mapView.casesFailed', { error: errorText(t, cases.error) })} />
      )}
    </Flex>
  );
}
