import { Cascader, type CascaderProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryClass } from '../api/categories';
import { asLanguage } from '../i18n/language';
import { localName } from './categoryNames';

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
  style?: CascaderProps<CategoryOption>['style'];
  'data-testid'?: string;
}

/** Class → subclass, in the user's language; the same class name can be both a 部件 and a 事件 class. */
export function CategoryCascader({ classes, value, onChange, loading, allowClear, style, ...rest }: Props) {
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
        filter: (input, chain) =>
          chain.some((option) => option.label.toLowerCase().includes(input.toLowerCase())),
      }}
      placeholder={t('category.placeholder')}
      loading={loading}
      allowClear={allowClear}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}
