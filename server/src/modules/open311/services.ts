import type { Db } from '../../db/database.js';
import type { CategoryAttributeRow } from '../categories/category-attributes.js';
import { catalogueCache } from '../categories/category-catalogue.js';
import type { CategoryClassNode, CategoryRow } from '../categories/category-tree.js';
import { list, type NodeObject, type Open311Document } from './document.js';
import { notFound } from './open311-errors.js';

export interface Service {
  category: CategoryRow;
  group: string;
  attributes: CategoryAttributeRow[];
}

const KIND_ZH = { component: '部件', event: '事件' } as const;

// The component and the event trees both have a 市容环境 class; the kind keeps the two groups apart.
const groupOf = (c: CategoryClassNode): string => `${c.nameZh}（${KIND_ZH[c.kind]}）`;

/** Every category in use is a service; its class is the group. */
export async function listServices(db: Db): Promise<Service[]> {
  const { inUse, attributes } = await catalogueCache.get(db);
  return inUse.flatMap((cls) =>
    cls.subcategories.map((category) => ({
      category,
      group: groupOf(cls),
      attributes: attributes.get(category.code) ?? [],
    })),
  );
}

/** One service in use, or the standard's 404. */
export async function findService(db: Db, code: string): Promise<Service> {
  const service = (await listServices(db)).find((s) => s.category.code === code);
  if (!service) throw notFound(`No service with service_code ${code}`);
  return service;
}

function serviceNode(s: Service): NodeObject {
  return {
    service_code: s.category.code,
    service_name: s.category.nameZh,
    // The filing standard (立案标准) says what the service is for better than any summary would.
    description: s.category.filingStandard,
    metadata: s.attributes.length > 0,
    type: 'realtime',
    keywords: [s.category.nameEn, KIND_ZH[s.category.kind]].join(', '),
    group: s.group,
  };
}

export const servicesDocument = (services: Service[]): Open311Document => ({
  root: 'services',
  body: list('service', services.map(serviceNode)),
});

const DATATYPE_DESCRIPTIONS: Partial<Record<CategoryAttributeRow['datatype'], string>> = {
  number: 'A number, e.g. 3 or 2.5',
  datetime: 'ISO 8601 with a time zone, e.g. 2026-05-01T20:30:00+08:00',
  singlevaluelist: 'One of the keys listed in values',
  multivaluelist: 'Any of the keys listed in values, each as attribute[code][]',
};

function attributeNode(a: CategoryAttributeRow): NodeObject {
  return {
    // Every attribute is a question to the reporter; none is informational only.
    variable: true,
    code: a.code,
    datatype: a.datatype,
    required: a.required,
    datatype_description: DATATYPE_DESCRIPTIONS[a.datatype] ?? null,
    order: a.order,
    description: a.descriptionZh,
    values: list(
      'value',
      a.values.map((v) => ({ key: v.key, name: v.nameZh })),
    ),
  };
}

export const serviceDefinitionDocument = (s: Service): Open311Document => ({
  root: 'service_definition',
  body: { service_code: s.category.code, attributes: list('attribute', s.attributes.map(attributeNode)) },
});
