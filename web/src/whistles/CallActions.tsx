import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgeCall, arriveOnCall, completeCall, evaluateCall } from '../api/whistles';
import type { WhistleCall, WhistleDetail, WhistleOrder } from '../api/whistleTypes';
import { NoteModal } from '../common/NoteModal';
import { errorText } from '../i18n/errorText';
import { ArriveModal } from './ArriveModal';
import type { CallStep } from './callSteps';
import { EvaluateModal } from './EvaluateModal';

interface Props {
  order: WhistleOrder;
  call: WhistleCall;
  steps: CallStep[];
  onDone(detail: WhistleDetail): void;
}

// Before the deadline, as the server measures it when the department arrived.
const onTime = (order: WhistleOrder, call: WhistleCall) =>
  call.arrivedAt !== null && new Date(call.arrivedAt) <= new Date(order.reportDeadlineAt);

/** The buttons of one call: 收到 → 报到 → 完成 for the called unit, 评价 for the issuing street. */
export function CallActions({ order, call, steps, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<CallStep | null>(null);
  const [busy, setBusy] = useState(false);

  function done(step: CallStep, detail: WhistleDetail) {
    message.success(t('whistle.done', { action: t(`whistle.${step}`) }));
    setAsking(null);
    onDone(detail);
  }

  async function acknowledge() {
    setBusy(true);
    try {
      done('acknowledge', await acknowledgeCall(order.id, call.id));
    } catch (caught) {
      message.error(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex gap={4} wrap>
      {steps.map((step) => (
        <Button
          key={step}
          size="small"
          type={step === 'evaluate' ? 'default' : 'primary'}
          loading={busy && step === 'acknowledge'}
          onClick={() => (step === 'acknowledge' ? void acknowledge() : setAsking(step))}
          data-testid={`call-${step}`}
        >
          {t(`whistle.${step}`)}
        </Button>
      ))}
      {asking === 'arrive' && (
        <ArriveModal
          deadline={order.reportDeadlineAt}
          onCancel={() => setAsking(null)}
          onSubmit={async (input) => done('arrive', await arriveOnCall(order.id, call.id, input))}
        />
      )}
      {asking === 'complete' && (
        <NoteModal
          title={t('whistle.complete')}
          label={t('whistle.completeNote')}
          requiredMessage={t('whistle.completeNoteRequired')}
          onCancel={() => setAsking(null)}
          onSubmit={async (note) => done('complete', await completeCall(order.id, call.id, note))}
          testId="complete"
        />
      )}
      {asking === 'evaluate' && (
        <EvaluateModal
          reportedInOnTime={onTime(order, call)}
          onCancel={() => setAsking(null)}
          onSubmit={async (input) => done('evaluate', await evaluateCall(order.id, call.id, input))}
        />
      )}
    </Flex>
  );
}
