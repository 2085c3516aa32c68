import { Cascader, type CascaderProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryClass } from '../api/categories';
import { asLanguage } from '../i18n/language';
import { localName } from './categoryNames';
import { nameMatches } from './categorySearch';

interface CategoryOption {
  value: string;
  label: string;
  children?: CategoryOption[];
}

interface Props {
  classes: CategoryClass[];
  /** A subcategory code: only subcategories are what a case is filed under. */
  value?: string;
  onChange?(code: string | undefined): void;
  loading?: boolean;
  allowClear?: boolean;
  /** Subcategory codes listed first in search results: the reporter's latest, the area's usual. */
  first?: readonly string[];
  style?: CascaderProps<CategoryOption>['style'];
  /** Its name where no form label names it (a filter bar): the placeholder is no name. */
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Class → subclass, in the user's language; the same class name can be both a 部件 and a 事件 class. */
export function CategoryCascader({
  classes,
  value,
  onChange,
  loading,
  allowClear,
  first = [],
  style,
  ...rest
}: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const options = useMemo<CategoryOption[]>(
    () =>
      classes.map((c) => ({
        value: c.code,
        label: t('category.classLabel', { name: localName(c, language), kind: t(`category.${c.kind}`) }),
        children: c.subcategories
          .filter((sub) => sub.active)
          .map((sub) => ({ value: sub.code, label: localName(sub, language) })),
      })),
    [classes, language, t],
  );
  // A result's place: suggested subcategories first, in their order; the rest keep the tree's order.
  const rank = (chain: CategoryOption[]) => {
    const at = first.indexOf(chain.at(-1)?.value ?? '');
    return at === -1 ? first.length : at;
  };
  const path = useMemo(() => {
    const owner = classes.find((c) => c.subcategories.some((sub) => sub.code === value));
    return owner && value ? [owner.code, value] : undefined;
  }, [classes, value]);

  return (
    <Cascader<CategoryOption>
      options={options}
      value={path}
      onChange={(selected) => onChange?.(selected?.at(-1))}
      showSearch={{
        // Characters or pinyin (jg, jinggai → 井盖): a phone keyboard types letters first.
        filter: (input, chain) => chain.some((option) => nameMatches(option.label, input)),
        sort: (a, b) => rank(a) - rank(b),
      }}
      placeholder={t('category.placeholder')}
      loading={loading}
      allowClear={allowClear}
      style={style}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
    />
  );
}
