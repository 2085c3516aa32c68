import { Alert, App, Button, Card, Checkbox, Flex, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { useCategoryName } from '../categories/useCategoryName';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { browserSender } from '../offline/browserSender';
import { OutboxList } from '../offline/OutboxList';
import { refusalError } from '../offline/sendOutbox';
import { PhotoPicker, type PickedPhoto } from '../photos/PhotoPicker';
import { MeTooModal } from './MeTooModal';
import { AddressItem, CategoryItem, DescriptionItem, PointItem, phonePattern } from './ProblemFields';
import { isOutcome, ReportOutcome } from './ReportOutcome';
import { caseReport, maxPhotos, trimmed } from './reportDraft';
import { categoryFromSearch, formValuesOf, pointFromSearch, type ReportFormValues } from './reportForm';
import { typedDraft } from './typedDraft';
import { useSubmitReport } from './useSubmitReport';

/**
 * Report a problem (随手拍): on a phone by a resident, a courier or a grid worker; at a desk by the
 * hotline. Works with no network: the report waits on the phone and is sent by itself.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ReportFormValues>();
  // 发现问题 on a patrol: the case is sent to the patrol, so the back office sees where it was found.
  const [patrolId] = useState(() => {
    const id = params.get('patrol');
    return id && /^[0-9a-f-]{36}$/.test(id) ? id : undefined;
  });
  // 一户一码: a report from a shop's code goes to the shop, which places it.
  const [shopCode] = useState(() => params.get('shop') ?? undefined);
  const report = useSubmitReport({ patrolId, shopCode });
  const categoryName = useCategoryName();
  const [preparing, setPreparing] = useState(false);
  const hotline = me.roles.includes('hotline_operator');
  const gridWorker = me.roles.includes('grid_worker');
  // Read once, on arrival: the form owns the values from then on. The tasks page links here with a
  // category (a grid worker's quick report) and, for 当场处置, with the self-handled box ticked.
  // What was typed before a reload comes back; what the link brings wins over it.
  const [initialValues] = useState<ReportFormValues>(() => {
    const kept = params.has('fix') ? null : typedDraft.read(me.id);
    return {
      ...kept,
      point: pointFromSearch(params) ?? kept?.point,
      categoryCode: categoryFromSearch(params) ?? kept?.categoryCode,
      selfHandled: (gridWorker && params.get('selfHandled') === '1') || kept?.selfHandled || undefined,
      photos: [],
    };
  });
  // A quick report's category says what it is: the description may stay empty.
  const quick = gridWorker && initialValues.categoryCode !== undefined;

  // `?fix=<key>`: a report the server refused, from the outbox back into the form to be corrected.
  const fix = params.get('fix');
  const { correct } = report;
  useEffect(() => {
    if (!fix) return;
    void browserSender.store.get(fix).then((item) => {
      if (item?.userId === me.id && item.state === 'refused') {
        form.setFieldsValue(formValuesOf(item));
        correct(item);
      } else {
        void message.warning(t('offline.outbox.fixMissing'));
      }
    });
  }, [fix, me.id, form, correct, message, t]);

  async function finish({ photos = [], ...draft }: ReportFormValues) {
    const { categoryCode, point } = draft;
    const description =
      trimmed(draft.description) ?? (quick && categoryCode ? categoryName(categoryCode) : undefined);
    if (!categoryCode || !point || !description) return;
    // A photo picked a moment ago may still be being shrunk: the report waits for it, not the user.
    setPreparing(true);
    const blobs = await Promise.all(photos.map((photo) => photo.shrunk)).finally(() => setPreparing(false));
    await report.submit(caseReport({ ...draft, categoryCode, point, description }), blobs);
    // In the outbox now, with its photos: the typed copy has done its job.
    typedDraft.clear(me.id);
  }

  function again() {
    // The next problem is most likely close by: the point stays, the rest starts afresh.
    const point = form.getFieldValue('point');
    form.resetFields();
    typedDraft.clear(me.id);
    form.setFieldsValue({ point });
    report.again();
  }

  const { phase } = report;
  return (
    <PageShell maxWidth={720}>
      {isOutcome(phase) && <ReportOutcome phase={phase} onAgain={again} />}
      {/* Hidden, not unmounted, while the outcome shows: a refusal arriving later brings it all back. */}
      <div hidden={isOutcome(phase)}>
        <Flex vertical gap={12}>
          <OutboxList />
          <Card title={t('report.title')} size="small">
            {phase.status === 'refused' && (
              <Alert
                type="error"
                showIcon
                title={t('offline.report.refused')}
                description={errorText(t, refusalError(phase.error))}
                style={{ marginBottom: 12 }}
                data-testid="report-error"
              />
            )}
            {report.failure !== null && (
              <Alert
                type="error"
                showIcon
                title={errorText(t, report.failure)}
                style={{ marginBottom: 12 }}
                data-testid="report-error"
              />
            )}
            <Form<ReportFormValues>
              form={form}
              layout="vertical"
              initialValues={initialValues}
              onValuesChange={(_changed, values) => typedDraft.save(me.id, values)}
              onFinish={(values) => void finish(values)}
            >
              <CategoryItem texts="report" testId="report" />
              <PointItem texts="report" locateOnArrival={!hotline} />
              <DescriptionItem texts="report" testId="report" optional={quick} />
              <AddressItem texts="report" testId="report" />
              <Form.Item
                name="photos"
                label={t('report.photos', { max: maxPhotos })}
                dependencies={['selfHandled']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_, photos: PickedPhoto[] | undefined) => {
                      if (getFieldValue('selfHandled') && (photos?.length ?? 0) < 2)
                        throw new Error(t('report.selfHandledPhotos'));
                    },
                  }),
                ]}
              >
                <PhotoPicker max={maxPhotos} data-testid="report-photos" />
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
                  <Checkbox data-testid="report-self-handled">{t('report.selfHandled')}</Checkbox>
                </Form.Item>
              )}
              <Button
                type="primary"
                htmlType="submit"
                block
                size="large"
                loading={preparing || report.busy}
                data-testid="report-submit"
              >
                {t('report.submit')}
              </Button>
            </Form>
          </Card>
        </Flex>
      </div>
      {phase.status === 'meToo' && (
        <MeTooModal
          candidates={phase.candidates}
          onMeToo={report.meToo}
          onReportAnyway={report.reportAnyway}
          onCancel={report.dismiss}
        />
      )}
    </PageShell>
  );
}
