import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from './adminQueries';

/** Picks an account by typing part of its username or name; the server searches, not the page. */
export function UserPicker({
  value,
  onChange,
  testId,
}: {
  value?: string;
  onChange?(id: string): void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const users = useUsers({ q: q || undefined, limit: 20, offset: 0 });
  return (
    <Select
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: (typed) => setQ(typed.trim()) }}
      loading={users.isFetching}
      placeholder={t('admin.posts.personPlaceholder')}
      notFoundContent={t('admin.posts.noPerson')}
      options={(users.data ?? [])
        .filter((u) => u.active)
        .map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
      data-testid={testId}
    />
  );
}
