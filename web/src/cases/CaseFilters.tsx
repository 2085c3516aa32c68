import { CASE_STATUSES, CHANNELS } from '@needle/contract';
import { Button, DatePicker, Flex, Input, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CategoryClass } from '../api/categories';
import { CategoryCascader } from '../categories/CategoryCascader';
import { channelLabel, statusLabel } from '../i18n/labels';
import type { CaseListQuery } from './caseListQuery';

type Filters = Omit<CaseListQuery, 'page' | 'pageSize'>;

interface Props {
  query: CaseListQuery;
  categories: CategoryClass[];
  onChange(filters: Partial<Filters>): void;
  onReset(): void;
}

export function CaseFilters({ query, categories, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const range = query.from && query.to ? ([dayjs(query.from), dayjs(query.to)] as const) : null;
  return (
    <Flex wrap gap={8} align="center" data-testid="case-filters">
      <Select
        mode="multiple"
        allowClear
        placeholder={t('caseList.status')}
        value={query.status}
        onChange={(status) => onChange({ status })}
        options={CASE_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }))}
        style={{ width: 240 }}
        maxTagCount={2}
        data-testid="filter-status"
      />
      <CategoryCascader
        classes={categories}
        value={query.categoryCode}
        onChange={(categoryCode) => onChange({ categoryCode })}
        allowClear
        style={{ width: 220 }}
      />
      <Select
        allowClear
        placeholder={t('caseList.channel')}
        value={query.channel}
        onChange={(channel) => onChange({ channel })}
        options={CHANNELS.map((channel) => ({ value: channel, label: channelLabel(t, channel) }))}
        style={{ width: 140 }}
      />
      <DatePicker.RangePicker
        value={range ? [range[0], range[1]] : null}
        onChange={(_, [from, to]) => onChange({ from: from || undefined, to: to || undefined })}
        placeholder={[t('caseList.dateRange'), t('caseList.dateRange')]}
        style={{ width: 260 }}
      />
      <Flex align="center" gap={4}>
        <Switch size="small" checked={query.overdue} onChange={(overdue) => onChange({ overdue })} />
        <Typography.Text>{t('caseList.overdue')}</Typography.Text>
      </Flex>
      <Input.Search
        key={query.q ?? ''}
        defaultValue={query.q}
        allowClear
        placeholder={t('caseList.search')}
        onSearch={(text) => onChange({ q: text.trim() || undefined })}
        style={{ width: 240 }}
        data-testid="filter-search"
      />
      <Button onClick={onReset}>{t('caseList.reset')}</Button>
    </Flex>
  );
}
