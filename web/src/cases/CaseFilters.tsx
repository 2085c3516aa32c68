import { CASE_STATUSES, CHANNELS } from '@needle/contract';
import { DatePicker, Flex, Input, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CategoryClass } from '../api/categories';
import { CategoryCascader } from '../categories/CategoryCascader';
import { FilterBar } from '../common/FilterBar';
import { TabLeavesRange } from '../common/TabLeavesRange';
import { useFieldWidth } from '../common/useFieldWidth';
import { channelLabel, statusLabel } from '../i18n/labels';
import { useIsPhone } from '../layout/useIsPhone';
import type { CaseListQuery } from './caseListQuery';

type Filters = Omit<CaseListQuery, 'page' | 'pageSize'>;

interface Props {
  query: CaseListQuery;
  categories: CategoryClass[];
  onChange(filters: Partial<Filters>): void;
  onReset(): void;
}

/** How many filters narrow the list, the search aside (it stays in sight). */
function activeCaseFilters(query: CaseListQuery): number {
  return [
    query.status.length > 0,
    query.categoryCode,
    query.channel,
    query.from || query.to,
    query.overdue,
    // Set by a link from a dashboard figure, with no field of their own: reset clears them.
    query.regionCode || query.departmentId || query.unitRegionCode,
  ].filter(Boolean).length;
}

/** The report dates: one range picker at a desk; two pickers on a phone, where a range's two months do not fit. */
function DateFilter({ query, onChange }: Pick<Props, 'query' | 'onChange'>) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const day = (text?: string) => (text ? dayjs(text) : null);
  if (phone) {
    return (
      <Flex gap={8}>
        <DatePicker
          value={day(query.from)}
          onChange={(_, from) => onChange({ from: (typeof from === 'string' && from) || undefined })}
          placeholder={t('layout.filters.from')}
          inputReadOnly
          style={{ flex: 1 }}
        />
        <DatePicker
          value={day(query.to)}
          onChange={(_, to) => onChange({ to: (typeof to === 'string' && to) || undefined })}
          placeholder={t('layout.filters.to')}
          inputReadOnly
          style={{ flex: 1 }}
        />
      </Flex>
    );
  }
  const range = query.from && query.to ? ([dayjs(query.from), dayjs(query.to)] as const) : null;
  return (
    <TabLeavesRange>
      <DatePicker.RangePicker
        value={range ? [range[0], range[1]] : null}
        onChange={(_, [from, to]) => onChange({ from: from || undefined, to: to || undefined })}
        placeholder={[t('caseList.dateRange'), t('caseList.dateRange')]}
        style={{ width: 260 }}
      />
    </TabLeavesRange>
  );
}

export function CaseFilters({ query, categories, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const width = useFieldWidth();
  return (
    <FilterBar
      active={activeCaseFilters(query)}
      resetText={t('caseList.reset')}
      onReset={onReset}
      testId="case-filters"
      search={
        <Input.Search
          key={query.q ?? ''}
          defaultValue={query.q}
          allowClear
          placeholder={t('caseList.search')}
          onSearch={(text) => onChange({ q: text.trim() || undefined })}
          style={{ width: width(240) }}
          data-testid="filter-search"
        />
      }
    >
      <Select
        mode="multiple"
        allowClear
        placeholder={t('caseList.status')}
        aria-label={t('caseList.status')}
        value={query.status}
        onChange={(status) => onChange({ status })}
        options={CASE_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }))}
        style={{ width: width(240) }}
        maxTagCount={2}
        data-testid="filter-status"
      />
      <CategoryCascader
        classes={categories}
        value={query.categoryCode}
        onChange={(categoryCode) => onChange({ categoryCode })}
        allowClear
        style={{ width: width(220) }}
        aria-label={t('caseList.category')}
      />
      <Select
        allowClear
        placeholder={t('caseList.channel')}
        aria-label={t('caseList.channel')}
        value={query.channel}
        onChange={(channel) => onChange({ channel })}
        options={CHANNELS.map((channel) => ({ value: channel, label: channelLabel(t, channel) }))}
        style={{ width: width(140) }}
      />
      <DateFilter query={query} onChange={onChange} />
      <Flex align="center" gap={4}>
        <Switch
          size="small"
          checked={query.overdue}
          onChange={(overdue) => onChange({ overdue })}
          aria-label={t('caseList.overdue')}
        />
        <Typography.Text>{t('caseList.overdue')}</Typography.Text>
      </Flex>
    </FilterBar>
  );
}
