import { Alert, App, Button, Card, Flex, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  approveWish,
  claimWish,
  confirmWish,
  fulfilWish,
  rejectWish,
  type Wish,
  type WishDetail,
} from '../api/wishes';
import { useMe } from '../auth/AuthContext';
import { PhotoThumbnails } from '../cases/CasePhotos';
import { DetailPage } from '../common/DetailPage';
import { Facts } from '../common/Facts';
import { NoteModal } from '../common/NoteModal';
import { NotFound } from '../common/NotFound';
import { PageHeading } from '../common/PageHeading';
import { communityName, useKeptCommunities } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { FulfilModal, PartnerClaimModal } from './WishCommandModals';
import { WishStateTag } from './WishStateTag';
import { useWish, useWishesWrite } from './wishesQueries';
import { keepsWishes } from './wishRoles';

type EventAction = 'post' | 'approve' | 'reject' | 'claim' | 'fulfil' | 'confirm';
const EVENT_ACTIONS: readonly string[] = ['post', 'approve', 'reject', 'claim', 'fulfil', 'confirm'];

/** One wish: what it is, where it stands, its photos and progress, and the step the viewer may take. */
export function WishDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <DetailPage
      query={useWish(id)}
      notFound={
        <NotFound
          title={t('wishes.detail.notFound')}
          backTo="/wishes"
          backText={t('wishes.detail.back')}
          testId="wish-not-found"
        />
      }
      view={WishView}
    />
  );
}

function WishView({ detail: wish }: { detail: WishDetail }) {
  const { t } = useTranslation();
  const communities = useKeptCommunities();
  return (
    <Flex vertical gap={12} data-testid="wish-detail">
      <Link to="/wishes">{t('wishes.detail.back')}</Link>
      <PageHeading title={wish.title} testId="wish-title">
        <WishStateTag state={wish.state} />
      </PageHeading>
      <Facts
        testId="wish-facts"
        items={[
          {
            key: 'community',
            label: t('wishes.community'),
            children: communityName(communities, wish.regionCode),
          },
          { key: 'createdAt', label: t('wishes.fields.createdAt'), children: formatTime(wish.createdAt) },
          ...(wish.description
            ? [{ key: 'description', label: t('wishes.fields.description'), children: wish.description }]
            : []),
          ...(wish.wisher
            ? [
                {
                  key: 'wisher',
                  label: t('wishes.fields.wisher'),
                  children: (
                    <span data-testid="wish-wisher">
                      {[wish.wisher.name, wish.wisher.phone].filter(Boolean).join(' ')}
                      {wish.wisher.postedForThem ? ` (${t('wishes.fields.postedForThem')})` : ''}
                    </span>
                  ),
                },
              ]
            : []),
          ...(wish.reviewNote
            ? [{ key: 'review', label: t('wishes.fields.reviewNote'), children: wish.reviewNote }]
            : []),
          ...(wish.claim
            ? [
                {
                  key: 'claim',
                  label: t('wishes.fields.claimer'),
                  children: wish.claim.partnerUnitName ?? t('wishes.fields.volunteer'),
                },
              ]
            : []),
        ]}
      />
      <Commands wish={wish} />
      {wish.fulfilment && (
        <Card size="small" title={t('wishes.fields.fulfilment')} data-testid="wish-fulfilment">
          {wish.fulfilment.note && (
            <Typography.Paragraph style={{ overflowWrap: 'anywhere' }}>
              {wish.fulfilment.note}
            </Typography.Paragraph>
          )}
          <PhotoThumbnails photoIds={wish.fulfilment.photoIds} size={96} />
        </Card>
      )}
      <Card size="small" title={t('wishes.detail.timeline')}>
        <Timeline
          data-testid="wish-timeline"
          items={wish.events.map((e) => ({
            content: (
              <Flex vertical>
                <Typography.Text>
                  {EVENT_ACTIONS.includes(e.action)
                    ? t(`wishes.events.${e.action as EventAction}`)
                    : e.action}
                </Typography.Text>
                {e.note && (
                  <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                    {e.note}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}

type Step = 'approve' | 'reject' | 'unitClaim' | 'fulfil' | 'confirm';

/**
 * The step this viewer may take now. The server decides; these are the buttons that would not be
 * refused: staff review, record a unit's claim, fulfil for it and confirm for a wisher without an
 * account; a resident claims an open wish, fulfils their claim and confirms their own wish.
 */
function Commands({ wish }: { wish: WishDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const staff = keepsWishes(me);
  const [step, setStep] = useState<Step | null>(null);
  const approve = useWishesWrite((note: string) => approveWish(wish.id, note));
  const reject = useWishesWrite((reason: string) => rejectWish(wish.id, reason));
  const claim = useWishesWrite((input: Parameters<typeof claimWish>[1]) => claimWish(wish.id, input));
  const fulfil = useWishesWrite((input: Parameters<typeof fulfilWish>[1]) => fulfilWish(wish.id, input));
  const confirm = useWishesWrite((note: string) => confirmWish(wish.id, note));
  const done = (text: string) => (_: Wish) => {
    setStep(null);
    message.success(text);
  };
  // Someone who is not staff and sees the wisher of a wish not posted for them is its wisher.
  const isWisher = !staff && wish.wisher !== null && !wish.wisher.postedForThem && !wish.claim?.mine;
  const buttons: { key: Step | 'claim'; label: string; primary?: boolean; onClick(): void }[] = [];
  const open = (key: Step) => () => setStep(key);
  if (staff && wish.state === 'pending_review') {
    buttons.push({
      key: 'approve',
      label: t('wishes.actions.approve'),
      primary: true,
      onClick: open('approve'),
    });
    buttons.push({ key: 'reject', label: t('wishes.actions.reject'), onClick: open('reject') });
  }
  if (wish.state === 'approved') {
    if (staff)
      buttons.push({ key: 'unitClaim', label: t('wishes.actions.claimForUnit'), onClick: open('unitClaim') });
    else if (me.roles.includes('resident') && !isWisher)
      buttons.push({
        key: 'claim',
        label: t('wishes.actions.claim'),
        primary: true,
        onClick: () => claim.mutate({}, { onSuccess: done(t('wishes.actions.claimed')) }),
      });
  }
  if (wish.state === 'claimed' && (wish.claim?.mine || (staff && wish.claim?.kind === 'partner_unit')))
    buttons.push({
      key: 'fulfil',
      label: t('wishes.actions.fulfil'),
      primary: true,
      onClick: open('fulfil'),
    });
  if (wish.state === 'fulfilled' && (isWisher || (staff && wish.wisher?.postedForThem)))
    buttons.push({
      key: 'confirm',
      label: staff ? t('wishes.actions.confirmForWisher') : t('wishes.actions.confirm'),
      primary: true,
      onClick: open('confirm'),
    });
  if (buttons.length === 0) return null;
  return (
    <Card size="small">
      {claim.error !== null && (
        <Alert type="error" showIcon title={errorText(t, claim.error)} style={{ marginBottom: 12 }} />
      )}
      <Flex wrap gap={8}>
        {buttons.map((b) => (
          <Button
            key={b.key}
            size="large"
            type={b.primary ? 'primary' : 'default'}
            loading={b.key === 'claim' && claim.isPending}
            onClick={b.onClick}
            data-testid={`wish-${b.key}`}
          >
            {b.label}
          </Button>
        ))}
      </Flex>
      {step === 'approve' && (
        <NoteModal
          title={t('wishes.actions.approve')}
          label={t('wishes.actions.approveNote')}
          testId="wish-approve-note"
          mutation={approve}
          onCancel={() => setStep(null)}
          onDone={done(t('wishes.actions.approved'))}
        />
      )}
      {step === 'reject' && (
        <NoteModal
          title={t('wishes.actions.reject')}
          label={t('wishes.actions.rejectReason')}
          requiredMessage={t('wishes.actions.rejectReasonRequired')}
          testId="wish-reject-reason"
          mutation={reject}
          onCancel={() => setStep(null)}
          onDone={done(t('wishes.actions.rejected'))}
        />
      )}
      {step === 'unitClaim' && (
        <PartnerClaimModal
          mutation={claim}
          onCancel={() => setStep(null)}
          onDone={done(t('wishes.actions.claimed'))}
        />
      )}
      {step === 'fulfil' && (
        <FulfilModal
          mutation={fulfil}
          onCancel={() => setStep(null)}
          onDone={done(t('wishes.actions.fulfilled'))}
        />
      )}
      {step === 'confirm' && (
        <NoteModal
          title={staff ? t('wishes.actions.confirmForWisher') : t('wishes.actions.confirm')}
          label={t('wishes.actions.confirmNote')}
          testId="wish-confirm-note"
          mutation={confirm}
          onCancel={() => setStep(null)}
          onDone={done(t('wishes.actions.confirmed'))}
        />
      )}
    </Card>
  );
}
