/**
 * The detector scored against the hotspots planted in a city (bench/city/plant-hotspots.ts).
 *
 * - A detected cluster matches a planted one when it is of the same category and its middle area is the
 *   planted area or one of its ring of six (a rise spread over a neighbourhood may be centred on a
 *   neighbour). Precision is the detections matching any planted cluster over all detections; recall is
 *   the meaningful planted clusters found over all of them (the target: clusters that at least double
 *   over their own expected week, where a doubling can be told from chance). The small ones planted below
 *   that are reported apart, never in the target.
 * - The generated background has no surges of its own: each point and category comes in at a constant
 *   share of the city's stream, which follows only the city-wide rhythm (weekday, season, hour;
 *   generate-cases.ts). So a detection matching nothing planted is a false alarm as far as the truth
 *   goes, and the headline precision counts it so. Each is still shown against the background's own
 *   history (its window over its expected week from all the history before the window), so a reader
 *   sees whether chance had really doubled it: `backgroundSurges` counts those that did, and
 *   `precisionWithSurges` counts them as found, for information only.
 * - Recurrences and repeated callers match by their evidence: a detection matches a planted one when it is
 *   of the same category and its cases include at least REPEAT_CALLS of the planted cases (the cell of a
 *   recurrence, the caller of a repeated caller). Unmatched ones are judged by the same definition the
 *   planting follows, in the data (reported again within 30 days of a closing, three calls in 30 days):
 *   the caller's `meetsDefinition` tells.
 */
import { gridDisk } from 'h3-js';

export interface DetectedCluster {
  area: string;
  radius: number;
  category: string;
}

export interface PlantedClusterTruth {
  area: string;
  category: string;
  meaningful: boolean;
  /** 'new' ones (a problem at a place with no history) are reported apart from the small ones. */
  group?: 'growing' | 'new' | 'small';
}

export interface ClusterScore {
  detections: number;
  /** Detections matching a planted cluster (meaningful or small). */
  matched: number;
  /** Detections matching none, and of those the background's own doublings. */
  unplanted: number;
  backgroundSurges: number;
  planted: number;
  found: number;
  smallPlanted: number;
  smallFound: number;
  newPlanted: number;
  newFound: number;
  /** matched / detections (1 when nothing was detected: nothing claimed, nothing wrong). */
  precision: number;
  /** (matched + backgroundSurges) / detections. */
  precisionWithSurges: number;
  /** found / planted (meaningful ones). */
  recall: number;
  smallRecall: number;
  /** The planted clusters missed and the detections matching nothing, for the report. */
  missed: PlantedClusterTruth[];
  strays: (DetectedCluster & { ownRatio: number })[];
}

const matches = (d: DetectedCluster, p: PlantedClusterTruth) =>
  d.category === p.category && gridDisk(p.area, 1).includes(d.area);

const ratioOf = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/**
 * Scores detected clusters against the planted ones. `ownRatio` gives an unmatched detection's window
 * against its own expected week in the background (see the file's comment).
 */
export function scoreClusters(
  detected: readonly DetectedCluster[],
  planted: readonly PlantedClusterTruth[],
  ownRatio: (d: DetectedCluster) => number,
): ClusterScore {
  const strays: ClusterScore['strays'] = [];
  let matched = 0;
  for (const d of detected) {
    if (planted.some((p) => matches(d, p))) matched++;
    else strays.push({ ...d, ownRatio: ownRatio(d) });
  }
  const found = (p: PlantedClusterTruth) => detected.some((d) => matches(d, p));
  const meaningful = planted.filter((p) => p.meaningful);
  const isNew = (p: PlantedClusterTruth) => p.group === 'new';
  const small = planted.filter((p) => !p.meaningful && !isNew(p));
  const fresh = planted.filter(isNew);
  const backgroundSurges = strays.filter((s) => s.ownRatio >= 2).length;
  return {
    detections: detected.length,
    matched,
    unplanted: strays.length,
    backgroundSurges,
    planted: meaningful.length,
    found: meaningful.filter(found).length,
    smallPlanted: small.length,
    smallFound: small.filter(found).length,
    newPlanted: fresh.length,
    newFound: fresh.filter(found).length,
    precision: ratioOf(matched, detected.length),
    precisionWithSurges: ratioOf(matched + backgroundSurges, detected.length),
    recall: ratioOf(meaningful.filter(found).length, meaningful.length),
    smallRecall: ratioOf(small.filter(found).length, small.length),
    missed: meaningful.filter((p) => !found(p)),
    strays,
  };
}

export interface DetectedByEvidence {
  category: string;
  /** The codes of the cases the detection gives as its evidence. */
  codes: readonly string[];
  /** What else tells it apart (a recurrence's cell, a caller's keyed hash), for the judging. */
  subject?: string;
}

export interface PlantedByEvidence {
  category: string;
  codes: readonly string[];
}

export interface EvidenceScore {
  detections: number;
  matched: number;
  /** Unmatched detections that still meet the definition in the data. */
  backgroundTrue: number;
  planted: number;
  found: number;
  precision: number;
  precisionWithBackground: number;
  recall: number;
}

/** Planted cases a detection must hold to match a planted recurrence or caller. */
export const EVIDENCE_MATCH = 3;

const holds = (d: DetectedByEvidence, p: PlantedByEvidence) => {
  if (d.category !== p.category) return false;
  const codes = new Set(d.codes);
  return p.codes.filter((c) => codes.has(c)).length >= Math.min(EVIDENCE_MATCH, p.codes.length);
};

/**
 * Scores recurrences or repeated callers by their evidence. `meetsDefinition` says whether an unmatched
 * detection is still one by the definition, in the background data.
 */
export function scoreByEvidence(
  detected: readonly DetectedByEvidence[],
  planted: readonly PlantedByEvidence[],
  meetsDefinition: (d: DetectedByEvidence) => boolean,
): EvidenceScore {
  let matched = 0;
  let backgroundTrue = 0;
  for (const d of detected) {
    if (planted.some((p) => holds(d, p))) matched++;
    else if (meetsDefinition(d)) backgroundTrue++;
  }
  const found = planted.filter((p) => detected.some((d) => holds(d, p))).length;
  return {
    detections: detected.length,
    matched,
    backgroundTrue,
    planted: planted.length,
    found,
    precision: ratioOf(matched, detected.length),
    precisionWithBackground: ratioOf(matched + backgroundTrue, detected.length),
    recall: ratioOf(found, planted.length),
  };
}
