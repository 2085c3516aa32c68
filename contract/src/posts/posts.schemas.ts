import { type Static, Type } from 'typebox';
import { POST_KINDS } from '../enums/enums.js';
import { Uuid } from '../http/common.schemas.js';

// The document has always listed these values as a union of literals (anyOf of consts); kept so, typed as
// the union of the values.
const LiteralUnion = <V extends string>(values: readonly V[]) =>
  Type.Unsafe<V>(Type.Union(values.map((v) => Type.Literal(v))));

const RegionCode = Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' });

/** A post assigned to a person in a grid: 网格长, 楼栋长, 单元长 or one of the 1+8 members. */
export const AssignedPostSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  kind: Type.String(),
  regionCode: Type.String(),
  building: Type.String(),
  unit: Type.String(),
  assignedAt: Type.String(),
});
export type AssignedPost = Static<typeof AssignedPostSchema>;

/** Someone holding a post, with their name. */
export const PostSchema = Type.Object({ ...AssignedPostSchema.properties, displayName: Type.String() });
export type Post = Static<typeof PostSchema>;

/** GET /api/posts: the posts in a region (by default, the whole jurisdiction). */
export const PostsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode) },
  { additionalProperties: false },
);
export type PostsQuery = Static<typeof PostsQuery>;

export const PostsResponse = Type.Object({ items: Type.Array(PostSchema) });
export type PostsResponse = Static<typeof PostsResponse>;

/** POST /api/posts */
export const AssignPostBody = Type.Object(
  {
    userId: Uuid,
    kind: LiteralUnion(POST_KINDS),
    regionCode: RegionCode,
    building: Type.Optional(Type.String({ maxLength: 32 })),
    unit: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { additionalProperties: false },
);
export type AssignPostBody = Static<typeof AssignPostBody>;

/** DELETE /api/posts/:id */
export const PostParams = Type.Object({ id: Uuid });
export type PostParams = Static<typeof PostParams>;

/** DELETE /api/posts/:id answers 204 with no body. */
export const RemovePostResponse = Type.Null();
export type RemovePostResponse = Static<typeof RemovePostResponse>;
