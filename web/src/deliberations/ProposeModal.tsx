import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DeliberationBodyInput, propose } from '../api/deliberations';
import { FormModal } from '../common/FormModal';
import { useNeeds } from '../community-lists/listsQueries';
import type { Community } from '../community-lists/useKeptCommunities';
import { useDeliberationsWrite } from './deliberationsQueries';

interface Values {
  regionCode?: string;
  title: string;
  proposal: string;
  needId?: string;
}

/**
 * Step 1: the party organisation's proposal, entered by community staff; it may answer a need of the
 * community's needs list (需求清单), which the server checks is the same community's.
 */
export function ProposeModal({
  communities,
  regionCode,
  onClose,
  onProposed,
}: {
  communities: Community[];
  regionCode: string | undefined;
  onClose(): void;
  onProposed(id: string): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('regionCode', form) ?? regionCode ?? communities[0]?.code;
  const needs = useNeeds(chosen ? new URLSearchParams({ regionCode: chosen }).toString() : '');
  const mutation = useDeliberationsWrite(propose);
  const many = communities.length > 1;
  return (
    <FormModal<Values, DeliberationBodyInput, Awaited<ReturnType<typeof propose>>>
      title={t('deliberations.propose.title')}
      testId="propose"
      form={form}
      initialValues={{ regionCode }}
      mutation={mutation}
      onCancel={onClose}
      onDone={(detail) => onProposed(detail.deliberation.id)}
      toVariables={({ regionCode: code, title, proposal, needId }) => ({
        title: title.trim(),
        proposal: proposal.trim(),
        ...(many && code ? { regionCode: code } : {}),
        ...(needId ? { needId } : {}),
      })}
    >
      {many && (
        <Form.Item
          name="regionCode"
          label={t('deliberations.detail.community')}
          rules={[{ required: true, message: t('lists.communityRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={communities.map((c) => ({ value: c.code, label: c.name }))}
            data-testid="propose-community"
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('deliberations.propose.subject')}
        rules={[{ required: true, whitespace: true, message: t('deliberations.propose.subjectRequired') }]}
      >
        <Input maxLength={200} data-testid="propose-title" />
      </Form.Item>
      <Form.Item
        name="proposal"
        label={t('deliberations.propose.proposal')}
        rules={[{ required: true, whitespace: true, message: t('deliberations.propose.proposalRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} data-testid="propose-proposal" />
      </Form.Item>
      <Form.Item
        name="needId"
        label={t('deliberations.propose.need')}
        extra={t('deliberations.propose.needHint')}
      >
        <Select
          allowClear
          loading={needs.isPending}
          options={(needs.data ?? []).map((n) => ({ value: n.id, label: n.description }))}
          data-testid="propose-need"
        />
      </Form.Item>
    </FormModal>
  );
}
