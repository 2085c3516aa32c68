import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCategoryName } from './useCategoryName';
import { useSuggestedCategories } from './useSuggestedCategories';

interface Props {
  point?: { lat: number; lng: number } | null;
  value?: string;
  onChange?(code: string): void;
}

/**
 * One tap on what the reporter reported lately or what is common around the point, instead of a walk
 * through the category tree: a courier reports the same few things every day.
 */
export function SuggestedCategories({ point, value, onChange }: Props) {
  const { t } = useTranslation();
  const name = useCategoryName();
  const { data } = useSuggestedCategories(point);
  const rows = [
    { key: 'recent', codes: data?.recent ?? [] },
    { key: 'common', codes: data?.common ?? [] },
  ] as const;
  return (
    <Flex vertical gap={6} data-testid="suggested-categories">
      {rows
        .filter((row) => row.codes.length > 0)
        .map((row) => (
          <Flex key={row.key} wrap gap={6} align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`category.${row.key}`)}
            </Typography.Text>
            {row.codes.map((code) => (
              <Tag.CheckableTag
                key={code}
                checked={value === code}
                onChange={() => onChange?.(code)}
                style={{ padding: '6px 12px', fontSize: 14, border: '1px solid #d9d9d9', margin: 0 }}
                data-testid={`suggested-category-${code}`}
              >
                {name(code)}
              </Tag.CheckableTag>
            ))}
          </Flex>
        ))}
    </Flex>
  );
}
