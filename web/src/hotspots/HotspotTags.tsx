import type { HotspotKind, HotspotStatus } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const statusColours: Record<HotspotStatus, string> = {
  open: 'gold',
  accepted: 'success',
  dismissed: 'default',
};

const kindColours: Record<HotspotKind, string> = {
  cluster: 'red',
  recurrence: 'orange',
  repeat_caller: 'purple',
};

/** Where a proposal stands: waiting on the street, accepted, or dismissed. */
export function HotspotStatusTag({ status }: { status: HotspotStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColours[status]} data-testid="hotspot-status" data-status={status}>
      {t(`hotspots.statuses.${status}`)}
    </Tag>
  );
}

/** What the detector found: a growing cluster, a problem back after closure, a caller calling again. */
export function HotspotKindTag({ kind }: { kind: HotspotKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kindColours[kind]} data-kind={kind}>
      {t(`hotspots.kinds.${kind}`)}
    </Tag>
  );
}
