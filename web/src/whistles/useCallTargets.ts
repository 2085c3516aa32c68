import type { WhistleLevel } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPartnerUnits } from '../api/partners';
import { fetchPosts, type Post } from '../api/posts';
import { queryKeys } from '../api/queryKeys';
import { useDepartments } from '../common/useDepartments';
import { postKindLabel } from '../i18n/labels';
import { targetValue } from './callTargets';

export interface TargetGroup {
  label: string;
  options: { value: string; label: string }[];
}

// Building and stairwell leaders keep the households' records; they are not called out (seed 002).
const notCalled = ['building_leader', 'unit_leader'];

/** A grid's members, each once, under their first post: one person may hold several. */
function members(posts: Post[]) {
  const seen = new Set<string>();
  return posts.flatMap((post) => {
    if (notCalled.includes(post.kind) || seen.has(post.userId)) return [];
    seen.add(post.userId);
    return [{ userId: post.userId, name: post.displayName, kind: post.kind }];
  });
}

/** Who the user's office may call, grouped for a select; nothing for someone who does not whistle. */
export function useCallTargets(
  level: WhistleLevel | null,
  regionCode: string | null,
): { groups: TargetGroup[]; loading: boolean } {
  const { t } = useTranslation();
  // A street calls departments and its partner units; a community calls the grid members it has.
  const street = level === 3 && regionCode !== null;
  const departments = useDepartments(street);
  const partners = useQuery({
    queryKey: queryKeys.partners.list(),
    queryFn: ({ signal }) => fetchPartnerUnits(undefined, signal),
    select: (units) => units.filter((unit) => unit.active),
    enabled: street,
  });
  const posts = useQuery({
    queryKey: queryKeys.posts(regionCode ?? ''),
    queryFn: ({ signal }) => fetchPosts(regionCode ?? '', signal),
    select: members,
    enabled: level === 2 && regionCode !== null,
  });
  const groups = useMemo(() => {
    const all: TargetGroup[] = [
      {
        label: t('whistle.groupDepartments'),
        options: (departments.data ?? []).map((d) => ({
          value: targetValue('department', d.id),
          label: d.name,
        })),
      },
      {
        label: t('whistle.groupPartners'),
        options: (partners.data ?? []).map((p) => ({ value: targetValue('partner', p.id), label: p.name })),
      },
      {
        label: t('whistle.groupMembers'),
        options: (posts.data ?? []).map((m) => ({
          value: targetValue('member', m.userId),
          label: `${m.name}（${postKindLabel(t, m.kind)}）`,
        })),
      },
    ];
    return all.filter((group) => group.options.length > 0);
  }, [departments.data, partners.data, posts.data, t]);
  const loading = street ? departments.isPending || partners.isPending : posts.isPending;
  return { groups, loading };
}
