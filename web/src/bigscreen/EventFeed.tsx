import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCategoryName } from '../categories/useCategoryName';
import { actionLabel, channelLabel } from '../i18n/labels';
import { cityTimeOfDay } from '../stats/cityClock';
import { useFeed } from './useFeed';

/** What happens in the jurisdiction as it happens: time, place, kind of problem, step. No names, no text. */
export function EventFeed() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const { items, failed } = useFeed();
  if (items.length === 0)
    return (
      <Typography.Text style={{ color: '#7f9cc4' }} data-testid="feed-empty">
        {failed ? t('errors.network') : t('dashboards.feedEmpty')}
      </Typography.Text>
    );
  return (
    <ul
      aria-label={t('dashboards.feedLabel')}
      aria-live="polite"
      style={{ listStyle: 'none', margin: 0, padding: 0, height: '100%', overflow: 'hidden' }}
      data-testid="feed"
    >
      {items.map((item) => (
        <li
          key={item.id}
          style={{
            display: 'grid',
            gridTemplateColumns: '72px 1fr auto',
            gap: 8,
            padding: '4px 0',
            borderBottom: '1px solid rgba(64, 150, 255, 0.15)',
            fontSize: 16,
          }}
          data-testid="feed-item"
          data-case={item.caseId}
        >
          <span style={{ color: '#7f9cc4' }}>{cityTimeOfDay(item.at).slice(0, 5)}</span>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {item.place} · {categoryName(item.categoryCode)} · {channelLabel(t, item.channel)}
          </span>
          <span style={{ color: '#40a9ff' }}>{actionLabel(t, item.action)}</span>
        </li>
      ))}
    </ul>
  );
}
