import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimWishInput, FulfilWishInput, Wish } from '../api/wishes';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { usePartnerUnits } from '../partners/partnerQueries';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';

/** 登记认领: staff record a partner unit's claim on its behalf (units have no accounts). */
export function PartnerClaimModal(submission: FormSubmission<ClaimWishInput, Wish>) {
  const { t } = useTranslation();
  const partners = usePartnerUnits(new Date().getFullYear());
  return (
    <FormModal<{ partnerUnitId: string; note?: string }, ClaimWishInput, Wish>
      title={t('wishes.actions.claimForUnit')}
      testId="wish-unit-claim"
      toVariables={({ partnerUnitId, note }) => ({
        partnerUnitId,
        ...(note?.trim() ? { note: note.trim() } : {}),
      })}
      {...submission}
    >
      <Form.Item
        name="partnerUnitId"
        label={t('wishes.actions.partnerUnit')}
        rules={[{ required: true, message: t('wishes.actions.partnerUnitRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={partners.isPending}
          options={(partners.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="wish-unit-claim-unit"
        />
      </Form.Item>
      <Form.Item name="note" label={t('wishes.actions.claimNote')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="wish-unit-claim-note" />
      </Form.Item>
    </FormModal>
  );
}

/** 圆梦: the claimer shows the wish fulfilled with their own photos (at least one), as a milestone is. */
export function FulfilModal(submission: FormSubmission<FulfilWishInput, Wish>) {
  const { t } = useTranslation();
  return (
    <FormModal<{ note?: string; photos?: PhotoFile[] }, FulfilWishInput, Wish>
      title={t('wishes.actions.fulfil')}
      testId="wish-fulfil"
      toVariables={({ note, photos }) => {
        const photoIds = uploadedPhotoIds(photos);
        return photoIds.length > 0 ? { ...(note?.trim() ? { note: note.trim() } : {}), photoIds } : undefined;
      }}
      {...submission}
    >
      <Form.Item name="note" label={t('wishes.actions.fulfilNote')}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="wish-fulfil-note" />
      </Form.Item>
      <Form.Item
        name="photos"
        label={t('wishes.actions.fulfilPhotos')}
        required
        rules={[
          {
            validator: async (_, files: PhotoFile[] | undefined) => {
              if (uploadedPhotoIds(files).length === 0) throw new Error(t('wishes.actions.photosRequired'));
            },
          },
        ]}
      >
        <PhotoUpload max={9} data-testid="wish-fulfil-photos" />
      </Form.Item>
    </FormModal>
  );
}
