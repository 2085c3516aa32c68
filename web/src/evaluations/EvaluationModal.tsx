import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { createEvaluation, type Evaluation, type EvaluationInput } from '../api/evaluations';
import { FormModal } from '../common/FormModal';
import type { Community } from '../community-lists/useKeptCommunities';
import { DEFAULT_CRITERIA, type EvaluationValues, toEvaluationInput } from './evaluationForm';
import { useEvaluationsWrite } from './evaluationsQueries';

/**
 * 发起评议: the subject, the offers side by side (at least two, each with its price), and either the
 * criteria households score with their weights or a vote for one offer; and when it is open.
 */
export function EvaluationModal({
  communities,
  onDone,
  onCancel,
}: {
  communities: Community[];
  onDone(created: Evaluation): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EvaluationValues>();
  const mode = Form.useWatch('mode', form);
  const create = useEvaluationsWrite(createEvaluation);
  const now = dayjs();
  return (
    <FormModal<EvaluationValues, EvaluationInput, Evaluation>
      title={t('evaluations.create.title')}
      testId="evaluation"
      width={640}
      form={form}
      initialValues={{
        mode: 'score',
        regionCode: communities.length === 1 ? communities[0]?.code : undefined,
        offers: [{}, {}],
        criteria: DEFAULT_CRITERIA.map(({ key, weight }) => ({
          name: t(`evaluations.create.defaultCriteria.${key}`),
          weight,
        })),
        opensAt: now.startOf('minute'),
        closesAt: now.add(7, 'day').endOf('day').startOf('minute'),
      }}
      toVariables={toEvaluationInput}
      mutation={create}
      onDone={onDone}
      onCancel={onCancel}
    >
      {communities.length > 1 && (
        <Form.Item
          name="regionCode"
          label={t('evaluations.community')}
          rules={[{ required: true, message: t('evaluations.create.communityRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={communities.map((c) => ({ value: c.code, label: c.name }))}
            data-testid="evaluation-community"
          />
        </Form.Item>
      )}
      <Form.Item
        name="subject"
        label={t('evaluations.subject')}
        rules={[{ required: true, whitespace: true, message: t('evaluations.create.subjectRequired') }]}
      >
        <Input
          maxLength={200}
          placeholder={t('evaluations.create.subjectHint')}
          data-testid="evaluation-subject"
        />
      </Form.Item>
      <Form.Item name="description" label={t('evaluations.create.description')}>
        <Input.TextArea rows={2} maxLength={4000} data-testid="evaluation-description" />
      </Form.Item>
      <Form.Item name="mode" label={t('evaluations.mode')}>
        <Radio.Group data-testid="evaluation-mode">
          <Radio value="score" data-testid="evaluation-mode-score">
            {t('evaluations.modes.score')}
          </Radio>
          <Radio value="vote" data-testid="evaluation-mode-vote">
            {t('evaluations.modes.vote')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Flex wrap gap={12}>
        <Form.Item
          name="opensAt"
          label={t('evaluations.opensAt')}
          rules={[{ required: true, message: t('evaluations.create.opensRequired') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            data-testid="evaluation-opens"
          />
        </Form.Item>
        <Form.Item
          name="closesAt"
          label={t('evaluations.closesAt')}
          rules={[{ required: true, message: t('evaluations.create.closesRequired') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(day) => day.isBefore(now, 'day')}
            data-testid="evaluation-closes"
          />
        </Form.Item>
      </Flex>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('evaluations.create.offers')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('evaluations.create.offersHint')}</Typography.Paragraph>
      <Form.List name="offers">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('evaluations.create.offer', { n: index + 1 })}
                extra={
                  fields.length > 2 && (
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('evaluations.create.remove')}
                      onClick={() => remove(field.name)}
                      data-testid="evaluation-offer-remove"
                    />
                  )
                }
                data-testid="evaluation-offer"
              >
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('evaluations.create.offerName')}
                  rules={[
                    { required: true, whitespace: true, message: t('evaluations.create.offerNameRequired') },
                  ]}
                >
                  <Input maxLength={200} data-testid="evaluation-offer-name" />
                </Form.Item>
                <Flex wrap gap={12}>
                  <Form.Item
                    name={[field.name, 'priceYuan']}
                    label={t('evaluations.create.price')}
                    rules={[{ required: true, message: t('evaluations.create.priceRequired') }]}
                  >
                    <InputNumber
                      min={0}
                      max={20_000_000}
                      precision={2}
                      data-testid="evaluation-offer-price"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'priceUnit']} label={t('evaluations.create.priceUnit')}>
                    <Input
                      maxLength={20}
                      placeholder={t('evaluations.create.priceUnitHint')}
                      style={{ width: 120 }}
                      data-testid="evaluation-offer-unit"
                    />
                  </Form.Item>
                </Flex>
                <Form.Item
                  name={[field.name, 'description']}
                  label={t('evaluations.create.offerDescription')}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea rows={2} maxLength={2000} data-testid="evaluation-offer-description" />
                </Form.Item>
              </Card>
            ))}
            {fields.length < 20 && (
              <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="evaluation-offer-add">
                {t('evaluations.create.addOffer')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
      {mode !== 'vote' && (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('evaluations.create.criteria')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('evaluations.create.criteriaHint')}</Typography.Paragraph>
          <Form.List name="criteria">
            {(fields, { add, remove }) => (
              <Flex vertical gap={0}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" data-testid="evaluation-criterion">
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('evaluations.create.criterionNameRequired'),
                        },
                      ]}
                      style={{ flex: 1, minWidth: 0 }}
                    >
                      <Input
                        maxLength={100}
                        placeholder={t('evaluations.create.criterionName')}
                        aria-label={t('evaluations.create.criterionName')}
                        data-testid="evaluation-criterion-name"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'weight']}
                      rules={[{ required: true, message: t('evaluations.create.weightRequired') }]}
                    >
                      <InputNumber
                        min={1}
                        max={100}
                        precision={0}
                        placeholder={t('evaluations.create.weight')}
                        aria-label={t('evaluations.create.weight')}
                        style={{ width: 90 }}
                        data-testid="evaluation-criterion-weight"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('evaluations.create.remove')}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                      data-testid="evaluation-criterion-remove"
                    />
                  </Flex>
                ))}
                {fields.length < 10 && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ weight: 20 })}
                    data-testid="evaluation-criterion-add"
                  >
                    {t('evaluations.create.addCriterion')}
                  </Button>
                )}
              </Flex>
            )}
          </Form.List>
        </>
      )}
    </FormModal>
  );
}
