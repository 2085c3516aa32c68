import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Wish, WishInput } from '../api/wishes';
import { FormModal, type FormSubmission } from '../common/FormModal';
import type { Community } from '../community-lists/useKeptCommunities';

interface Values {
  regionCode?: string;
  title: string;
  description?: string;
  wisherName?: string;
  wisherPhone?: string;
}

/**
 * 发布微心愿: a resident's own wish in their community; a grid worker or staff post one for a resident
 * without a phone, naming them (the name and number are masked everywhere but the wish's own page).
 */
export function WishModal({
  communities,
  forSomeone,
  defaultCommunity,
  ...submission
}: FormSubmission<WishInput, Wish> & {
  communities: Community[];
  forSomeone: boolean;
  defaultCommunity?: string;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<Values, WishInput, Wish>
      title={
        forSomeone ? `${t('wishes.post.title')} · ${t('wishes.post.forSomeone')}` : t('wishes.post.title')
      }
      testId="wish"
      initialValues={{ regionCode: defaultCommunity }}
      toVariables={({ regionCode, title, description, wisherName, wisherPhone }) => ({
        ...(regionCode ? { regionCode } : {}),
        title: title.trim(),
        ...(description?.trim() ? { description: description.trim() } : {}),
        ...(forSomeone && wisherName
          ? {
              wisher: {
                name: wisherName.trim(),
                ...(wisherPhone?.trim() ? { phone: wisherPhone.trim() } : {}),
              },
            }
          : {}),
      })}
      {...submission}
    >
      <Form.Item
        name="regionCode"
        label={t('wishes.post.community')}
        rules={forSomeone ? [] : [{ required: true, message: t('wishes.post.communityRequired') }]}
      >
        <Select
          allowClear={forSomeone}
          showSearch={{ optionFilterProp: 'label' }}
          options={communities.map((c) => ({ value: c.code, label: c.name }))}
          data-testid="wish-community"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('wishes.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('wishes.fields.titleRequired') }]}
      >
        <Input maxLength={100} data-testid="wish-title" />
      </Form.Item>
      <Form.Item name="description" label={t('wishes.fields.description')}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="wish-description" />
      </Form.Item>
      {forSomeone && (
        <>
          <Form.Item
            name="wisherName"
            label={t('wishes.post.wisherName')}
            rules={[{ required: true, whitespace: true, message: t('wishes.post.wisherNameRequired') }]}
          >
            <Input maxLength={50} data-testid="wish-wisher-name" />
          </Form.Item>
          <Form.Item
            name="wisherPhone"
            label={t('wishes.post.wisherPhone')}
            rules={[{ pattern: /^(\+86)?1[3-9][0-9]{9}$/, message: t('wishes.post.phoneInvalid') }]}
          >
            <Input inputMode="tel" maxLength={14} data-testid="wish-wisher-phone" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
