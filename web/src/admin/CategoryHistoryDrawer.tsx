import type { Category, CategoryVersion } from '@needle/contract';
import { Drawer, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AdminEmpty, AdminError, AdminSkeleton } from './AdminStates';
import { useCategoryHistory } from './adminQueries';

type Field = Exclude<keyof Category, 'version' | 'code' | 'classCode' | 'kind'>;
const FIELDS: Field[] = [
  'nameZh',
  'nameEn',
  'filingStandard',
  'closingStandard',
  'timeLimitAmount',
  'timeLimitUnit',
  'routing',
  'departmentType',
  'hotlineType',
  'active',
];

/** What a version changed against the one before it; the first version is the list as seeded. */
export function changedFields(version: CategoryVersion, previous: CategoryVersion | undefined) {
  if (!previous) return [];
  return FIELDS.filter((f) => version.snapshot[f] !== previous.snapshot[f]).map((field) => ({
    field,
    before: String(previous.snapshot[field] ?? '—'),
    after: String(version.snapshot[field] ?? '—'),
  }));
}

/** 变更记录: every version of a line of the responsibility list, newest first, with what each changed. */
export function CategoryHistoryDrawer({ category, onClose }: { category: Category; onClose(): void }) {
  const { t } = useTranslation();
  const history = useCategoryHistory(category.code);
  const versions = history.data ?? [];
  return (
    <Drawer
      open
      size={560}
      title={t('admin.categories.historyTitle', { code: category.code, name: category.nameZh })}
      onClose={onClose}
      destroyOnHidden
    >
      {history.error !== null && <AdminError error={history.error} />}
      {history.isPending ? (
        <AdminSkeleton />
      ) : versions.length === 0 ? (
        <AdminEmpty>{t('admin.categories.noHistory')}</AdminEmpty>
      ) : (
        <Timeline
          data-testid="category-history"
          items={versions.map((v, i) => {
            const changes = changedFields(v, versions[i + 1]);
            return {
              key: v.version,
              content: (
                <div data-testid="category-version">
                  <Typography.Text strong>
                    {t('admin.categories.version', { version: v.version })}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {dayjs(v.changedAt).format('YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                  {changes.length === 0 ? (
                    <div>
                      <Tag>{t('admin.categories.firstVersion')}</Tag>
                    </div>
                  ) : (
                    changes.map((c) => (
                      <div key={c.field}>
                        <Typography.Text>{t(`admin.categories.fields.${c.field}`)}：</Typography.Text>
                        <Typography.Text delete type="secondary">
                          {c.before}
                        </Typography.Text>{' '}
                        → <Typography.Text>{c.after}</Typography.Text>
                      </div>
                    ))
                  )}
                </div>
              ),
            };
          })}
        />
      )}
    </Drawer>
  );
}
