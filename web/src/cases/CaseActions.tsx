import { Alert, App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeCaseAction } from '../api/cases';
import { type ActionInput, type CaseAction, type CaseDetail, caseActions } from '../api/caseTypes';
import { errorText } from '../i18n/errorText';
import { actionLabel } from '../i18n/labels';
import { ActionModal } from './ActionModal';
import { actionForms, dangerousActions } from './actionForms';
import { suggestedActions } from './actionHints';
import type { UnitOption } from './dispatchUnits';

interface Props {
  detail: CaseDetail;
  unitOptions: UnitOption[];
  /** The server answers an action with the case as it now is. */
  onDone(detail: CaseDetail): void;
}

export function CaseActions({ detail, unitOptions, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<CaseAction | null>(null);
  const [busy, setBusy] = useState<CaseAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const actions = suggestedActions(detail, caseActions);

  async function act(action: CaseAction, input: ActionInput) {
    const updated = await takeCaseAction(detail.case.id, action, input);
    message.success(t('caseDetail.done', { action: actionLabel(t, action) }));
    setAsking(null);
    onDone(updated);
  }

  async function click(action: CaseAction) {
    setError(null);
    if (actionForms[action] !== 'none') {
      setAsking(action);
      return;
    }
    setBusy(action);
    try {
      await act(action, {});
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  const askingForm = asking ? actionForms[asking] : 'none';
  return (
    <Flex vertical gap={8} data-testid="case-actions">
      {error !== null && (
        <Alert type="error" showIcon title={errorText(t, error)} data-testid="action-error" />
      )}
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('caseDetail.noActions')}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {actions.map((action) => (
            <Button
              key={action}
              type={action === actions[0] ? 'primary' : 'default'}
              danger={dangerousActions.includes(action)}
              loading={busy === action}
              disabled={busy !== null && busy !== action}
              onClick={() => void click(action)}
              data-testid={`action-${action}`}
            >
              {actionLabel(t, action)}
            </Button>
          ))}
        </Flex>
      )}
      {asking && askingForm !== 'none' && (
        <ActionModal
          key={asking}
          action={asking}
          form={askingForm}
          unitOptions={unitOptions}
          place={detail.case}
          onCancel={() => setAsking(null)}
          onSubmit={(input) => act(asking, input)}
        />
      )}
    </Flex>
  );
}
