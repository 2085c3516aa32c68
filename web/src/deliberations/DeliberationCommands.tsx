import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeDeliberation, closeVote, type DeliberationDetail } from '../api/deliberations';
import { errorText } from '../i18n/errorText';
import { useDeliberationsWrite } from './deliberationsQueries';
import { DiscussModal, MeetingModal, OpenVoteModal, PublishModal } from './StepModals';
import { type Command, meetingSteps, nextCommand } from './steps';

/**
 * The step the deliberation is ready for, and a meeting for any step reached. Closing the vote and
 * closing the deliberation are final, so each asks first.
 */
export function DeliberationCommands({ detail }: { detail: DeliberationDetail }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<Command | 'meeting' | null>(null);
  const { id, state } = detail.deliberation;
  const next = nextCommand(state);
  const finalStep = useDeliberationsWrite((step: 'closeVote' | 'close') =>
    step === 'closeVote' ? closeVote(id) : closeDeliberation(id),
  );

  function confirmFinal(step: 'closeVote' | 'close') {
    modal.confirm({
      title: t(`deliberations.detail.commands.${step}`),
      content: step === 'closeVote' ? t('deliberations.vote.closeConfirm') : t('deliberations.closeConfirm'),
      okText: t(`deliberations.detail.commands.${step}`),
      okButtonProps: { danger: step === 'closeVote', 'data-testid': `${step}-confirm` },
      onOk: () =>
        new Promise<void>((resolve) =>
          finalStep.mutate(step, {
            onSuccess: () => {
              message.success(
                t('deliberations.done', { action: t(`deliberations.detail.commands.${step}`) }),
              );
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

  const close = () => setOpen(null);
  return (
    <Flex wrap gap={8}>
      {next && (
        <Button
          type="primary"
          danger={next === 'closeVote'}
          loading={finalStep.isPending}
          onClick={() => (next === 'closeVote' || next === 'close' ? confirmFinal(next) : setOpen(next))}
          data-testid={`command-${next}`}
        >
          {t(`deliberations.detail.commands.${next}`)}
        </Button>
      )}
      {meetingSteps(state).length > 0 && state !== 'closed' && (
        <Button onClick={() => setOpen('meeting')} data-testid="command-meeting">
          {t('deliberations.detail.commands.addMeeting')}
        </Button>
      )}
      {open === 'discuss' && <DiscussModal detail={detail} onClose={close} />}
      {open === 'openVote' && <OpenVoteModal detail={detail} onClose={close} />}
      {open === 'publish' && <PublishModal detail={detail} onClose={close} />}
      {open === 'meeting' && <MeetingModal detail={detail} onClose={close} />}
    </Flex>
  );
}
