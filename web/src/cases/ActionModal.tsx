import {
  type ActionInput,
  type CaseAction,
  type CaseDetail,
  type ExtensionUnit,
  RATING_OF_SATISFACTION,
  SATISFACTIONS,
  type Satisfaction,
} from '@needle/contract';
import { Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { actionLabel } from '../i18n/labels';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';
import { PointField } from '../report/PointField';
import type { ReportPoint } from '../report/reportDraft';
import type { ActionForm } from './actionForms';
import type { CaseActionRequest } from './caseQueries';
import { dispatchUnit, type UnitOption } from './dispatchUnits';

interface Values {
  note?: string;
  photos?: PhotoFile[];
  unit?: string;
  amount?: number;
  timeUnit?: ExtensionUnit;
  satisfaction?: Satisfaction;
  point?: ReportPoint;
  address?: string;
}

interface Props extends FormSubmission<CaseActionRequest, CaseDetail> {
  action: CaseAction;
  form: Exclude<ActionForm, 'none'>;
  unitOptions: UnitOption[];
  /** Where the case is now: a relocation starts from it. */
  place: { lat: number; lng: number; address: string };
}

function toInput(form: Props['form'], values: Values): ActionInput {
  const note = values.note?.trim() || undefined;
  const photoIds = uploadedPhotoIds(values.photos);
  switch (form) {
    case 'dispatch':
    case 'reroute':
      return { note, unit: dispatchUnit(values.unit) };
    case 'relocate':
      return {
        note,
        place: values.point && {
          lat: values.point.lat,
          lng: values.point.lng,
          address: values.address?.trim() || undefined,
        },
      };
    case 'extension':
      return {
        note,
        extension: { amount: values.amount ?? 1, unit: values.timeUnit ?? 'working_days' },
      };
    case 'rate':
      return { note, rating: values.satisfaction && RATING_OF_SATISFACTION[values.satisfaction] };
    default:
      return { note, photoIds: photoIds.length > 0 ? photoIds : undefined };
  }
}

/** What the photos of a step show, and how the field says so: the fix, or the place as found on site. */
function photoField(t: TFunction, form: 'feedback' | 'check' | 'failedCheck') {
  return form === 'feedback'
    ? {
        label: t('tasks.photos.after'),
        hint: t('tasks.photos.afterHint'),
        missing: t('actionForm.photosRequired'),
      }
    : {
        label: t('tasks.photos.onSite'),
        hint: t('tasks.photos.onSiteHint'),
        missing: t('tasks.photos.onSiteRequired'),
      };
}

// The resident's three answers, each a button a thumb cannot miss.
const answerButton = { flex: 1, height: 48, lineHeight: '46px', textAlign: 'center' } as const;
const answerTestId: Record<Satisfaction, string> = {
  satisfied: 'rate-satisfied',
  basically_satisfied: 'rate-basic',
  dissatisfied: 'rate-unsatisfied',
};

export function ActionModal({ action, form, unitOptions, place, ...submission }: Props) {
  const { t } = useTranslation();
  // Moving a case to another unit or place says why, as refusing or undoing one does.
  const needsReason =
    form === 'reason' || form === 'failedCheck' || form === 'reroute' || form === 'relocate';
  const photos =
    form === 'feedback' || form === 'check' || form === 'failedCheck' ? photoField(t, form) : null;

  return (
    <FormModal<Values, CaseActionRequest, CaseDetail>
      title={actionLabel(t, action)}
      testId="action"
      toVariables={(values) => ({ action, input: toInput(form, values) })}
      initialValues={{
        timeUnit: 'working_days',
        amount: 1,
        point: { lat: place.lat, lng: place.lng },
        address: place.address,
      }}
      {...submission}
    >
      {form === 'dispatch' && (
        <Form.Item name="unit" label={t('actionForm.unit')}>
          <Select
            allowClear
            placeholder={t('actionForm.unitDefault')}
            options={unitOptions}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      )}
      {form === 'reroute' && (
        <Form.Item
          name="unit"
          label={t('actionForm.rerouteUnit')}
          rules={[{ required: true, message: t('actionForm.rerouteUnitRequired') }]}
        >
          <Select
            options={unitOptions}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="action-unit"
          />
        </Form.Item>
      )}
      {form === 'relocate' && (
        <>
          <Form.Item
            name="point"
            label={t('actionForm.relocatePoint')}
            extra={t('actionForm.relocateHint')}
            rules={[{ required: true, message: t('report.pointRequired') }]}
          >
            <PointField />
          </Form.Item>
          <Form.Item name="address" label={t('report.address')}>
            <Input maxLength={200} data-testid="action-address" />
          </Form.Item>
        </>
      )}
      {form === 'extension' && (
        <Form.Item label={t('actionForm.extensionAmount')} required>
          <Space.Compact>
            <Form.Item name="amount" noStyle rules={[{ required: true }]}>
              <InputNumber min={1} max={2000} precision={0} />
            </Form.Item>
            <Form.Item name="timeUnit" noStyle>
              <Select
                style={{ width: 140 }}
                options={(['working_hours', 'working_days'] as const).map((unit) => ({
                  value: unit,
                  label: t(`timeUnit.${unit}`),
                }))}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
      )}
      {form === 'rate' && (
        <Form.Item
          name="satisfaction"
          label={t('tasks.rate.question')}
          rules={[{ required: true, message: t('actionForm.ratingRequired') }]}
        >
          <Radio.Group optionType="button" buttonStyle="solid" size="large" block>
            {SATISFACTIONS.map((satisfaction) => (
              <Radio.Button key={satisfaction} value={satisfaction} style={answerButton}>
                <span data-testid={answerTestId[satisfaction]}>
                  {t(`hotline.satisfactions.${satisfaction}`)}
                </span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
      )}
      {photos && (
        <Form.Item
          name="photos"
          label={photos.label}
          extra={photos.hint}
          required
          rules={[
            {
              validator: async (_, files: PhotoFile[] | undefined) => {
                if (uploadedPhotoIds(files).length === 0) throw new Error(photos.missing);
              },
            },
          ]}
        >
          <PhotoUpload max={9} data-testid="action-photos" />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={
          needsReason
            ? t('actionForm.reason')
            : form === 'rate'
              ? t('actionForm.comment')
              : t('actionForm.note')
        }
        rules={
          needsReason ? [{ required: true, whitespace: true, message: t('actionForm.reasonRequired') }] : []
        }
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          data-testid={form === 'rate' ? 'rate-comment' : 'action-note'}
        />
      </Form.Item>
    </FormModal>
  );
}
