import { Button, Card, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { PageShell } from '../layout/PageShell';
import { type PhotoFile, PhotoUpload } from '../photos/PhotoUpload';
import { MeTooModal } from './MeTooModal';
import { AddressItem, CategoryItem, DescriptionItem, PointItem, phonePattern } from './ProblemFields';
import { caseReport, maxPhotos } from './reportDraft';
import { draftOf, formValuesOf, pointFromSearch, type ReportFormValues } from './reportForm';
import { SubmissionAlerts } from './SubmissionAlerts';
import { useSubmitReport } from './useSubmitReport';

/** Report a problem: on a phone by a resident, a courier or a grid worker; at a desk by the hotline. */
export function ReportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ReportFormValues>();
  const report = useSubmitReport();
  const hotline = me.roles.includes('hotline_operator');
  const gridWorker = me.roles.includes('grid_worker');
  // Read once, on arrival: the form owns the values from then on.
  const [initialValues] = useState<ReportFormValues>(() =>
    report.pending ? formValuesOf(report.pending.draft) : { point: pointFromSearch(params), photos: [] },
  );

  async function finish(values: ReportFormValues) {
    const draft = draftOf(values);
    const { categoryCode, point, description } = draft;
    if (!categoryCode || !point || !description) return;
    await report.submit(caseReport({ ...draft, categoryCode, point, description }), draft);
  }

  return (
    <PageShell maxWidth={720}>
      <Card title={t('report.title')} size="small">
        <SubmissionAlerts submission={report} texts="report" testId="report" />
        <Form<ReportFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void finish(values)}
        >
          <CategoryItem texts="report" testId="report" />
          <PointItem texts="report" />
          <DescriptionItem texts="report" testId="report" />
          <AddressItem texts="report" testId="report" />
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
            loading={report.busy}
            data-testid="report-submit"
          >
            {report.failure?.kept ? t('report.retry') : t('report.submit')}
          </Button>
        </Form>
      </Card>
      {report.question?.status === 'meToo' && (
        <MeTooModal
          candidates={report.question.candidates}
          onMeToo={report.meToo}
          onReportAnyway={report.reportAnyway}
          onCancel={report.dismiss}
        />
      )}
    </PageShell>
  );
}
