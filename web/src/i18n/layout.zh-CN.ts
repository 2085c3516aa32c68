// The phone layout's text (tab bar, 我的, folded filters, the map's sheet); attached in zh-CN.ts as `layout`.
export const layoutZh = {
  participationGroup: '社区参与',
  fieldworkGroup: '网格工作',
  tabBar: '主导航',
  sections: {
    tasks: '任务',
    points: '积分',
    me: '我的',
  },
  me: {
    title: '我的',
    roles: '角色',
    jurisdiction: '辖区',
    phone: '手机号',
    company: '所属公司/平台',
    language: '语言',
    sections: '更多功能',
    signOut: '退出登录',
  },
  filters: {
    open: '筛选',
    title: '筛选条件',
    done: '完成',
    from: '开始日期',
    to: '结束日期',
  },
  sheet: {
    expand: '展开辖区',
    collapse: '收起辖区',
  },
};
