import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addSession,
  type Dispute,
  fetchDisputeCounts,
  fetchDisputes,
  followedUp,
  settleDispute,
} from '../api/errands';
import { NoteModal } from '../common/NoteModal';
import { formatTime } from '../i18n/formatTime';
import { AgreeModal, OpenDisputeModal } from './DisputeModals';

type Step = 'session' | 'agree' | 'fail' | 'followUp';
const STATE_COLOURS: Record<string, string> = { open: 'blue', agreed: 'green', failed: 'default' };

function useDisputeNote(dispute: Dispute, step: Exclude<Step, 'agree'>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) =>
      step === 'session'
        ? addSession(dispute.id, note)
        : step === 'followUp'
          ? followedUp(dispute.id, note)
          : settleDispute(dispute.id, { outcome: 'failed', agreement: note }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['disputes'] }),
  });
}

function NoteStep({
  dispute,
  step,
  onClose,
}: {
  dispute: Dispute;
  step: Exclude<Step, 'agree'>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const mutation = useDisputeNote(dispute, step);
  const label = (
    {
      session: 'errands.sessionNote',
      fail: 'errands.failNote',
      followUp: 'errands.followUpNote',
    } as const
  )[step];
  const title = ({ session: 'errands.session', fail: 'errands.fail', followUp: 'errands.followUp' } as const)[
    step
  ];
  return (
    <NoteModal<Dispute>
      title={t(title)}
      label={t(label)}
      requiredMessage={t('errands.required')}
      testId={`dispute-${step}`}
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
    />
  );
}

function DisputeCard({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step | null>(null);
  const close = () => setStep(null);
  return (
    <Card size="small" data-testid="dispute" data-state={dispute.state}>
      <Flex vertical gap={6}>
        <Flex wrap gap={6} align="center">
          <Typography.Text strong>{t(`errands.disputeKinds.${dispute.kind}`, dispute.kind)}</Typography.Text>
          <Tag color={STATE_COLOURS[dispute.state]} data-testid="dispute-state">
            {t(`errands.disputeStates.${dispute.state}`, dispute.state)}
          </Tag>
          <Typography.Text type="secondary">
            {t('errands.sessions', { count: dispute.sessions.length })}
          </Typography.Text>
          {dispute.followedUpAt ? (
            <Tag color="green">{t('errands.followedUp')}</Tag>
          ) : (
            dispute.followUpOn && (
              <Tag color="gold">{t('errands.followUpDue', { day: dispute.followUpOn })}</Tag>
            )
          )}
        </Flex>
        <Typography.Text>{dispute.summary}</Typography.Text>
        <Typography.Text type="secondary">
          {dispute.parties.map((p) => `${p.name}${p.side ? `（${p.side}）` : ''}`).join('、')}
        </Typography.Text>
        {dispute.sessions.map((s) => (
          <Typography.Text key={s.at} type="secondary" style={{ fontSize: 12 }}>
            {`${formatTime(s.at)} ${s.note}`}
          </Typography.Text>
        ))}
        {dispute.agreement && (
          <Typography.Text>{`${t(dispute.state === 'failed' ? 'errands.failNote' : 'errands.agreement')}：${dispute.agreement}`}</Typography.Text>
        )}
        <Flex gap={8} wrap>
          {dispute.state === 'open' && (
            <>
              <Button onClick={() => setStep('session')} data-testid="dispute-session-open">
                {t('errands.session')}
              </Button>
              <Button type="primary" onClick={() => setStep('agree')} data-testid="dispute-agree-open">
                {t('errands.agree')}
              </Button>
              <Button onClick={() => setStep('fail')}>{t('errands.fail')}</Button>
            </>
          )}
          {dispute.state === 'agreed' && !dispute.followedUpAt && (
            <Button onClick={() => setStep('followUp')} data-testid="dispute-followUp-open">
              {t('errands.followUp')}
            </Button>
          )}
        </Flex>
      </Flex>
      {step === 'agree' && <AgreeModal dispute={dispute} onClose={close} />}
      {step !== null && step !== 'agree' && <NoteStep dispute={dispute} step={step} onClose={close} />}
    </Card>
  );
}

/** 矛盾调解: the counts per grid or community, and each dispute from registration to follow-up. */
export function MediationDesk() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const disputes = useQuery({ queryKey: ['disputes'], queryFn: ({ signal }) => fetchDisputes(signal) });
  const counts = useQuery({
    queryKey: ['disputes', 'counts'],
    queryFn: ({ signal }) => fetchDisputeCounts(signal),
  });
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setAdding(true)} data-testid="dispute-new">
          {t('errands.newDispute')}
        </Button>
      </Flex>
      <Table
        rowKey="regionCode"
        size="small"
        title={() => t('errands.counts')}
        loading={counts.isPending}
        dataSource={counts.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="dispute-counts"
        columns={[
          { title: t('errands.region'), dataIndex: 'name' },
          { title: t('errands.countOpen'), dataIndex: 'open' },
          { title: t('errands.countAgreed'), dataIndex: 'agreed' },
          { title: t('errands.countFailed'), dataIndex: 'failed' },
        ]}
      />
      {(disputes.data ?? []).map((d) => (
        <DisputeCard key={d.id} dispute={d} />
      ))}
      {adding && <OpenDisputeModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}
