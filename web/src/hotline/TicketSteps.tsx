import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactCaller, recordCallback, signTicket } from '../api/hotline';
import type { FollowUp, TicketDetail } from '../api/hotlineTypes';
import { useMe } from '../auth/AuthContext';
import { NoteModal } from '../common/NoteModal';
import { errorText } from '../i18n/errorText';
import { CallbackModal } from './CallbackModal';
import { type TicketStep, ticketSteps } from './ticketSteps';

interface Props {
  detail: TicketDetail;
  /** The server answers a step with the ticket as it now is. */
  onDone(detail: TicketDetail): void;
}

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
export function TicketSteps({ detail, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [asking, setAsking] = useState<TicketStep | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const caseId = detail.ticket.caseId;
  const steps = ticketSteps(detail, me);

  function done(step: TicketStep, updated: TicketDetail) {
    message.success(t('hotline.stepDone', { step: t(stepLabel[step]) }));
    setAsking(null);
    onDone(updated);
  }

  async function sign() {
    setBusy(true);
    setError(null);
    try {
      done('sign', await signTicket(caseId));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap={8} data-testid="ticket-steps">
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      {followUp && (
        <Alert type="warning" showIcon title={t(followUpText(followUp))} data-testid="callback-follow-up" />
      )}
      {steps.length > 0 && (
        <Flex wrap gap={8}>
          {steps.map((step) => (
            <Button
              key={step}
              type={step === steps[0] ? 'primary' : 'default'}
              loading={busy && step === 'sign'}
              onClick={() => (step === 'sign' ? void sign() : setAsking(step))}
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
          onCancel={() => setAsking(null)}
          onSubmit={async (note) => done('contact', await contactCaller(caseId, note))}
          testId="contact"
        />
      )}
      {asking === 'callback' && (
        <CallbackModal
          onCancel={() => setAsking(null)}
          onSubmit={async (input) => {
            const { followUp: next, ...updated } = await recordCallback(caseId, input);
            setFollowUp(next);
            done('callback', updated);
          }}
        />
      )}
    </Flex>
  );
}
