import type { HotspotProposal } from '@needle/contract';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { formatTime } from '../i18n/formatTime';
import { HotspotKindTag, HotspotStatusTag } from './HotspotTags';

interface Words {
  category(p: HotspotProposal): string;
  figures(p: HotspotProposal): string;
}

/** The desk's table of proposals; a row opens the proposal. */
export function hotspotColumns(t: TFunction, words: Words): TableColumnsType<HotspotProposal> {
  return [
    {
      key: 'kind',
      title: t('hotspots.columns.kind'),
      render: (_, p) => <HotspotKindTag kind={p.kind} />,
    },
    {
      key: 'category',
      title: t('hotspots.columns.category'),
      render: (_, p) => (
        <span data-testid="hotspot-category" data-proposal-id={p.id}>
          {words.category(p)}
        </span>
      ),
    },
    { key: 'street', title: t('hotspots.columns.street'), dataIndex: 'streetName' },
    { key: 'figures', title: t('hotspots.columns.figures'), render: (_, p) => words.figures(p) },
    {
      key: 'surprise',
      title: t('hotspots.columns.surprise'),
      align: 'right',
      render: (_, p) => p.surprise.toFixed(1),
    },
    {
      key: 'detected',
      title: t('hotspots.columns.detected'),
      render: (_, p) => formatTime(p.detectedAt),
    },
    {
      key: 'status',
      title: t('hotspots.columns.status'),
      render: (_, p) => <HotspotStatusTag status={p.status} />,
    },
  ];
}
