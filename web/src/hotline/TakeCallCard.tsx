import type { CallResult } from '@needle/contract';
import { Alert, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCitySettings } from '../common/useCitySettings';
import { SubmissionAlerts } from '../report/SubmissionAlerts';
import { type CallDraft, callInput, isComplete } from './callDraft';
import { TakeCallForm } from './TakeCallForm';
import { useTakeCall } from './useTakeCall';

const blank: CallDraft = { urgency: 'general' };

/** Takes a 12345 call and stays on the console: the operator's next call comes straight after. */
export function TakeCallCard() {
  const { t } = useTranslation();
  const settings = useCitySettings();
  const call = useTakeCall();
  // Read once, on arrival: the form owns the values from then on.
  const [initialValues, setInitialValues] = useState<CallDraft>(() => call.pending?.draft ?? blank);
  const [formKey, setFormKey] = useState(0);

  function finish(values: CallDraft) {
    if (!isComplete(values)) return;
    const body = callInput(values);
    call.mutation.mutate(call.attempt(body, values), {
      onSuccess: () => {
        // A fresh form for the next call: remounted, so nothing of this caller lingers in it, and the
        // focus is back on the caller's number.
        setInitialValues(blank);
        setFormKey((key) => key + 1);
      },
    });
  }

  return (
    <Card
      size="small"
      title={t('hotline.takeCall')}
      extra={<Typography.Text type="secondary">{t('callConsole.hint')}</Typography.Text>}
      data-testid="take-call"
    >
      <SubmissionAlerts submission={call} texts="hotline" testId="call" />
      {call.mutation.data && <TakenNotice result={call.mutation.data} />}
      <TakeCallForm
        key={formKey}
        initialValues={initialValues}
        settings={settings.data ?? null}
        busy={call.mutation.isPending}
        retry={call.failure?.kept ?? false}
        onFinish={finish}
      />
    </Card>
  );
}

function TakenNotice({ result }: { result: CallResult }) {
  const { t } = useTranslation();
  const { ticket, relatedTickets } = result;
  const same = relatedTickets.filter((related) => related.sameCategory).length;
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="call-taken"
      data-case-id={ticket.caseId}
      title={t(
        result.replayed
          ? 'hotline.replayed'
          : result.case.status === 'dispatched'
            ? 'hotline.takenDispatched'
            : 'hotline.taken',
        { code: ticket.caseCode },
      )}
      description={
        <>
          {relatedTickets.length > 0 && (
            <div>{t('hotline.callerHistory', { count: relatedTickets.length, same })}</div>
          )}
          <Link to={`/cases/${ticket.caseId}`} data-testid="call-taken-link">
            {t('hotline.openCase')}
          </Link>
          <div>{t('callConsole.next')}</div>
        </>
      }
    />
  );
}
