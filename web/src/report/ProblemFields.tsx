import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryCascader } from '../categories/CategoryCascader';
import { SuggestedCategories } from '../categories/SuggestedCategories';
import { useCategories } from '../categories/useCategories';
import { useSuggestedCategories } from '../categories/useSuggestedCategories';
import { PointField } from './PointField';
import type { ReportPoint } from './reportDraft';

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
  const form = Form.useFormInstance();
  const point = Form.useWatch<ReportPoint | undefined>('point', form);
  const chosen = Form.useWatch<string | undefined>('categoryCode', form);
  // The same answer as the chips' (one cached request): their codes come first in search results too.
  const suggested = useSuggestedCategories(point);
  const first = [...(suggested.data?.recent ?? []), ...(suggested.data?.common ?? [])];
  return (
    <>
      <Form.Item
        name="categoryCode"
        label={t(`${texts}.category`)}
        rules={[{ required: true, message: t(`${texts}.categoryRequired`) }]}
        style={{ marginBottom: 8 }}
      >
        <CategoryCascader
          classes={categories.data ?? []}
          loading={categories.isPending}
          first={first}
          style={{ width: '100%' }}
          data-testid={`${testId}-category`}
        />
      </Form.Item>
      <Form.Item>
        <SuggestedCategories
          point={point}
          value={chosen}
          onChange={(code) => {
            form.setFieldValue('categoryCode', code);
            void form.validateFields(['categoryCode']).catch(() => undefined);
          }}
        />
      </Form.Item>
    </>
  );
}

export function PointItem({ texts, locateOnArrival }: Pick<Props, 'texts'> & { locateOnArrival?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="point"
      label={t(`${texts}.point`)}
      rules={[{ required: true, message: t(`${texts}.pointRequired`) }]}
    >
      <PointField locateOnArrival={locateOnArrival} />
    </Form.Item>
  );
}

/** `optional`: an empty description is filled in by the page (a grid worker's quick report). */
export function DescriptionItem({ texts, testId, optional = false }: Props & { optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="description"
      label={t(`${texts}.description`)}
      rules={[{ required: !optional, whitespace: true, message: t(`${texts}.descriptionRequired`) }]}
    >
      <Input.TextArea
        rows={3}
        maxLength={4000}
        showCount
        placeholder={optional ? t('offline.report.descriptionDefault') : undefined}
        data-testid={`${testId}-description`}
      />
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
