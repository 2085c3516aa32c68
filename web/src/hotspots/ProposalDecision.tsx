import type { HotspotProposal } from '@needle/contract';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { formatTime } from '../i18n/formatTime';
import { whistlingOffice } from '../whistles/whistleRoles';
import { AcceptCaseModal } from './AcceptCaseModal';
import { AcceptWhistleDrawer } from './AcceptWhistleDrawer';
import { DismissModal } from './DismissModal';
import { HotspotStatusTag } from './HotspotTags';

type Step = 'case' | 'whistle' | 'dismiss' | null;

/** What became of a decided proposal: the case or the whistle order it opened, or why it was dismissed. */
function Outcome({ p }: { p: HotspotProposal }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="proposal-outcome" data-status={p.status}>
      <Flex gap={8} align="center" wrap>
        <HotspotStatusTag status={p.status} />
        {p.decidedByName && p.decidedAt && (
          <Typography.Text type="secondary">
            {t('hotspots.detail.decidedBy', { name: p.decidedByName, time: formatTime(p.decidedAt) })}
          </Typography.Text>
        )}
      </Flex>
      {p.action === 'proactive_case' && p.actionCaseId && (
        <Typography.Text>
          {t('hotspots.detail.becameCase')}
          <Link to={`/cases/${p.actionCaseId}`} data-testid="proposal-case-link">
            {p.actionCaseCode ?? p.actionCaseId}
          </Link>
        </Typography.Text>
      )}
      {p.action === 'whistle' && p.actionWhistleId && (
        <Typography.Text>
          {t('hotspots.detail.becameWhistle')}
          <Link to={`/whistles/${p.actionWhistleId}`} data-testid="proposal-whistle-link">
            {t('hotspots.detail.openWhistle')}
          </Link>
        </Typography.Text>
      )}
      {p.status === 'dismissed' && p.dismissReason && (
        <Typography.Text data-testid="proposal-dismiss-reason">
          {t('hotspots.detail.dismissed', { reason: p.dismissReason })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * An open proposal's three ways out: a proactive case, a whistle order (for those who may whistle), or
 * a dismissal with its reason; a decided one shows what it became.
 */
export function ProposalDecision({ p, category }: { p: HotspotProposal; category: string }) {
  const { t } = useTranslation();
  const office = whistlingOffice(useMe());
  const [step, setStep] = useState<Step>(null);
  // The answer is the proposal as it now is; the detail refetches behind it (hotspotsApi's invalidation).
  const [decided, setDecided] = useState<HotspotProposal | null>(null);
  const done = (next: HotspotProposal) => {
    setDecided(next);
    setStep(null);
  };
  const shown = decided ?? p;
  if (shown.status !== 'open') return <Outcome p={shown} />;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('hotspots.detail.decideHint')}</Typography.Text>
      <Flex gap={8} wrap>
        <Button type="primary" onClick={() => setStep('case')} data-testid="accept-as-case">
          {t('hotspots.detail.acceptCase')}
        </Button>
        <Tooltip title={office ? undefined : t('hotspots.detail.noWhistleRight')}>
          <Button disabled={!office} onClick={() => setStep('whistle')} data-testid="accept-as-whistle">
            {t('hotspots.detail.acceptWhistle')}
          </Button>
        </Tooltip>
        <Button danger onClick={() => setStep('dismiss')} data-testid="dismiss-proposal">
          {t('hotspots.detail.dismiss')}
        </Button>
      </Flex>
      {step === 'case' && (
        <AcceptCaseModal p={p} category={category} onDone={done} onCancel={() => setStep(null)} />
      )}
      {step === 'whistle' && office && (
        <AcceptWhistleDrawer
          p={p}
          category={category}
          office={office}
          onDone={done}
          onClose={() => setStep(null)}
        />
      )}
      {step === 'dismiss' && <DismissModal p={p} onDone={done} onCancel={() => setStep(null)} />}
    </Flex>
  );
}
