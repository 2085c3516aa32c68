import { Alert, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallResult } from '../api/hotlineTypes';
import { useCategories } from '../categories/useCategories';
import { useCitySettings } from '../common/useCitySettings';
import { errorText } from '../i18n/errorText';
import { type CallDraft, callInput, isComplete } from './callDraft';
import { TakeCallForm } from './TakeCallForm';
import { useTakeCall } from './useTakeCall';

const blank: CallDraft = { urgency: 'general' };

/** Takes a 12345 call and stays on the console: the operator's next call comes straight after. */
export function TakeCallCard({ onTaken }: { onTaken(result: CallResult): void }) {
  const { t } = useTranslation();
  const categories = useCategories();
  const settings = useCitySettings();
  const { pending, submission, submit } = useTakeCall((result) => {
    // A fresh form for the next call: remounted, so nothing of this caller lingers in it.
    setInitialValues(blank);
    setFormKey((key) => key + 1);
    onTaken(result);
  });
  // Read once, on arrival: the form owns the values from then on.
  const [initialValues, setInitialValues] = useState<CallDraft>(() => pending?.draft ?? blank);
  const [formKey, setFormKey] = useState(0);
  const [restored] = useState(pending !== null);

  function finish(values: CallDraft) {
    if (isComplete(values)) void submit(callInput(values), values);
  }

  return (
    <Card size="small" title={t('hotline.takeCall')} data-testid="take-call">
      {restored && submission.status === 'idle' && (
        <Alert type="info" showIcon title={t('hotline.pendingRestored')} style={{ marginBottom: 12 }} />
      )}
      {submission.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, submission.error)}
          description={submission.kept ? t('hotline.failedKept') : undefined}
          style={{ marginBottom: 12 }}
          data-testid="call-error"
        />
      )}
      {submission.status === 'taken' && <TakenNotice result={submission.result} />}
      <TakeCallForm
        key={formKey}
        initialValues={initialValues}
        categories={categories.status === 'ready' ? categories.data : null}
        settings={settings.status === 'ready' ? settings.data : null}
        busy={submission.status === 'sending'}
        retry={submission.status === 'failed' && submission.kept}
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
        </>
      }
    />
  );
}
