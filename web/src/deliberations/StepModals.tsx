import type { ElectorCapacity } from '@needle/contract';
import { DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type DeliberationDetail,
  type MeetingInput,
  type OpenVoteInput,
  openVote,
  publish,
  recordDiscussion,
  recordMeeting,
} from '../api/deliberations';
import { FormModal } from '../common/FormModal';
import { type PhotoFile, PhotoUpload, uploadedPhotoIds } from '../photos/PhotoUpload';
import { useDeliberationsWrite, useVerifiedResidents } from './deliberationsQueries';
import { meetingSteps } from './steps';

interface Props {
  detail: DeliberationDetail;
  onClose(): void;
}

/** Step 2: the two committees' minutes. */
export function DiscussModal({ detail, onClose }: Props) {
  const { t } = useTranslation();
  const id = detail.deliberation.id;
  const mutation = useDeliberationsWrite((minutes: string) => recordDiscussion(id, minutes));
  return (
    <FormModal<{ minutes: string }, string, DeliberationDetail>
      title={t('deliberations.detail.commands.discuss')}
      testId="discuss"
      mutation={mutation}
      onCancel={onClose}
      onDone={onClose}
      toVariables={({ minutes }) => minutes.trim()}
    >
      <Form.Item
        name="minutes"
        label={t('deliberations.discuss.minutes')}
        rules={[{ required: true, whitespace: true, message: t('deliberations.discuss.minutesRequired') }]}
      >
        <Input.TextArea rows={6} maxLength={8000} data-testid="discuss-minutes" />
      </Form.Item>
    </FormModal>
  );
}

interface VoteValues {
  electorate: string[];
  capacities?: Record<string, ElectorCapacity>;
  quorumPercent?: number;
  majorityPercent?: number;
}

/**
 * Step 3: the vote opens for an electorate picked from the community's verified residents (shown
 * masked), each as a party member or a resident representative, with its quorum and majority.
 */
export function OpenVoteModal({ detail, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<VoteValues>();
  const { id, regionCode } = detail.deliberation;
  const residents = useVerifiedResidents(regionCode);
  const picked = Form.useWatch('electorate', form) ?? [];
  const mutation = useDeliberationsWrite((input: OpenVoteInput) => openVote(id, input));
  const nameOf = (userId: string) => {
    const r = residents.data?.find((x) => x.userId === userId);
    return r ? `${r.name} · ${r.placeLabel}` : userId;
  };
  return (
    <FormModal<VoteValues, OpenVoteInput, DeliberationDetail>
      title={t('deliberations.detail.commands.openVote')}
      testId="open-vote"
      form={form}
      initialValues={{ electorate: [], quorumPercent: 50, majorityPercent: 50 }}
      mutation={mutation}
      onCancel={onClose}
      onDone={onClose}
      toVariables={({ electorate, capacities, quorumPercent, majorityPercent }) => ({
        electorate: electorate.map((userId) => ({
          userId,
          capacity: capacities?.[userId] ?? 'resident_representative',
        })),
        ...(quorumPercent !== undefined ? { quorumPercent } : {}),
        ...(majorityPercent !== undefined ? { majorityPercent } : {}),
      })}
    >
      <Form.Item
        name="electorate"
        label={t('deliberations.vote.electorate')}
        extra={t('deliberations.vote.electorateHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('deliberations.vote.electorateRequired') },
        ]}
      >
        <Select
          mode="multiple"
          loading={residents.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(residents.data ?? []).map((r) => ({
            value: r.userId,
            label: `${r.name} · ${r.placeLabel}`,
          }))}
          data-testid="open-vote-electorate"
        />
      </Form.Item>
      {picked.length > 0 && (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          {picked.map((userId) => (
            <Flex key={userId} wrap gap={8} align="center" justify="space-between">
              <Typography.Text style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {nameOf(userId)}
              </Typography.Text>
              <Form.Item name={['capacities', userId]} noStyle initialValue="resident_representative">
                <Select
                  size="small"
                  aria-label={t('deliberations.vote.capacity')}
                  style={{ width: 140 }}
                  options={(['party_member', 'resident_representative'] as const).map((c) => ({
                    value: c,
                    label: t(`deliberations.capacities.${c}`),
                  }))}
                  data-testid="open-vote-capacity"
                />
              </Form.Item>
            </Flex>
          ))}
        </Flex>
      )}
      <Flex wrap gap={12}>
        <Form.Item
          name="quorumPercent"
          label={t('deliberations.vote.quorum')}
          extra={t('deliberations.vote.quorumHint')}
        >
          <InputNumber min={1} max={100} precision={0} data-testid="open-vote-quorum" />
        </Form.Item>
        <Form.Item
          name="majorityPercent"
          label={t('deliberations.vote.majority')}
          extra={t('deliberations.vote.majorityHint')}
        >
          <InputNumber min={0} max={99} precision={0} data-testid="open-vote-majority" />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}

/** Step 4: the resolution on the community board for N days. */
export function PublishModal({ detail, onClose }: Props) {
  const { t } = useTranslation();
  const id = detail.deliberation.id;
  const mutation = useDeliberationsWrite((input: { resolution: string; publishDays?: number }) =>
    publish(id, input),
  );
  return (
    <FormModal<
      { resolution: string; publishDays?: number },
      { resolution: string; publishDays?: number },
      DeliberationDetail
    >
      title={t('deliberations.detail.commands.publish')}
      testId="publish"
      initialValues={{ publishDays: detail.deliberation.publishDays }}
      mutation={mutation}
      onCancel={onClose}
      onDone={onClose}
      toVariables={({ resolution, publishDays }) => ({
        resolution: resolution.trim(),
        ...(publishDays ? { publishDays } : {}),
      })}
    >
      <Form.Item
        name="resolution"
        label={t('deliberations.publish.resolution')}
        rules={[{ required: true, whitespace: true, message: t('deliberations.publish.resolutionRequired') }]}
      >
        <Input.TextArea rows={5} maxLength={8000} data-testid="publish-resolution" />
      </Form.Item>
      <Form.Item name="publishDays" label={t('deliberations.publish.days')}>
        <InputNumber min={1} max={90} precision={0} data-testid="publish-days" />
      </Form.Item>
    </FormModal>
  );
}

interface MeetingValues {
  step: number;
  heldAt: Dayjs;
  place: string;
  attendees: number;
  attendeeRoles?: string;
  note?: string;
  photos?: PhotoFile[];
}

/** A meeting held for a step reached: time, place, attendance by role, and photos uploaded as chosen. */
export function MeetingModal({ detail, onClose }: Props) {
  const { t } = useTranslation();
  const { id, state } = detail.deliberation;
  const steps = meetingSteps(state);
  const mutation = useDeliberationsWrite((input: MeetingInput) => recordMeeting(id, input));
  return (
    <FormModal<MeetingValues, MeetingInput, DeliberationDetail>
      title={t('deliberations.detail.commands.addMeeting')}
      testId="meeting"
      initialValues={{ step: steps[steps.length - 1], heldAt: dayjs(), attendees: 1 }}
      mutation={mutation}
      onCancel={onClose}
      onDone={onClose}
      toVariables={({ step, heldAt, place, attendees, attendeeRoles, note, photos }) => {
        const photoIds = uploadedPhotoIds(photos);
        return {
          step,
          heldAt: heldAt.toISOString(),
          place: place.trim(),
          attendees,
          ...(attendeeRoles?.trim() ? { attendeeRoles: attendeeRoles.trim() } : {}),
          ...(note?.trim() ? { note: note.trim() } : {}),
          ...(photoIds.length > 0 ? { photoIds } : {}),
        };
      }}
    >
      <Form.Item name="step" label={t('deliberations.meeting.step')} rules={[{ required: true }]}>
        <Select
          options={steps.map((s) => ({ value: s, label: t(`deliberations.steps.${s}`) }))}
          data-testid="meeting-step"
        />
      </Form.Item>
      <Form.Item
        name="heldAt"
        label={t('deliberations.meeting.heldAt')}
        rules={[{ required: true, message: t('deliberations.meeting.heldAtRequired') }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="meeting-held-at" />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('deliberations.meeting.place')}
        rules={[{ required: true, whitespace: true, message: t('deliberations.meeting.placeRequired') }]}
      >
        <Input maxLength={200} data-testid="meeting-place" />
      </Form.Item>
      <Form.Item name="attendees" label={t('deliberations.meeting.attendees')} rules={[{ required: true }]}>
        <InputNumber min={1} max={10000} precision={0} data-testid="meeting-attendees" />
      </Form.Item>
      <Form.Item
        name="attendeeRoles"
        label={t('deliberations.meeting.attendeeRoles')}
        extra={t('deliberations.meeting.attendeeRolesHint')}
      >
        <Input maxLength={1000} data-testid="meeting-roles" />
      </Form.Item>
      <Form.Item name="note" label={t('deliberations.meeting.note')}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="meeting-note" />
      </Form.Item>
      <Form.Item name="photos" label={t('deliberations.meeting.photos')}>
        <PhotoUpload max={9} data-testid="meeting-photos" />
      </Form.Item>
    </FormModal>
  );
}
