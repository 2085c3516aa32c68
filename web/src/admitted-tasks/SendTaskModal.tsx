import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select, Switch, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { assignTask, type CommunityTask } from '../api/admittedTasks';
import { ApiError } from '../api/client';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { FormModal } from '../common/FormModal';
import { useDepartments } from '../common/useDepartments';
import { useRegionTree } from '../map/regionQueries';
import { useAdmittedTasks, useTasksWrite } from './admittedTasksQueries';
import { type SendValues, toAssignment } from './assignment';
import { refusalReason } from './refusalReason';
import { regionChoices } from './regionChoices';

const isRefusedAdmission = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'TASK_NOT_ADMITTED';

/**
 * A department sends a task to a community, or to every community of a street: one of the admitted
 * list, or one written out with its funding (费随事转). A refusal stays on screen with its reason, so
 * the sender sees why the community need not take it.
 */
export function SendTaskModal({
  admin,
  onDone,
  onCancel,
}: {
  admin: boolean;
  onDone(sent: CommunityTask[]): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<SendValues>();
  const source = Form.useWatch('source', form);
  const funded = Form.useWatch('funded', form);
  const entries = useAdmittedTasks();
  const departments = useDepartments(admin && can(me, 'departments:read'));
  const tree = useRegionTree();
  const send = useTasksWrite(assignTask);
  const refused = isRefusedAdmission(send.error);
  const active = (entries.data ?? []).filter((entry) => entry.active);
  const sentEntry = entries.data?.find((entry) => entry.id === send.variables?.admittedTaskId);
  const sentDepartment =
    send.variables?.departmentId ??
    (me.jurisdiction.kind === 'department' ? me.jurisdiction.departmentId : undefined);
  const today = dayjs();
  return (
    <FormModal<SendValues, Parameters<typeof assignTask>[0], CommunityTask[]>
      title={t('admittedTasks.send.title')}
      testId="send-task"
      width={560}
      form={form}
      initialValues={{ source: 'list', funded: false }}
      toVariables={toAssignment}
      // The refusal has a box of its own below, with its reason; the generic one would say it twice.
      mutation={{ ...send, error: refused ? null : send.error }}
      onDone={onDone}
      onCancel={() => {
        send.reset();
        onCancel();
      }}
      notice={
        refused && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('admittedTasks.send.refusedTitle')}
            description={
              <>
                <div data-testid="send-task-refusal-reason">
                  {t(`admittedTasks.send.reasons.${refusalReason(sentEntry, sentDepartment)}`)}
                </div>
                <div>{t('admittedTasks.send.refusedHint')}</div>
              </>
            }
            data-testid="send-task-refused"
          />
        )
      }
    >
      {admin && (
        <Form.Item
          name="departmentId"
          label={t('admittedTasks.send.department')}
          rules={[{ required: true, message: t('admittedTasks.send.departmentRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={departments.isPending}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            data-testid="send-task-department"
          />
        </Form.Item>
      )}
      <Form.Item name="source" label={t('admittedTasks.send.source')}>
        <Radio.Group data-testid="send-task-source">
          <Radio value="list" data-testid="send-task-from-list">
            {t('admittedTasks.send.fromList')}
          </Radio>
          <Radio value="other" data-testid="send-task-other">
            {t('admittedTasks.send.other')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {source === 'other' && (
        <Alert
          type="warning"
          showIcon
          title={t('admittedTasks.send.otherWarning')}
          style={{ marginBottom: 12 }}
          data-testid="send-task-other-warning"
        />
      )}
      {source !== 'other' && (
        <Form.Item
          name="admittedTaskId"
          label={t('admittedTasks.send.admittedTask')}
          rules={[{ required: true, message: t('admittedTasks.send.admittedTaskRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={entries.isPending}
            notFoundContent={t('admittedTasks.send.noEntries')}
            options={active.map((entry) => ({ value: entry.id, label: entry.name }))}
            data-testid="send-task-entry"
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={
          source === 'other' ? t('admittedTasks.send.taskTitle') : t('admittedTasks.send.taskTitleOptional')
        }
        rules={
          source === 'other'
            ? [{ required: true, whitespace: true, message: t('admittedTasks.send.taskTitleRequired') }]
            : []
        }
      >
        <Input maxLength={200} data-testid="send-task-title" />
      </Form.Item>
      <Form.Item name="description" label={t('admittedTasks.send.description')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="send-task-description" />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('admittedTasks.send.target')}
        extra={t('admittedTasks.send.targetHint')}
        rules={[{ required: true, message: t('admittedTasks.send.targetRequired') }]}
      >
        <TreeSelect
          showSearch
          treeNodeFilterProp="title"
          treeDefaultExpandAll
          loading={tree.isPending}
          treeData={tree.data ? regionChoices(tree.data, ['street', 'community']) : []}
          data-testid="send-task-target"
        />
      </Form.Item>
      <Form.Item name="dueDate" label={t('admittedTasks.send.dueDate')}>
        <DatePicker disabledDate={(day) => day.isBefore(today, 'day')} data-testid="send-task-due-date" />
      </Form.Item>
      <Form.Item name="funded" label={t('admittedTasks.send.funded')} valuePropName="checked">
        <Switch data-testid="send-task-funded" />
      </Form.Item>
      {funded && (
        <>
          <Form.Item
            name="amountYuan"
            label={t('admittedTasks.send.amount')}
            rules={[{ required: true, message: t('admittedTasks.send.amountRequired') }]}
          >
            <InputNumber
              min={1}
              max={1_000_000_000}
              precision={0}
              style={{ width: 200 }}
              data-testid="send-task-amount"
            />
          </Form.Item>
          <Form.Item
            name="fundingSource"
            label={t('admittedTasks.send.fundingSource')}
            rules={[
              { required: true, whitespace: true, message: t('admittedTasks.send.fundingSourceRequired') },
            ]}
          >
            <Input
              maxLength={500}
              placeholder={t('admittedTasks.send.fundingSourceHint')}
              data-testid="send-task-funding-source"
            />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
