// The source of truth for UI text: Chinese first, every other language must match these keys.
export const zhCN = {
  app: {
    name: '一根针',
    // The brand in the other script, shown beside the name.
    secondName: 'Needle',
    tagline: '基层治理一网统管',
  },
  language: {
    switchTo: 'English',
    switchLabel: '切换为英文',
  },
  login: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
  },
  header: {
    jurisdiction: '辖区',
    logout: '退出登录',
  },
  level: {
    city: '市',
    district: '区',
    street: '街道',
    community: '社区',
    grid: '网格',
  },
  gridType: {
    basic: '基础网格',
    special: '专属网格',
  },
  map: {
    everywhere: '全部辖区',
    regionTree: '辖区',
    grids: '网格',
    gridCount: '共 {{count}} 个网格',
    noGrids: '该区域暂无网格',
    clickHint: '点击地图可查询所在网格',
    loading: '加载中…',
  },
  locate: {
    title: '定位结果',
    grid: '网格',
    code: '编码',
    gridType: '类型',
    community: '社区',
    street: '街道',
    district: '区',
    close: '关闭',
  },
  region: {
    notFoundTitle: '区域不存在或不在您的辖区内',
    notFoundSubtitle: '编码 {{code}} 无法访问。',
    backToJurisdiction: '返回我的辖区',
  },
  errors: {
    INVALID_CREDENTIALS: '用户名或密码错误',
    UNAUTHENTICATED: '登录已失效，请重新登录',
    REGION_NOT_FOUND: '区域不存在或不在您的辖区内',
    POINT_OUTSIDE_GRIDS: '该位置不在任何网格内',
    POINT_OUTSIDE_JURISDICTION: '该位置不在您的辖区内',
    VALIDATION_FAILED: '请求参数有误',
    network: '网络异常，请稍后重试',
  },
};

export type Messages = typeof zhCN;
