import { App, Button, Card, Empty, Flex, Form, Input, Modal, Skeleton, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type BoardResolution, castBallot, type MyVote, object, type VoteChoice } from '../api/deliberations';
import { redeemDoorCode } from '../api/voters';
import { FormModal } from '../common/FormModal';
import { PageHeading } from '../common/PageHeading';
import {
  useBoard,
  useDeliberationsWrite,
  useMyHousehold,
  useMyVotes,
} from '../deliberations/deliberationsQueries';
import { BoardCard } from '../deliberations/PublicBoardPage';
import { ReceiptCheckForm } from '../deliberations/ReceiptCheckForm';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { newIdempotencyKey } from '../report/idempotencyKey';

/**
 * 我的议事, a resident's phone page: their household (verified by a door code), the votes they are in
 * (cast once, keep the receipt), a receipt check, and their community's board where they may object.
 */
export function MyVotingPage() {
  const { t } = useTranslation();
  const household = useMyHousehold();
  const code = household.data?.verified ? household.data.communityCode : null;
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('deliberations.mine.title')} testId="voting-heading" />
        <HouseholdCard />
        <VotesCard />
        <Card size="small" title={t('deliberations.receipt.title')}>
          <ReceiptCheckForm />
        </Card>
        {household.isPending ? <Skeleton active /> : code && <BoardSection code={code} />}
      </Flex>
    </PageShell>
  );
}

function HouseholdCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const household = useMyHousehold();
  const redeem = useDeliberationsWrite(redeemDoorCode);
  const [form] = Form.useForm<{ code: string }>();
  const mine = household.data;
  return (
    <Card size="small" title={t('deliberations.mine.household')} data-testid="my-household">
      {household.error !== null && (
        <Typography.Text type="danger">{errorText(t, household.error)}</Typography.Text>
      )}
      {!mine ? (
        household.isPending && <Skeleton active paragraph={{ rows: 1 }} />
      ) : mine.verified ? (
        <Flex vertical gap={4} data-testid="my-household-verified">
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {t('deliberations.mine.verifiedAs', { place: mine.placeLabel ?? '' })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {mine.method && t(`deliberations.methods.${mine.method}`)}
            {mine.verifiedAt && ` · ${formatTime(mine.verifiedAt)}`}
          </Typography.Text>
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('deliberations.mine.notVerified')}</Typography.Text>
          {redeem.error !== null && (
            <Typography.Text type="danger" data-testid="redeem-error">
              {errorText(t, redeem.error)}
            </Typography.Text>
          )}
          <Form<{ code: string }>
            form={form}
            layout="vertical"
            onFinish={({ code }) =>
              redeem.mutate(code.trim(), {
                onSuccess: () => {
                  form.resetFields();
                  message.success(t('deliberations.mine.redeemed'));
                },
              })
            }
            data-testid="redeem-form"
          >
            <Form.Item
              name="code"
              label={t('deliberations.mine.codeLabel')}
              rules={[{ required: true, whitespace: true, message: t('deliberations.mine.codeRequired') }]}
            >
              <Input
                maxLength={32}
                autoComplete="off"
                autoCapitalize="characters"
                style={{ fontFamily: 'monospace' }}
                data-testid="redeem-code"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={redeem.isPending}
              data-testid="redeem-submit"
            >
              {t('deliberations.mine.redeem')}
            </Button>
          </Form>
        </Flex>
      )}
    </Card>
  );
}

const CHOICES: readonly VoteChoice[] = ['for', 'against', 'abstain'];

function VotesCard() {
  const { t } = useTranslation();
  const votes = useMyVotes();
  const [receipt, setReceipt] = useState<string | null>(null);
  return (
    <Card size="small" title={t('deliberations.mine.votes')} data-testid="my-votes">
      {votes.error !== null && <Typography.Text type="danger">{errorText(t, votes.error)}</Typography.Text>}
      {votes.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (votes.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberations.mine.noVotes')} />
      ) : (
        <Flex vertical gap={12}>
          {(votes.data ?? []).map((vote) => (
            <VoteItem key={vote.voteId} vote={vote} onReceipt={setReceipt} />
          ))}
        </Flex>
      )}
      {receipt && <ReceiptModal receipt={receipt} onClose={() => setReceipt(null)} />}
    </Card>
  );
}

/** One vote the resident is in: cast once after a confirmation; a retry of a lost answer reuses its key. */
function VoteItem({ vote, onReceipt }: { vote: MyVote; onReceipt(receipt: string): void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  // One secret per ballot: a retry after a lost answer gets the same receipt, not a refusal.
  const key = useRef<string | null>(null);
  const cast = useDeliberationsWrite((choice: VoteChoice) => {
    key.current ??= newIdempotencyKey();
    return castBallot(vote.voteId, choice, key.current);
  });
  function confirm(choice: VoteChoice) {
    const label = t(`deliberations.choices.${choice}`);
    modal.confirm({
      title: t('deliberations.mine.castConfirm', { choice: label }),
      okText: label,
      okButtonProps: { 'data-testid': 'cast-confirm' },
      onOk: () =>
        new Promise<void>((resolve) =>
          cast.mutate(choice, {
            onSuccess: (result) => {
              onReceipt(result.receipt);
              resolve();
            },
            onError: (error) => {
              message.error(errorText(t, error));
              resolve();
            },
          }),
        ),
    });
  }
  return (
    <Flex vertical gap={6} data-testid="my-vote" data-voted={vote.hasVoted} data-state={vote.state}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {vote.title}
        </Typography.Text>
        <Flex gap={4}>
          <Tag>{t(`deliberations.capacities.${vote.capacity}`)}</Tag>
          {vote.hasVoted && <Tag color="green">{t('deliberations.mine.voted')}</Tag>}
          {vote.state === 'closed' && <Tag>{t('deliberations.mine.closed')}</Tag>}
        </Flex>
      </Flex>
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 3, expandable: true }}
        style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {vote.proposal}
      </Typography.Paragraph>
      {vote.state === 'open' && !vote.hasVoted && (
        <Flex gap={8}>
          {CHOICES.map((choice) => (
            <Button
              key={choice}
              style={{ flex: 1 }}
              type={choice === 'for' ? 'primary' : 'default'}
              danger={choice === 'against'}
              loading={cast.isPending && cast.variables === choice}
              disabled={cast.isPending}
              onClick={() => confirm(choice)}
              data-testid={`cast-${choice}`}
            >
              {t(`deliberations.choices.${choice}`)}
            </Button>
          ))}
        </Flex>
      )}
      {vote.state === 'closed' && (
        <Link to={`/public/votes/${vote.voteId}`} data-testid="my-vote-count">
          {t('deliberations.vote.publicCount')}
        </Link>
      )}
    </Flex>
  );
}

/** The receipt, shown this once: copy it and keep it. */
function ReceiptModal({ receipt, onClose }: { receipt: string; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  async function copy() {
    try {
      await navigator.clipboard.writeText(receipt);
      message.success(t('deliberations.mine.copied'));
    } catch {
      // No clipboard (an old browser, no permission): the receipt stays on screen to be copied by hand.
    }
  }
  return (
    <Modal
      open
      title={t('deliberations.mine.receiptTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okButtonProps={{ 'data-testid': 'receipt-done' }}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="warning">{t('deliberations.mine.receiptKeep')}</Typography.Text>
        <Typography.Text code style={{ wordBreak: 'break-all', fontSize: 15 }} data-testid="receipt">
          {receipt}
        </Typography.Text>
        <Button onClick={copy} data-testid="receipt-copy">
          {t('deliberations.mine.copy')}
        </Button>
      </Flex>
    </Modal>
  );
}

/** The resident's community board: while a resolution is published, they may object to it. */
function BoardSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const board = useBoard(code);
  const [objecting, setObjecting] = useState<BoardResolution | null>(null);
  return (
    <Card
      size="small"
      title={t('deliberations.mine.board')}
      extra={
        // The community's projects (三张清单) are public as its board is: a resident follows both here.
        <Flex gap={12}>
          <Link to={`/public/communities/${code}/projects`} data-testid="my-projects-link">
            {t('deliberations.mine.projects')}
          </Link>
          <Link to={`/public/communities/${code}/deliberations`} data-testid="my-board-link">
            {t('deliberations.detail.publicBoard')}
          </Link>
        </Flex>
      }
    >
      {board.error !== null && <Typography.Text type="danger">{errorText(t, board.error)}</Typography.Text>}
      {(board.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberations.board.empty')} />
      ) : (
        <Flex vertical gap={8}>
          {(board.data ?? []).map((item) => (
            <BoardCard
              key={item.deliberationId}
              item={item}
              action={
                item.state === 'published' &&
                new Date(item.publishedUntil) > new Date() && (
                  <Button size="small" onClick={() => setObjecting(item)} data-testid="object-open">
                    {t('deliberations.mine.object')}
                  </Button>
                )
              }
            />
          ))}
        </Flex>
      )}
      {objecting && <ObjectModal item={objecting} onClose={() => setObjecting(null)} />}
    </Card>
  );
}

function ObjectModal({ item, onClose }: { item: BoardResolution; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const key = useRef(newIdempotencyKey());
  const mutation = useDeliberationsWrite((text: string) => object(item.deliberationId, text, key.current));
  return (
    <FormModal<{ text: string }, string, unknown>
      title={`${t('deliberations.mine.object')} · ${item.title}`}
      testId="object"
      mutation={mutation}
      onCancel={onClose}
      onDone={() => {
        message.success(t('deliberations.mine.objected'));
        onClose();
      }}
      toVariables={({ text }) => text.trim()}
    >
      <Form.Item
        name="text"
        label={t('deliberations.mine.objectText')}
        rules={[{ required: true, whitespace: true, message: t('deliberations.mine.objectRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} data-testid="object-text" />
      </Form.Item>
    </FormModal>
  );
}
