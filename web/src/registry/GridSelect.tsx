import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { useGrids } from '../map/regionQueries';

interface Props {
  value?: string;
  onChange?(code: string): void;
  'data-testid'?: string;
}

/**
 * A grid of the user's area, by name: staff pick where a building, an errand or a dispute belongs. An
 * administrator (the whole city) types the code, as a list of every grid would be thousands long.
 */
export function GridSelect({ value, onChange, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const area = me.jurisdiction.kind === 'region' ? me.jurisdiction.code : null;
  const grids = useGrids(area);
  if (area === null) {
    return (
      <Input
        value={value}
        onChange={(e) => onChange?.(e.target.value.trim())}
        placeholder="220104004001001"
        data-testid={testId}
      />
    );
  }
  return (
    <Select
      value={value}
      onChange={onChange}
      loading={grids.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('errands.pickGrid')}
      options={(grids.data?.features ?? []).map(({ properties: g }) => ({
        value: g.code,
        label: `${g.name} ${g.code}`,
      }))}
      data-testid={testId}
    />
  );
}
