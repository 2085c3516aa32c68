import { App, Button, DatePicker, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMilestone,
  claimProject,
  giveEvidence,
  moveProject,
  type Project,
  type ProjectDetail,
  signOff,
} from '../api/communityLists';
import { useMe } from '../auth/AuthContext';
import { FormModal, type FormSubmission } from '../common/FormModal';
import { NoteModal } from '../common/NoteModal';
import { errorText } from '../i18n/errorText';
import { ClaimModal } from './ClaimModal';
import { useListsWrite } from './listsQueries';
import { PhotoStepModal } from './PhotoStepModal';

type Asking = 'claim' | 'milestone' | 'evidence' | 'signOff';
type Command = Asking | 'open' | 'start';

/**
 * The steps a project's state allows: open a draft for claim, record a claim, start, add milestones,
 * give the close-out evidence, and sign it off (by someone other than the owner, as the server insists).
 */
export function ProjectCommands({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [asking, setAsking] = useState<Asking | null>(null);
  const id = project.id;
  const move = useListsWrite((to: 'open' | 'start') => moveProject(id, to));
  const claim = useListsWrite((input: Parameters<typeof claimProject>[1]) => claimProject(id, input));
  const milestone = useListsWrite((input: { title: string; dueDate: string }) => addMilestone(id, input));
  const evidence = useListsWrite((input: { note: string; photoIds: string[] }) => giveEvidence(id, input));
  const sign = useListsWrite((note: string) => signOff(id, note));
  const done = (command: Command) => () => {
    message.success(t('lists.project.done', { action: t(`lists.project.commands.${command}`) }));
    setAsking(null);
  };
  const moveTo = (to: 'open' | 'start') =>
    move.mutate(to, { onSuccess: done(to), onError: (error) => message.error(errorText(t, error)) });
  const { state } = project;
  const canSign = state === 'in_progress' && project.evidence !== null && project.ownerId !== me.id;

  return (
    <Flex wrap gap={8}>
      {state === 'draft' && (
        <Button
          type="primary"
          loading={move.isPending}
          onClick={() => moveTo('open')}
          data-testid="project-open"
        >
          {t('lists.project.commands.open')}
        </Button>
      )}
      {state === 'open_for_claim' && (
        <Button type="primary" onClick={() => setAsking('claim')} data-testid="project-claim">
          {t('lists.project.commands.claim')}
        </Button>
      )}
      {(state === 'claimed' || state === 'fallen_to_community') && (
        <Button
          type="primary"
          loading={move.isPending}
          onClick={() => moveTo('start')}
          data-testid="project-start"
        >
          {t('lists.project.commands.start')}
        </Button>
      )}
      {state !== 'closed_out' && (
        <Button onClick={() => setAsking('milestone')} data-testid="project-add-milestone">
          {t('lists.project.commands.milestone')}
        </Button>
      )}
      {state === 'in_progress' && project.evidence === null && (
        <Button onClick={() => setAsking('evidence')} data-testid="project-evidence">
          {t('lists.project.commands.evidence')}
        </Button>
      )}
      {canSign && (
        <Button type="primary" onClick={() => setAsking('signOff')} data-testid="project-sign-off">
          {t('lists.project.commands.signOff')}
        </Button>
      )}
      {asking === 'claim' && (
        <ClaimModal mutation={claim} onCancel={() => setAsking(null)} onDone={done('claim')} />
      )}
      {asking === 'milestone' && (
        <MilestoneModal mutation={milestone} onCancel={() => setAsking(null)} onDone={done('milestone')} />
      )}
      {asking === 'evidence' && (
        <PhotoStepModal
          title={t('lists.project.commands.evidence')}
          noteLabel={t('lists.project.evidenceNote')}
          noteRequired={t('lists.project.evidenceNoteRequired')}
          photosLabel={t('lists.project.evidencePhotos')}
          testId="evidence"
          mutation={evidence}
          onCancel={() => setAsking(null)}
          onDone={done('evidence')}
        />
      )}
      {asking === 'signOff' && (
        <NoteModal
          title={t('lists.project.commands.signOff')}
          label={t('lists.project.signOffNote')}
          testId="sign-off"
          mutation={sign}
          onCancel={() => setAsking(null)}
          onDone={done('signOff')}
        />
      )}
    </Flex>
  );
}

function MilestoneModal(props: FormSubmission<{ title: string; dueDate: string }, Project>) {
  const { t } = useTranslation();
  return (
    <FormModal<{ title: string; dueDate: Dayjs }, { title: string; dueDate: string }, Project>
      title={t('lists.project.commands.milestone')}
      testId="milestone"
      toVariables={({ title, dueDate }) => ({ title: title.trim(), dueDate: dueDate.format('YYYY-MM-DD') })}
      {...props}
    >
      <Form.Item
        name="title"
        label={t('lists.project.milestone.title')}
        rules={[{ required: true, whitespace: true, message: t('lists.project.milestone.titleRequired') }]}
      >
        <Input maxLength={200} data-testid="milestone-title" />
      </Form.Item>
      <Form.Item
        name="dueDate"
        label={t('lists.project.milestone.dueDate')}
        rules={[{ required: true, message: t('lists.project.milestone.dueDateRequired') }]}
      >
        <DatePicker data-testid="milestone-due-date" />
      </Form.Item>
    </FormModal>
  );
}
