import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDepartments } from '../api/departments';
import { fetchPartnerUnits } from '../api/partners';
import { fetchPosts } from '../api/posts';
import { useResource } from '../api/useResource';
import type { WhistleLevel } from '../api/whistleTypes';
import { postKindLabel } from '../i18n/labels';
import { targetValue } from './callTargets';

export interface TargetGroup {
  label: string;
  options: { value: string; label: string }[];
}

// Building and stairwell leaders keep the households' records; they are not called out (seed 002).
const notCalled = ['building_leader', 'unit_leader'];

interface Targets {
  departments: { id: string; name: string }[];
  partners: { id: string; name: string }[];
  members: { userId: string; name: string; kind: string }[];
}

/** A street calls departments and its partner units; a community calls the grid members it has. */
async function loadTargets(level: WhistleLevel, regionCode: string, signal: AbortSignal): Promise<Targets> {
  if (level === 3) {
    const [departments, partners] = await Promise.all([
      fetchDepartments(signal),
      fetchPartnerUnits(undefined, signal),
    ]);
    return { departments, partners: partners.filter((unit) => unit.active), members: [] };
  }
  const posts = await fetchPosts(regionCode, signal);
  const seen = new Set<string>();
  const members = posts.flatMap((post) => {
    // One person may hold several posts: called once, under their first.
    if (notCalled.includes(post.kind) || seen.has(post.userId)) return [];
    seen.add(post.userId);
    return [{ userId: post.userId, name: post.displayName, kind: post.kind }];
  });
  return { departments: [], partners: [], members };
}

/** Who the user's office may call, grouped for a select; nothing for someone who does not whistle. */
export function useCallTargets(
  level: WhistleLevel | null,
  regionCode: string | null,
): { groups: TargetGroup[]; loading: boolean } {
  const { t } = useTranslation();
  const load = useMemo(
    () => (level && regionCode ? (signal: AbortSignal) => loadTargets(level, regionCode, signal) : null),
    [level, regionCode],
  );
  const targets = useResource(load);
  const groups = useMemo(() => {
    if (targets.status !== 'ready') return [];
    const { departments, partners, members } = targets.data;
    const all: TargetGroup[] = [
      {
        label: t('whistle.groupDepartments'),
        options: departments.map((d) => ({ value: targetValue('department', d.id), label: d.name })),
      },
      {
        label: t('whistle.groupPartners'),
        options: partners.map((p) => ({ value: targetValue('partner', p.id), label: p.name })),
      },
      {
        label: t('whistle.groupMembers'),
        options: members.map((m) => ({
          value: targetValue('member', m.userId),
          label: `${m.name}（${postKindLabel(t, m.kind)}）`,
        })),
      },
    ];
    return all.filter((group) => group.options.length > 0);
  }, [targets, t]);
  return { groups, loading: targets.status === 'loading' };
}
