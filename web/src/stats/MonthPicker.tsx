import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  /** 'YYYY-MM', the form GET /api/stats/* and /api/whistles/evaluations take. */
  value: string;
  onChange(month: string): void;
  'aria-label'?: string;
  'data-testid'?: string;
  width?: number;
}

/** A month up to this one: figures of a month to come mean nothing yet. */
export function MonthPicker({ value, onChange, width, ...rest }: Props) {
  return (
    <DatePicker
      picker="month"
      allowClear={false}
      value={dayjs(`${value}-01`)}
      onChange={(day) => day && onChange(day.format('YYYY-MM'))}
      disabledDate={(day) => day.isAfter(dayjs(), 'month')}
      style={width ? { width } : undefined}
      {...rest}
    />
  );
}
