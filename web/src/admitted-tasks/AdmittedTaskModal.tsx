import { Form, Input, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type AdmittedTask,
  type AdmittedTaskInput,
  addAdmittedTask,
  changeAdmittedTask,
} from '../api/admittedTasks';
import { FormModal } from '../common/FormModal';
import { useDepartments } from '../common/useDepartments';
import { useRegionTree } from '../map/regionQueries';
import { useTasksWrite } from './admittedTasksQueries';
import { regionChoices } from './regionChoices';

interface Values {
  regionCode: string;
  name: string;
  description?: string;
  departmentIds: string[];
  basis: string;
}

/** A new entry of the admitted list, or one changed; its area is fixed once it exists. */
export function AdmittedTaskModal({
  entry,
  onDone,
  onCancel,
}: {
  entry: AdmittedTask | null;
  onDone(entry: AdmittedTask): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const departments = useDepartments(true);
  const tree = useRegionTree();
  const save = useTasksWrite((input: AdmittedTaskInput) => {
    if (!entry) return addAdmittedTask(input);
    const { regionCode: _fixed, ...changes } = input;
    return changeAdmittedTask(entry.id, changes);
  });
  return (
    <FormModal<Values, AdmittedTaskInput, AdmittedTask>
      title={entry ? t('admittedTasks.list.editTitle') : t('admittedTasks.list.add')}
      testId="admitted"
      width={560}
      initialValues={
        entry
          ? {
              regionCode: entry.regionCode,
              name: entry.name,
              description: entry.description,
              departmentIds: entry.departments.map((d) => d.id),
              basis: entry.basis,
            }
          : undefined
      }
      toVariables={({ regionCode, name, description, departmentIds, basis }) => ({
        regionCode,
        name: name.trim(),
        ...(description?.trim() || entry ? { description: description?.trim() ?? '' } : {}),
        departmentIds,
        basis: basis.trim(),
      })}
      mutation={save}
      onDone={onDone}
      onCancel={onCancel}
    >
      <Form.Item
        name="name"
        label={t('admittedTasks.list.name')}
        rules={[{ required: true, whitespace: true, message: t('admittedTasks.list.nameRequired') }]}
      >
        <Input maxLength={200} data-testid="admitted-name" />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('admittedTasks.list.area')}
        rules={[{ required: true, message: t('admittedTasks.list.areaRequired') }]}
      >
        <TreeSelect
          disabled={entry !== null}
          showSearch
          treeNodeFilterProp="title"
          loading={tree.isPending}
          treeData={tree.data ? regionChoices(tree.data, ['city', 'district', 'street', 'community']) : []}
          data-testid="admitted-area"
        />
      </Form.Item>
      <Form.Item
        name="departmentIds"
        label={t('admittedTasks.list.departments')}
        rules={[{ required: true, message: t('admittedTasks.list.departmentsRequired') }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={departments.isPending}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          data-testid="admitted-departments"
        />
      </Form.Item>
      <Form.Item
        name="basis"
        label={t('admittedTasks.list.basis')}
        rules={[{ required: true, whitespace: true, message: t('admittedTasks.list.basisRequired') }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={1000}
          placeholder={t('admittedTasks.list.basisHint')}
          data-testid="admitted-basis"
        />
      </Form.Item>
      <Form.Item name="description" label={t('admittedTasks.list.description')}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="admitted-description" />
      </Form.Item>
    </FormModal>
  );
}
