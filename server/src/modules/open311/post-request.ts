import type { CaseDeps } from '../cases/case-deps.js';
import { findNearbyOpenCases, NEARBY_LIMIT } from '../cases/duplicates.js';
import { intakeCase } from '../cases/intake.js';
import { clientForKey } from './api-keys.js';
import { answerAttributes } from './attribute-answers.js';
import { clientRegionPrefix } from './clients.service.js';
import { list, type Open311Document } from './document.js';
import { type Fields, text } from './form-fields.js';
import { open311Tokens } from './open311.tables.js';
import { badRequest } from './open311-errors.js';
import { chinaIso } from './open311-time.js';
import { retryKeyOf } from './retry-keys.js';
import { findService } from './services.js';
import { readSubmission } from './submission.js';
import { newToken, tokenFor } from './tokens.js';

/**
 * POST requests: checks everything first (key, service, location, attributes, lengths), so a refusal
 * writes nothing; then takes the report in through the same intake as every channel, with the
 * reporter's details, the answers and the token written in its transaction.
 */
export async function postRequest(
  deps: CaseDeps,
  fields: Fields,
  idempotencyHeader: string | undefined,
): Promise<Open311Document> {
  const { client, user } = await clientForKey(deps.db, text(fields, 'api_key'));
  const serviceCode = text(fields, 'service_code');
  if (serviceCode === undefined) throw badRequest('service_code is required');
  const service = await findService(deps.db, serviceCode);
  const sub = readSubmission(fields);
  const answers = answerAttributes(service.attributes, fields);
  const place = deps.regions.locate(sub.lat, sub.lng);
  if (!place) throw badRequest('The location is not inside any grid of this city');
  if (!place.grid.code.startsWith(clientRegionPrefix(client))) {
    throw badRequest(`The location is outside region ${client.regionCode}, which this api_key reports for`);
  }
  const retry = retryKeyOf(client.id, idempotencyHeader, fields);
  const settings = await deps.settings();
  const token = newToken();
  const attributes = { ...answers, ...sub.extras };
  const created = await intakeCase(
    deps,
    user,
    {
      categoryCode: service.category.code,
      description: sub.description,
      lat: sub.lat,
      lng: sub.lng,
      ...(sub.address ? { address: sub.address } : {}),
    },
    retry.key,
    {
      channel: 'open311',
      // A body key replays within the retry window only: the same words days later are a new complaint.
      ...(retry.fromBody ? { keyTtlMs: settings.open311RetryWindowMinutes * 60_000 } : {}),
      // Intake takes a caller's name and number from the hotline only; an Open311 reporter's come with the case.
      caseFields: {
        reporterName: sub.reporterName ?? null,
        reporterPhone: sub.reporterPhone ?? null,
        reporterEmail: sub.reporterEmail ?? null,
        attributes: Object.keys(attributes).length > 0 ? attributes : null,
      },
      more: (caseId) => [deps.db.insert(open311Tokens).values({ token, clientId: client.id, caseId })],
    },
  );
  const { caseId, replayed } = created;
  const nearby = replayed
    ? []
    : await findNearbyOpenCases(deps, { ...sub, categoryCode: service.category.code }, caseId);
  const notice = replayed
    ? '此前已收到相同的提交，返回的是首次提交的请求'
    : [
        `预计办结时间 ${chinaIso(created.dueAt)}`,
        ...(nearby.length > 0
          ? [
              `附近已有${nearby.length < NEARBY_LIMIT ? nearby.length : `${NEARBY_LIMIT}多`}件同类问题尚未办结（${nearby
                .slice(0, 5)
                .map((n) => n.code)
                .join('、')}），工作人员将核实是否重复`,
            ]
          : []),
      ].join('；');
  return {
    root: 'service_requests',
    body: list('request', [
      {
        service_request_id: created.code,
        token: replayed ? await tokenFor(deps.db, client.id, caseId) : token,
        service_notice: notice,
        account_id: sub.accountId ?? null,
      },
    ]),
  };
}
