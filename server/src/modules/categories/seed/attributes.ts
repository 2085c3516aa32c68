/**
 * Seed of the extra questions some categories ask when they are reported (Open311 service attributes).
 * Like the catalogue beside it, this is data a city edits: the seed only asks what a dispatcher of seed
 * 000 needs to know before sending anyone, e.g. whose cover is missing, so that the owner is called at once.
 */

export const ATTRIBUTE_DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type AttributeDatatype = (typeof ATTRIBUTE_DATATYPES)[number];

export interface AttributeValueSeed {
  key: string;
  nameZh: string;
  nameEn: string;
}

export interface CategoryAttributeSeed {
  categoryCode: string;
  /** Lower-case, as it appears in `attribute[code]`; never starts with `_` (reserved for Needle's own keys). */
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  descriptionZh: string;
  descriptionEn: string;
  order: number;
  values?: AttributeValueSeed[];
}

const v = (key: string, nameZh: string, nameEn: string): AttributeValueSeed => ({ key, nameZh, nameEn });

export const CATEGORY_ATTRIBUTES: CategoryAttributeSeed[] = [
  // Whoever reports an open hole rarely knows whose it is, so "不明" is a real answer; when known, the
  // owner (water, gas, power …) is called at once while 城管 makes the hole safe.
  {
    categoryCode: 'E0550',
    code: 'cover_type',
    datatype: 'singlevaluelist',
    required: true,
    descriptionZh: '缺失的是哪种井盖？（井盖上的字样，如“上水”“污水”“电力”）',
    descriptionEn:
      'Which kind of cover is missing? (the word cast on nearby covers, e.g. water, sewer, power)',
    order: 1,
    values: [
      v('water_supply', '上水（供水）', 'Water supply'),
      v('sewage', '污水', 'Sewer'),
      v('storm', '雨水', 'Storm drain'),
      v('power', '电力', 'Power'),
      v('telecom', '通信', 'Telecom'),
      v('gas', '燃气', 'Gas'),
      v('heating', '热力', 'District heating'),
      v('unknown', '不明', 'Unknown'),
    ],
  },
  {
    categoryCode: 'E0550',
    code: 'hazard_level',
    datatype: 'singlevaluelist',
    required: false,
    descriptionZh: '井口在哪里、有多危险？',
    descriptionEn: 'Where is the open hole, and how dangerous is it?',
    order: 2,
    values: [
      v('roadway', '车行道或人行道上，无任何遮挡', 'On the road or pavement, unguarded'),
      v('guarded', '已有人放置警示物或临时遮挡', 'Someone has put up a warning or a temporary cover'),
      v('verge', '在绿地或路边，行人很少经过', 'In a verge or green space, little foot traffic'),
    ],
  },
  // What is sold decides who else is called: cooked food brings in 市场监管 (food safety).
  {
    categoryCode: 'E0450',
    code: 'goods',
    datatype: 'multivaluelist',
    required: false,
    descriptionZh: '摊位在卖什么？（可多选）',
    descriptionEn: 'What is being sold? (choose all that apply)',
    order: 1,
    values: [
      v('produce', '蔬菜水果', 'Fruit and vegetables'),
      v('cooked_food', '熟食小吃', 'Cooked food and snacks'),
      v('seafood_meat', '生鲜肉禽水产', 'Raw meat, poultry or seafood'),
      v('sundries', '日用百货', 'Household goods'),
      v('clothing', '服装鞋帽', 'Clothes and shoes'),
      v('other', '其他', 'Other'),
    ],
  },
  {
    categoryCode: 'E0450',
    code: 'stall_count',
    datatype: 'number',
    required: false,
    descriptionZh: '大约有几个摊位？',
    descriptionEn: 'About how many stalls are there?',
    order: 2,
  },
  // The pole number lets the lighting company find the lamp without a site visit.
  {
    categoryCode: 'C0118',
    code: 'pole_number',
    datatype: 'string',
    required: false,
    descriptionZh: '灯杆编号（灯杆上喷印的编号）',
    descriptionEn: 'Pole number (painted on the pole)',
    order: 1,
  },
  // Noise is judged by when it happens (night-time limits are stricter), so the time is asked for.
  {
    categoryCode: 'E0408',
    code: 'noise_time',
    datatype: 'datetime',
    required: false,
    descriptionZh: '噪音通常在什么时候出现？',
    descriptionEn: 'When does the noise usually happen?',
    order: 1,
  },
  {
    categoryCode: 'E0408',
    code: 'noise_source',
    datatype: 'text',
    required: false,
    descriptionZh: '噪音来自哪里？（如商铺音响、施工、广场舞）',
    descriptionEn: 'Where does the noise come from? (e.g. shop speakers, building work, square dancing)',
    order: 2,
  },
];
