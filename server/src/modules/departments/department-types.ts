/** The departments the responsibility list routes to, by type; names are the seed city's own. */
export const DEPARTMENT_TYPES = {
  chengguan: '城市管理',
  market: '市场监管',
  police: '公安',
  emergency: '应急管理',
  ecology: '生态环境',
  water: '水务',
  hrss: '人力资源和社会保障',
  health: '卫生健康',
  culture_tourism: '文化广电和旅游',
  housing: '住房和城乡建设',
} as const;
export type DepartmentType = keyof typeof DEPARTMENT_TYPES;
