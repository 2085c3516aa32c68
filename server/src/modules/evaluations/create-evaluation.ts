import type { EvaluationInput } from '@needle/contract';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { type EvaluationDeps, nowOf } from './evaluation-deps.js';
import { organisedCommunity } from './evaluation-office.js';
import { evaluationViews } from './evaluation-view.js';
import { evaluationCriteria, evaluationOffers, evaluations } from './evaluations.tables.js';

/** The set-up rules a form cannot express: a period ahead, criteria to score on, names told apart. */
function checkSetUp(input: EvaluationInput, now: Date) {
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  if (closesAt.getTime() <= opensAt.getTime() || closesAt.getTime() <= now.getTime()) {
    throw badRequest(
      'EVALUATION_PERIOD_INVALID',
      'The evaluation must close after it opens, and in the future',
    );
  }
  const criteria = input.criteria ?? [];
  if (input.mode === 'score' && criteria.length === 0) {
    throw badRequest('CRITERIA_REQUIRED', 'Name at least one criterion to score the offers on');
  }
  if (input.mode === 'vote' && criteria.length > 0) {
    throw badRequest('CRITERIA_IN_VOTE', 'A vote chooses one offer: it has no criteria');
  }
  const distinct = (names: string[]) => new Set(names.map((n) => n.trim())).size === names.length;
  if (!distinct(input.offers.map((o) => o.name)) || !distinct(criteria.map((c) => c.name))) {
    throw badRequest('EVALUATION_NAMES_REPEATED', 'Two offers, or two criteria, have the same name');
  }
  return { opensAt, closesAt, criteria };
}

/**
 * Community staff set up an evaluation: the offers to compare, the criteria and their weights (to
 * score), and when households may take part. Offer photos are the organiser's own uploads.
 */
export async function createEvaluation(deps: EvaluationDeps, actor: AuthUser, input: EvaluationInput) {
  const regionCode = organisedCommunity(deps.regions, actor, input.regionCode);
  const now = nowOf(deps);
  const { opensAt, closesAt, criteria } = checkSetUp(input, now);
  return deps.db.transaction(async (tx) => {
    await assertOwnPhotos(
      tx,
      input.offers.flatMap((o) => o.photoIds ?? []),
      actor.id,
    );
    const [evaluation] = await tx
      .insert(evaluations)
      .values({
        districtCode: districtCodeOf(regionCode),
        regionCode,
        subject: input.subject.trim(),
        description: input.description?.trim() ?? '',
        mode: input.mode,
        opensAt,
        closesAt,
        createdBy: actor.id,
        createdAt: now,
      })
      .returning();
    if (!evaluation) throw new Error('the evaluation insert returned no row');
    const offers = await tx
      .insert(evaluationOffers)
      .values(
        input.offers.map((o, position) => ({
          districtCode: evaluation.districtCode,
          evaluationId: evaluation.id,
          position,
          name: o.name.trim(),
          priceFen: o.priceFen,
          priceUnit: o.priceUnit?.trim() ?? '',
          description: o.description?.trim() ?? '',
          photoIds: o.photoIds ?? [],
        })),
      )
      .returning();
    const scale =
      criteria.length === 0
        ? []
        : await tx
            .insert(evaluationCriteria)
            .values(
              criteria.map((c, position) => ({
                districtCode: evaluation.districtCode,
                evaluationId: evaluation.id,
                position,
                name: c.name.trim(),
                weight: c.weight,
              })),
            )
            .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'evaluation.create',
      entity: 'evaluation',
      entityId: evaluation.id,
      regionCode,
      after: { ...evaluation, offers, criteria: scale },
    });
    const [view] = await evaluationViews(tx, [evaluation], now);
    if (!view) throw new Error('the evaluation view is missing');
    return view;
  });
}
