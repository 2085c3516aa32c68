import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Community } from './useKeptCommunities';

/** Which community's list to show, for the street and the city; a community's own staff keep one. */
export function CommunityFilter({
  communities,
  value,
  onChange,
}: {
  communities: Community[];
  value: string | undefined;
  onChange(code: string | undefined): void;
}) {
  const { t } = useTranslation();
  if (communities.length <= 1) return null;
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('lists.allCommunities')}
      aria-label={t('lists.community')}
      value={value}
      onChange={onChange}
      options={communities.map((c) => ({ value: c.code, label: c.name }))}
      style={{ width: 180 }}
      data-testid="filter-community"
    />
  );
}
