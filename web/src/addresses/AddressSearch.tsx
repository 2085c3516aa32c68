import type { AddressMatch } from '@needle/contract';
import { AutoComplete, Flex, Input, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressSearch } from './useAddressSearch';

interface Props {
  value?: string;
  onChange?(value: string): void;
  /** A match chosen (arrow keys and Enter, or a click): the caller's place. */
  onPick(match: AddressMatch): void;
  /** Among equal matches, those nearer this come first: the pin already dropped, if any. */
  near?: { lat: number; lng: number } | null;
  testId?: string;
}

const keyOf = (m: AddressMatch, i: number) => m.id ?? `external-${i}`;

/**
 * A free-text address that searches the gazetteer as it is typed: 义和路88号, 3号楼, yhl. The text
 * stays what was typed until a match is chosen; choosing one gives its point and community.
 */
export function AddressSearch({ value = '', onChange, onPick, near = null, testId = 'address' }: Props) {
  const { t } = useTranslation();
  const search = useAddressSearch(value, near);
  const items = search.data?.items ?? [];
  const options = useMemo(
    () =>
      items.map((m, i) => ({
        value: keyOf(m, i),
        label: (
          <Flex justify="space-between" gap={8} data-testid={`${testId}-option`} data-text={m.text}>
            <span>
              <Tag>{t(`addresses.kinds.${m.kind}`)}</Tag>
              {m.text}
            </span>
            <Typography.Text type="secondary" ellipsis>
              {m.external && <Tag color="blue">{t('addresses.external')}</Tag>}
              {m.community ? `${m.street?.name ?? ''} ${m.community.name}` : t('addresses.outsideGrids')}
            </Typography.Text>
          </Flex>
        ),
      })),
    [items, t, testId],
  );
  return (
    <>
      <AutoComplete
        value={value}
        options={options}
        // The first match is highlighted, so Enter takes it straight away.
        defaultActiveFirstOption
        onChange={(text) => {
          // Choosing an option reports its key as the value: the text is set from the match instead.
          if (!options.some((o) => o.value === text)) onChange?.(text);
        }}
        onSelect={(key: string) => {
          const match = items.find((m, i) => keyOf(m, i) === key);
          if (!match) return;
          onChange?.(match.text);
          onPick(match);
        }}
        notFoundContent={
          value.trim() !== '' && search.isFetched && !search.isPlaceholderData ? t('addresses.none') : null
        }
        style={{ width: '100%' }}
      >
        <Input maxLength={200} placeholder={t('addresses.placeholder')} data-testid={testId} />
      </AutoComplete>
      {search.data?.geocoder === 'failed' && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('addresses.geocoderFailed')}
        </Typography.Text>
      )}
    </>
  );
}
