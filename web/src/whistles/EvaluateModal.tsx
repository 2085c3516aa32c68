import type { CallEvaluationInput, WhistleDetail } from '@needle/contract';
import { Form, Input, Radio, Rate, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormSubmission } from '../common/FormModal';

interface Values {
  solved?: boolean;
  cooperation?: number;
  comment?: string;
}

interface Props extends FormSubmission<CallEvaluationInput, WhistleDetail> {
  /** Whether the department reported in by the deadline: a fact of the record, shown, not asked. */
  reportedInOnTime: boolean;
}

const isCooperation = (n: number | undefined): n is CallEvaluationInput['cooperation'] =>
  n === 1 || n === 2 || n === 3 || n === 4 || n === 5;

const toInput = ({ solved, cooperation, comment }: Values): CallEvaluationInput | undefined =>
  solved === undefined || !isCooperation(cooperation)
    ? undefined
    : { solved, cooperation, comment: comment?.trim() || undefined };

/** The street's side of 双向考核: did the department solve it, how well did it cooperate. */
export function EvaluateModal({ reportedInOnTime, ...submission }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal<Values, CallEvaluationInput, WhistleDetail>
      title={t('whistle.evaluateTitle')}
      testId="evaluate"
      toVariables={toInput}
      initialValues={{ solved: true }}
      {...submission}
    >
      <Form.Item label={t('whistle.reportedInOnTime')}>
        <Tag color={reportedInOnTime ? 'green' : 'red'}>
          {reportedInOnTime ? t('whistle.yes') : t('whistle.no')}
        </Tag>
      </Form.Item>
      <Form.Item name="solved" label={t('whistle.solved')}>
        <Radio.Group
          options={[
            { value: true, label: t('whistle.solvedYes') },
            { value: false, label: t('whistle.solvedNo') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="cooperation"
        label={t('whistle.cooperation')}
        rules={[{ required: true, message: t('whistle.cooperationRequired') }]}
      >
        <Rate />
      </Form.Item>
      <Form.Item name="comment" label={t('whistle.comment')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
