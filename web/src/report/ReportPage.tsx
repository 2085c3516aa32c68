import { Alert, Button, Card, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { CategoryCascader } from '../categories/CategoryCascader';
import { useCategories } from '../categories/useCategories';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { type PhotoFile, PhotoUpload } from '../photos/PhotoUpload';
import { MeTooModal } from './MeTooModal';
import { PointField } from './PointField';
import { caseReport, maxPhotos } from './reportDraft';
import { draftOf, formValuesOf, pointFromSearch, type ReportFormValues } from './reportForm';
import { useSubmitReport } from './useSubmitReport';

const phonePattern = /^\+?[0-9 -]{5,20}$/;

/** Report a problem: on a phone by a resident, a courier or a grid worker; at a desk by the hotline. */
export function ReportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ReportFormValues>();
  const categories = useCategories();
  const { pending, submission, submit, reportAnyway, meToo, dismiss } = useSubmitReport();
  const hotline = me.roles.includes('hotline_operator');
  const gridWorker = me.roles.includes('grid_worker');
  // Read once, on arrival: the form owns the values from then on.
  const [initialValues] = useState<ReportFormValues>(() =>
    pending ? formValuesOf(pending.draft) : { point: pointFromSearch(params), photos: [] },
  );
  const [restored] = useState(pending !== null);

  async function finish(values: ReportFormValues) {
    const draft = draftOf(values);
    const { categoryCode, point, description } = draft;
    if (!categoryCode || !point || !description) return;
    await submit(caseReport({ ...draft, categoryCode, point, description }), draft);
  }

  const busy = submission.status === 'checking' || submission.status === 'sending';
  const failedKept = submission.status === 'failed' && submission.kept;

  return (
    <PageShell maxWidth={720}>
      <Card title={t('report.title')} size="small">
        {restored && submission.status === 'idle' && (
          <Alert
            type="info"
            showIcon
            title={t('report.pendingRestored')}
            style={{ marginBottom: 12 }}
            data-testid="report-restored"
          />
        )}
        {submission.status === 'failed' && (
          <Alert
            type="error"
            showIcon
            title={errorText(t, submission.error)}
            description={submission.kept ? t('report.failedKept') : undefined}
            style={{ marginBottom: 12 }}
            data-testid="report-error"
          />
        )}
        <Form<ReportFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void finish(values)}
        >
          <Form.Item
            name="categoryCode"
            label={t('report.category')}
            rules={[{ required: true, message: t('report.categoryRequired') }]}
          >
            <CategoryCascader
              classes={categories.status === 'ready' ? categories.data : []}
              loading={categories.status === 'loading'}
              style={{ width: '100%' }}
              data-testid="report-category"
            />
          </Form.Item>
          <Form.Item
            name="point"
            label={t('report.point')}
            rules={[{ required: true, message: t('report.pointRequired') }]}
          >
            <PointField />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('report.description')}
            rules={[{ required: true, whitespace: true, message: t('report.descriptionRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} showCount data-testid="report-description" />
          </Form.Item>
          <Form.Item name="address" label={t('report.address')}>
            <Input maxLength={200} data-testid="report-address" />
          </Form.Item>
          <Form.Item
            name="photos"
            label={t('report.photos', { max: maxPhotos })}
            dependencies={['selfHandled']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, files: PhotoFile[] | undefined) => {
                  if (files?.some((file) => file.status === 'uploading'))
                    throw new Error(t('report.photosUploading'));
                  const done = files?.filter((file) => file.status === 'done').length ?? 0;
                  if (getFieldValue('selfHandled') && done < 2)
                    throw new Error(t('report.selfHandledPhotos'));
                },
              }),
            ]}
          >
            <PhotoUpload max={maxPhotos} data-testid="report-photos" />
          </Form.Item>
          {hotline && (
            <>
              <Form.Item name="reporterName" label={t('report.reporterName')}>
                <Input maxLength={50} data-testid="report-caller-name" />
              </Form.Item>
              <Form.Item
                name="reporterPhone"
                label={t('report.reporterPhone')}
                rules={[{ pattern: phonePattern, message: t('report.phoneInvalid') }]}
              >
                <Input inputMode="tel" maxLength={20} data-testid="report-caller-phone" />
              </Form.Item>
            </>
          )}
          {gridWorker && (
            <Form.Item name="selfHandled" valuePropName="checked">
              <Checkbox>{t('report.selfHandled')}</Checkbox>
            </Form.Item>
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={busy}
            data-testid="report-submit"
          >
            {failedKept ? t('report.retry') : t('report.submit')}
          </Button>
        </Form>
      </Card>
      {submission.status === 'meToo' && (
        <MeTooModal
          candidates={submission.candidates}
          onMeToo={(caseId) => void meToo(caseId)}
          onReportAnyway={reportAnyway}
          onCancel={dismiss}
        />
      )}
    </PageShell>
  );
}
