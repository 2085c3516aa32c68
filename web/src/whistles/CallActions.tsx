import type { ArrivalInput, CallEvaluationInput, WhistleCall, WhistleOrder } from '@needle/contract';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgeCall, arriveOnCall, completeCall, evaluateCall } from '../api/whistles';
import { NoteModal } from '../common/NoteModal';
import { errorText } from '../i18n/errorText';
import { useIsPhone } from '../layout/useIsPhone';
import { PhoneModals } from '../tasks/PhoneModals';
import { ArriveModal } from './ArriveModal';
import type { CallStep } from './callSteps';
import { EvaluateModal } from './EvaluateModal';
import { useWhistleStep } from './whistleQueries';

interface Props {
  order: WhistleOrder;
  call: WhistleCall;
  steps: CallStep[];
}

// Before the deadline, as the server measures it when the department arrived.
const onTime = (order: WhistleOrder, call: WhistleCall) =>
  call.arrivedAt !== null && new Date(call.arrivedAt) <= new Date(order.reportDeadlineAt);

/** The buttons of one call: 收到 → 报到 → 完成 for the called unit, 评价 for the issuing street. */
export function CallActions({ order, call, steps }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<CallStep | null>(null);
  const acknowledge = useWhistleStep(() => acknowledgeCall(order.id, call.id));
  const arrive = useWhistleStep((input: ArrivalInput) => arriveOnCall(order.id, call.id, input));
  const complete = useWhistleStep((note: string) => completeCall(order.id, call.id, note));
  const evaluate = useWhistleStep((input: CallEvaluationInput) => evaluateCall(order.id, call.id, input));
  // On a phone the called unit reports in standing on site: big buttons, one under the other.
  const phone = useIsPhone();
  const close = () => setAsking(null);
  const done = (step: CallStep) => () => {
    message.success(t('whistle.done', { action: t(`whistle.${step}`) }));
    close();
  };

  function click(step: CallStep) {
    if (step !== 'acknowledge') return setAsking(step);
    acknowledge.mutate(undefined, {
      onSuccess: done('acknowledge'),
      onError: (caught) => message.error(errorText(t, caught)),
    });
  }

  return (
    <Flex gap={phone ? 8 : 4} vertical={phone} wrap={!phone}>
      {steps.map((step) => (
        <Button
          key={step}
          size={phone ? 'large' : 'small'}
          block={phone}
          style={phone ? { height: 44 } : undefined}
          type={step === 'evaluate' ? 'default' : 'primary'}
          loading={acknowledge.isPending && step === 'acknowledge'}
          onClick={() => click(step)}
          data-testid={`call-${step}`}
        >
          {t(`whistle.${step}`)}
        </Button>
      ))}
      <PhoneModals>
        {asking === 'arrive' && (
          <ArriveModal
            deadline={order.reportDeadlineAt}
            mutation={arrive}
            onCancel={close}
            onDone={done('arrive')}
          />
        )}
        {asking === 'complete' && (
          <NoteModal
            title={t('whistle.complete')}
            label={t('whistle.completeNote')}
            requiredMessage={t('whistle.completeNoteRequired')}
            mutation={complete}
            onCancel={close}
            onDone={done('complete')}
            testId="complete"
          />
        )}
        {asking === 'evaluate' && (
          <EvaluateModal
            reportedInOnTime={onTime(order, call)}
            mutation={evaluate}
            onCancel={close}
            onDone={done('evaluate')}
          />
        )}
      </PhoneModals>
    </Flex>
  );
}
