import { CASE_ACTIONS, type CaseAction, type CaseDetail } from '@needle/contract';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { actionLabel } from '../i18n/labels';
import { useIsPhone } from '../layout/useIsPhone';
import { PhoneModals } from '../tasks/PhoneModals';
import { ActionModal } from './ActionModal';
import { actionForms, dangerousActions } from './actionForms';
import { suggestedActions } from './actionHints';
import { useCaseAction } from './caseQueries';
import type { UnitOption } from './dispatchUnits';

interface Props {
  detail: CaseDetail;
  unitOptions: UnitOption[];
}

export function CaseActions({ detail, unitOptions }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<CaseAction | null>(null);
  // The dialog is unmounted on closing, before antd could give the focus back: the button that opened
  // it takes it again, or a keyboard user is left at the top of the page.
  const buttons = useRef(new Map<CaseAction, HTMLElement>());
  function stopAsking() {
    const opener = asking && buttons.current.get(asking);
    setAsking(null);
    if (opener) requestAnimationFrame(() => opener.isConnected && opener.focus());
  }
  // Actions taken on a click, and those sent from a form: each shows its own refusal.
  const onClick = useCaseAction(detail.case.id);
  const fromForm = useCaseAction(detail.case.id);
  const busy = onClick.isPending ? (onClick.variables?.action ?? null) : null;
  const actions = suggestedActions(detail, CASE_ACTIONS);
  // On a phone the steps stack, each as wide as the screen and tall enough for a thumb.
  const phone = useIsPhone();

  function done(action: CaseAction) {
    message.success(t('caseDetail.done', { action: actionLabel(t, action) }));
    stopAsking();
  }

  function click(action: CaseAction) {
    onClick.reset();
    if (actionForms[action] !== 'none') setAsking(action);
    else onClick.mutate({ action, input: {} }, { onSuccess: () => done(action) });
  }

  const askingForm = asking ? actionForms[asking] : 'none';
  return (
    <Flex vertical gap={8} data-testid="case-actions">
      {onClick.error !== null && (
        <Alert type="error" showIcon title={errorText(t, onClick.error)} data-testid="action-error" />
      )}
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('caseDetail.noActions')}</Typography.Text>
      ) : (
        <Flex vertical={phone} wrap={!phone} gap={8}>
          {actions.map((action) => (
            <Button
              key={action}
              block={phone}
              size={phone ? 'large' : 'middle'}
              style={phone ? { height: 44 } : undefined}
              type={action === actions[0] ? 'primary' : 'default'}
              danger={dangerousActions.includes(action)}
              loading={busy === action}
              disabled={busy !== null && busy !== action}
              onClick={() => click(action)}
              ref={(button) => {
                if (button) buttons.current.set(action, button);
                else buttons.current.delete(action);
              }}
              data-testid={`action-${action}`}
            >
              {actionLabel(t, action)}
            </Button>
          ))}
        </Flex>
      )}
      {asking && askingForm !== 'none' && (
        <PhoneModals key={asking}>
          <ActionModal
            action={asking}
            form={askingForm}
            unitOptions={unitOptions}
            place={detail.case}
            mutation={fromForm}
            onCancel={stopAsking}
            onDone={() => done(asking)}
          />
        </PhoneModals>
      )}
    </Flex>
  );
}
