import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryCascader } from '../categories/CategoryCascader';
import { useCategories } from '../categories/useCategories';
import { PointField } from './PointField';

// The fields of a problem as a resident reports it and as a 12345 operator records a call: the same
// fields under each form's own words ('report' or 'hotline' texts) and test ids.

interface Props {
  texts: 'report' | 'hotline';
  /** Prefix of the fields' test ids: `<testId>-category`, `<testId>-description`… */
  testId: string;
}

// The server's own rule for a phone number: digits, spaces and dashes, an optional leading +.
export const phonePattern = /^\+?[0-9 -]{5,20}$/;

export function CategoryItem({ texts, testId }: Props) {
  const { t } = useTranslation();
  const categories = useCategories();
  return (
    <Form.Item
      name="categoryCode"
      label={t(`${texts}.category`)}
      rules={[{ required: true, message: t(`${texts}.categoryRequired`) }]}
    >
      <CategoryCascader
        classes={categories.data ?? []}
        loading={categories.isPending}
        style={{ width: '100%' }}
        data-testid={`${testId}-category`}
      />
    </Form.Item>
  );
}

export function PointItem({ texts }: Pick<Props, 'texts'>) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="point"
      label={t(`${texts}.point`)}
      rules={[{ required: true, message: t(`${texts}.pointRequired`) }]}
    >
      <PointField />
    </Form.Item>
  );
}

export function DescriptionItem({ texts, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="description"
      label={t(`${texts}.description`)}
      rules={[{ required: true, whitespace: true, message: t(`${texts}.descriptionRequired`) }]}
    >
      <Input.TextArea rows={3} maxLength={4000} showCount data-testid={`${testId}-description`} />
    </Form.Item>
  );
}

export function AddressItem({ texts, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item name="address" label={t(`${texts}.address`)}>
      <Input maxLength={200} data-testid={`${testId}-address`} />
    </Form.Item>
  );
}
