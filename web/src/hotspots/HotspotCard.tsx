import type { HotspotProposal } from '@needle/contract';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkCard } from '../common/LinkCard';
import { formatTime } from '../i18n/formatTime';
import { HotspotKindTag, HotspotStatusTag } from './HotspotTags';

interface Props {
  p: HotspotProposal;
  category: string;
  figures: string;
}

/** A proposal in the phone's list: what the table's row says, stacked to fit the screen. */
export function HotspotCard({ p, category, figures }: Props) {
  const { t } = useTranslation();
  return (
    <LinkCard to={`/hotspots/${p.id}`} testId="hotspot-card">
      <Flex vertical gap={4} data-proposal-id={p.id}>
        <Flex align="center" justify="space-between" gap={8}>
          <Typography.Text strong ellipsis data-testid="hotspot-category">
            {category}
          </Typography.Text>
          <HotspotStatusTag status={p.status} />
        </Flex>
        <Flex align="center" gap={6} wrap>
          <HotspotKindTag kind={p.kind} />
          <Typography.Text>{p.streetName}</Typography.Text>
        </Flex>
        <Typography.Text>{figures}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('hotspots.columns.surprise')} {p.surprise.toFixed(1)} · {formatTime(p.detectedAt)}
        </Typography.Text>
      </Flex>
    </LinkCard>
  );
}
