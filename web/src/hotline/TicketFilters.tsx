import { REQUEST_TYPES, URGENCIES } from '@needle/contract';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../common/FilterBar';
import { useFieldWidth } from '../common/useFieldWidth';
import { type StepFilter, type StepFilterName, stepFilters, type TicketListQuery } from './ticketListQuery';

type Filters = Omit<TicketListQuery, 'page' | 'pageSize'>;

interface Props {
  query: TicketListQuery;
  onChange(filters: Partial<Filters>): void;
  onReset(): void;
}

// Each step's name as the placeholder, then its two answers.
const stepText = {
  signed: ['hotline.signDue', 'hotline.signedYes', 'hotline.signedNo'],
  contacted: ['hotline.contactDue', 'hotline.contactedYes', 'hotline.contactedNo'],
  calledBack: ['hotline.callback', 'hotline.calledBackYes', 'hotline.calledBackNo'],
} as const;

// A select holds a string: "yes", "no", or nothing for both.
const asChoice = (value: StepFilter) => (value === undefined ? undefined : value ? 'yes' : 'no');
const fromChoice = (choice: string | undefined): StepFilter =>
  choice === 'yes' ? true : choice === 'no' ? false : undefined;

export function TicketFilters({ query, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const width = useFieldWidth();
  const step = (name: StepFilterName) => (
    <Select
      key={name}
      allowClear
      placeholder={t(stepText[name][0])}
      value={asChoice(query[name])}
      onChange={(choice?: string) => onChange({ [name]: fromChoice(choice) })}
      options={[
        { value: 'yes', label: t(stepText[name][1]) },
        { value: 'no', label: t(stepText[name][2]) },
      ]}
      style={{ width: width(130) }}
      data-testid={`filter-${name}`}
    />
  );
  return (
    <FilterBar
      active={
        [query.requestType, query.urgency, ...stepFilters.map((name) => query[name] !== undefined)].filter(
          Boolean,
        ).length
      }
      resetText={t('hotline.reset')}
      onReset={onReset}
      testId="ticket-filters"
    >
      <Select
        allowClear
        placeholder={t('hotline.requestType')}
        value={query.requestType}
        onChange={(requestType) => onChange({ requestType })}
        options={REQUEST_TYPES.map((type) => ({ value: type, label: t(`hotline.requestTypes.${type}`) }))}
        style={{ width: width(130) }}
        data-testid="filter-request-type"
      />
      <Select
        allowClear
        placeholder={t('hotline.urgency')}
        value={query.urgency}
        onChange={(urgency) => onChange({ urgency })}
        options={URGENCIES.map((urgency) => ({ value: urgency, label: t(`hotline.urgencies.${urgency}`) }))}
        style={{ width: width(150) }}
        data-testid="filter-urgency"
      />
      {stepFilters.map(step)}
    </FilterBar>
  );
}
