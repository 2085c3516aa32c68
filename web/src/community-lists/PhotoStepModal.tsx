import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Project } from '../api/communityLists';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';

export interface PhotoStep {
  note: string;
  photoIds: string[];
}

interface Values {
  note?: string;
  photos?: PhotoFile[];
}

interface Props extends FormSubmission<PhotoStep, Project> {
  title: string;
  noteLabel: string;
  /** The message shown when the note is left empty; none means the note is optional. */
  noteRequired?: string;
  photosLabel: string;
  testId: string;
}

/**
 * A step shown by photos: a milestone done, or the close-out evidence (销号). The photos are uploaded as
 * they are chosen, as for a case action; at least one is needed.
 */
export function PhotoStepModal({
  title,
  noteLabel,
  noteRequired,
  photosLabel,
  testId,
  ...submission
}: Props) {
  const { t } = useTranslation();
  return (
    <FormModal<Values, PhotoStep, Project>
      title={title}
      testId={testId}
      toVariables={({ note, photos }) => {
        const photoIds = uploadedPhotoIds(photos);
        return photoIds.length > 0 ? { note: note?.trim() ?? '', photoIds } : undefined;
      }}
      {...submission}
    >
      <Form.Item
        name="note"
        label={noteLabel}
        rules={noteRequired ? [{ required: true, whitespace: true, message: noteRequired }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid={`${testId}-note`} />
      </Form.Item>
      <Form.Item
        name="photos"
        label={photosLabel}
        required
        rules={[
          {
            validator: async (_, files: PhotoFile[] | undefined) => {
              if (uploadedPhotoIds(files).length === 0)
                throw new Error(t('lists.project.milestone.photosRequired'));
            },
          },
        ]}
      >
        <PhotoUpload max={9} data-testid={`${testId}-photos`} />
      </Form.Item>
    </FormModal>
  );
}
