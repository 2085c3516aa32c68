import type { CallbackInput, FollowUp, TicketDetail } from '@needle/contract';
import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactCaller, recordCallback, signTicket } from '../api/hotline';
import { useMe } from '../auth/AuthContext';
import { NoteModal } from '../common/NoteModal';
import { errorText } from '../i18n/errorText';
import { CallbackModal } from './CallbackModal';
import { useTicketStep } from './ticketQueries';
import { type TicketStep, ticketSteps } from './ticketSteps';

const stepLabel = {
  sign: 'hotline.sign',
  contact: 'hotline.contact',
  callback: 'hotline.recordCallback',
} as const;

/** What the server's follow-up asks of the operator, in the user's language. */
function followUpText(followUp: FollowUp) {
  if (followUp.code === 'CALL_AGAIN') return 'hotline.callAgain' as const;
  if (followUp.code === 'SENT_BACK') return 'hotline.sentBack' as const;
  return 'hotline.notResolved' as const;
}

/**
 * 签收 (which accepts the case) and 响应 for the unit holding the case; 回访 for the operator once the
 * unit has done its work.
 */
export function TicketSteps({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [asking, setAsking] = useState<TicketStep | null>(null);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const caseId = detail.ticket.caseId;
  const steps = ticketSteps(detail, me);
  const sign = useTicketStep(() => signTicket(caseId));
  const contact = useTicketStep((note: string) => contactCaller(caseId, note));
  const callback = useTicketStep((input: CallbackInput) => recordCallback(caseId, input));

  function done(step: TicketStep) {
    message.success(t('hotline.stepDone', { step: t(stepLabel[step]) }));
    setAsking(null);
  }

  function click(step: TicketStep) {
    sign.reset();
    if (step === 'sign') sign.mutate(undefined, { onSuccess: () => done('sign') });
    else setAsking(step);
  }

  return (
    <Flex vertical gap={8} data-testid="ticket-steps">
      {sign.error !== null && <Alert type="error" showIcon title={errorText(t, sign.error)} />}
      {followUp && (
        <Alert type="warning" showIcon title={t(followUpText(followUp))} data-testid="callback-follow-up" />
      )}
      {steps.length > 0 && (
        <Flex wrap gap={8}>
          {steps.map((step) => (
            <Button
              key={step}
              type={step === steps[0] ? 'primary' : 'default'}
              loading={sign.isPending && step === 'sign'}
              onClick={() => click(step)}
              data-testid={`ticket-${step}`}
            >
              {t(stepLabel[step])}
            </Button>
          ))}
        </Flex>
      )}
      {asking === 'contact' && (
        <NoteModal
          title={t('hotline.contact')}
          label={t('hotline.contactNote')}
          requiredMessage={t('hotline.contactNoteRequired')}
          mutation={contact}
          onCancel={() => setAsking(null)}
          onDone={() => done('contact')}
          testId="contact"
        />
      )}
      {asking === 'callback' && (
        <CallbackModal
          mutation={callback}
          onCancel={() => setAsking(null)}
          onDone={(result) => {
            setFollowUp(result.followUp);
            done('callback');
          }}
        />
      )}
    </Flex>
  );
}
