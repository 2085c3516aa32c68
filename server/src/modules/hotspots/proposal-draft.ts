import type { HotspotKind } from '@needle/contract';

/**
 * What a finder (growing clusters, recurrences, repeated callers) hands the run to propose: a place, a
 * category, the figures that made it stand out and the cases that are its evidence. The run files it as
 * a proposal, or brings the open proposal for the same kind, place, category and subject up to date.
 */
export interface ProposalDraft {
  kind: HotspotKind;
  /** The hotspot area (resolution-8 H3 cell) at its middle. */
  area: string;
  /** 0: the area alone; 1: with its ring of six. */
  radius: 0 | 1;
  categoryCode: string;
  /** Tells two proposals of a kind at one place apart: '' for a cluster, the place's resolution-10 cell for
   * a recurrence, the caller's key for a repeated caller (never shown). */
  subject: string;
  observed: number;
  expected: number;
  /** −log10 of the chance of `observed` or more when `expected` is right. */
  surprise: number;
  /**
   * The surprise a finding had to reach in its run: its alpha shared over the run's tests (Bonferroni
   * for clusters, Tarone's count for recurrences), or a caller's own alpha.
   */
  threshold: number;
  windowStart: Date;
  windowEnd: Date;
  /** The evidence, newest first; at most MAX_EVIDENCE. */
  caseIds: string[];
}

/** How many of a proposal's cases are kept as its evidence. */
export const MAX_EVIDENCE = 200;
