import { type Static, Type } from 'typebox';

/** A department (职能部门) serving an area: its type says what it does (chengguan, market, police…). */
export const DepartmentSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  type: Type.String(),
  regionCode: Type.String(),
});
export type Department = Static<typeof DepartmentSchema>;

/** GET /api/departments */
export const DepartmentsResponse = Type.Object({ items: Type.Array(DepartmentSchema) });
export type DepartmentsResponse = Static<typeof DepartmentsResponse>;
