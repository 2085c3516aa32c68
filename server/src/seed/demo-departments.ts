import type { DepartmentType } from '../modules/departments/department-types.js';

/** The district departments of the demo city, as they are named in Changchun. */
export const DEMO_DEPARTMENTS: { type: DepartmentType; name: string }[] = [
  { type: 'chengguan', name: '朝阳区城市管理局' },
  { type: 'market', name: '朝阳区市场监督管理局' },
  { type: 'police', name: '长春市公安局朝阳区分局' },
  { type: 'emergency', name: '朝阳区应急管理局' },
  { type: 'ecology', name: '长春市生态环境局朝阳区分局' },
  { type: 'water', name: '朝阳区水利局' },
  { type: 'hrss', name: '朝阳区人力资源和社会保障局' },
  { type: 'health', name: '朝阳区卫生健康局' },
  { type: 'culture_tourism', name: '朝阳区文化广电和旅游局' },
  { type: 'housing', name: '朝阳区住房和城乡建设局' },
];
