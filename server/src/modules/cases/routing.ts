/** How the responsibility list assigns a case (职责清单, seed 000: 67 / 36 / 28 items). */
export type Routing = 'department_led' | 'street_led' | 'street_whistles';

export type Unit = { kind: 'department'; departmentId: string } | { kind: 'region'; regionCode: string };

export interface RoutingDepartment {
  id: string;
  type: string;
  regionCode: string;
}

export interface RoutedTo {
  /** Who holds the case. */
  unit: Unit;
  /** Who helps: the street for department-led cases, the departments of the type for street-led ones. */
  assist: Unit[];
  /** Why the case went where it went, for the timeline. */
  reason: string;
}

/** The department of the type whose area is the narrowest one that holds the place. */
function servingDepartment(departments: RoutingDepartment[], type: string, regionCode: string) {
  return departments
    .filter((d) => d.type === type && regionCode.startsWith(areaPrefix(d.regionCode)))
    .sort((a, b) => areaPrefix(b.regionCode).length - areaPrefix(a.regionCode).length)[0];
}

/** 12-digit codes pad with zeros: the prefix that matters is the code without its empty levels. */
function areaPrefix(code: string): string {
  if (code.endsWith('00000000')) return code.slice(0, 4);
  if (code.endsWith('000000')) return code.slice(0, 6);
  if (code.endsWith('000') && code.length === 12) return code.slice(0, 9);
  return code;
}

/**
 * Routes a case by its category's line of the responsibility list:
 * - department_led (部门主责、街道协助): the department of the category's type that serves the place;
 * - street_led (街道主责、部门协助): the street office, with that department assisting;
 * - street_whistles (街道吹哨、部门报到): the street office, which whistles the departments.
 * When no department of the type serves the place, the street answers for it (属地兜底).
 */
export function routeCase(
  category: { routing: Routing; departmentType: string },
  place: { streetCode: string; regionCode: string },
  departments: RoutingDepartment[],
): RoutedTo {
  const street: Unit = { kind: 'region', regionCode: place.streetCode };
  const dept =
    category.departmentType === 'street'
      ? undefined
      : servingDepartment(departments, category.departmentType, place.regionCode);
  const deptUnit: Unit[] = dept ? [{ kind: 'department', departmentId: dept.id }] : [];
  switch (category.routing) {
    case 'department_led':
      if (!dept) {
        return {
          unit: street,
          assist: [],
          reason: `no ${category.departmentType} department serves the place: the street answers for it`,
        };
      }
      return { unit: deptUnit[0] as Unit, assist: [street], reason: 'department-led, the street assisting' };
    case 'street_led':
      return { unit: street, assist: deptUnit, reason: 'street-led, departments assisting' };
    case 'street_whistles':
      return { unit: street, assist: deptUnit, reason: 'the street whistles, departments report' };
  }
}
