import type { Case, CaseAction } from '@needle/contract';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeCaseAction } from '../api/cases';
import { invalidateCase, queryKeys } from '../api/queryKeys';
import { useMe } from '../auth/AuthContext';
import { dangerousActions } from '../cases/actionForms';
import { departmentOption, dispatchUnit } from '../cases/dispatchUnits';
import { useDepartments } from '../common/useDepartments';
import { actionLabel } from '../i18n/labels';
import { type BatchOutcome, runBatch } from './batchSteps';

interface Props {
  /** The selected cases, in the order shown. */
  selected: Case[];
  /** The steps the server says this queue may take on several cases at once. */
  actions: CaseAction[];
  onFinished(): void;
}

/** The value of "the unit the responsibility list names": a dispatch without a unit. */
const ROUTED = 'routed';

/**
 * The batch bar above a queue's cases: one button per step that can be batched. A dispatch asks for one
 * unit for all (or each case's routed one); the others ask to confirm. Each case then goes through the
 * case's own action API, and the cases refused are listed with the server's reason.
 */
export function BatchSteps({ selected, actions, onFinished }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const me = useMe();
  const departments = useDepartments(me.permissions.includes('departments:read'));
  const [asking, setAsking] = useState<CaseAction | null>(null);
  const [unit, setUnit] = useState<string>(ROUTED);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState(0);
  const [failures, setFailures] = useState<(Extract<BatchOutcome, { ok: false }> & { caseCode: string })[]>(
    [],
  );

  if (actions.length === 0) return null;

  async function run(action: CaseAction) {
    setAsking(null);
    setFailures([]);
    setProgress(0);
    const input = action === 'dispatch' && unit !== ROUTED ? { unit: dispatchUnit(unit) } : {};
    const outcomes = await runBatch(
      selected.map((c) => c.id),
      (id) => takeCaseAction(id, action, input),
      setProgress,
    );
    setProgress(null);
    for (const { id } of outcomes) invalidateCase(client, id);
    void client.invalidateQueries({ queryKey: queryKeys.workbench.all });
    const failed = outcomes.flatMap((o) =>
      o.ok ? [] : [{ ...o, caseCode: selected.find((c) => c.id === o.id)?.code ?? o.id }],
    );
    setDone(outcomes.length - failed.length);
    setFailures(failed);
    const name = actionLabel(t, action);
    if (failed.length === 0)
      message.success(t('workbench.batch.allDone', { count: outcomes.length, action: name }));
    onFinished();
  }

  const count = selected.length;
  return (
    <Flex vertical gap={8} data-testid="workbench-batch">
      <Flex wrap gap={8} align="center">
        <Typography.Text data-testid="workbench-selected">
          {t('workbench.batch.selected', { count })}
        </Typography.Text>
        {actions.map((action) => (
          <Button
            key={action}
            type="primary"
            danger={dangerousActions.includes(action)}
            disabled={count === 0 || progress !== null}
            loading={progress !== null && asking === null}
            onClick={() => setAsking(action)}
            data-testid={`batch-${action}`}
          >
            {t('workbench.batch.run', { action: actionLabel(t, action) })}
          </Button>
        ))}
        {progress !== null && (
          <Typography.Text type="secondary">
            {t('workbench.batch.running', { done: progress, count })}
          </Typography.Text>
        )}
      </Flex>
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setFailures([])}
          title={t('workbench.batch.someFailed', { ok: done, failed: failures.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failures.map((f) => (
                <li key={f.id}>{t('workbench.batch.failure', { code: f.caseCode, reason: f.message })}</li>
              ))}
            </ul>
          }
          data-testid="workbench-batch-failures"
        />
      )}
      <Modal
        open={asking !== null}
        title={asking && t('workbench.batch.run', { action: actionLabel(t, asking) })}
        onCancel={() => setAsking(null)}
        footer={[
          <Button key="cancel" onClick={() => setAsking(null)}>
            {t('workbench.batch.cancel')}
          </Button>,
          <Button
            key="ok"
            type="primary"
            onClick={() => asking && void run(asking)}
            data-testid="batch-confirm"
          >
            {t('workbench.batch.ok')}
          </Button>,
        ]}
        destroyOnHidden
      >
        {asking === 'dispatch' ? (
          <Form layout="vertical">
            <Form.Item label={t('workbench.batch.unit')} extra={t('workbench.batch.unitHint')}>
              <Select
                value={unit}
                onChange={setUnit}
                showSearch={{ optionFilterProp: 'label' }}
                options={[
                  { value: ROUTED, label: t('workbench.batch.routedUnit') },
                  ...(departments.data ?? []).map((d) => departmentOption(d.id, d.name)),
                ]}
                data-testid="batch-unit"
              />
            </Form.Item>
          </Form>
        ) : (
          asking && t('workbench.batch.confirm', { count, action: actionLabel(t, asking) })
        )}
      </Modal>
    </Flex>
  );
}
