import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { usePointIn } from '../../test/cases.js';
import {
  DEMO_KEY,
  type Form,
  jsonOf,
  open311Get,
  open311Post,
  pushUpdate,
  requestForm,
  updateForm,
  V2,
  xmlOf,
} from '../../test/open311-helpers.js';
import { childOf, elementsOf, recordOf, textOf, type XmlElement } from '../../test/xml-parser.js';

const { t, c } = useTestApp(['admin']);
const point = usePointIn(t, c);
const PERSONAL = ['李四', 'lisi@example.com', '13912345678', 'device-abc-123', 'account-42'];

const report = (extra: Form = []): Form =>
  requestForm(point, [
    ['attribute[cover_type]', 'sewage'],
    ['attribute[hazard_level]', 'roadway'],
    ['description', '义和路口井盖丢失，晚上很危险 <注意> & "小心"'],
    ['address_string', '义和路 12 号门前'],
    ['first_name', '四'],
    ['last_name', '李'],
    ['email', 'lisi@example.com'],
    ['phone', '13912345678'],
    ['device_id', 'device-abc-123'],
    ['account_id', 'account-42'],
    ['media_url', 'https://example.com/photos/cover.jpg'],
    ...extra,
  ]);

const records = (doc: XmlElement, item: string) => elementsOf(doc, item).map(recordOf);

describe('discovery', () => {
  it('names the v2 endpoint and both formats, in XML and JSON', async () => {
    const xml = xmlOf(await open311Get(t, 'discovery.xml'));
    expect(xml.name).toBe('discovery');
    const endpoint = childOf(childOf(xml, 'endpoints'), 'endpoint');
    expect(textOf(childOf(endpoint, 'specification'))).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(textOf(childOf(endpoint, 'url'))).toMatch(/\/open311\/v2$/);
    expect(elementsOf(childOf(endpoint, 'formats'), 'format').map(textOf)).toEqual([
      'text/xml',
      'application/json',
    ]);
    // A bare object, as in the standard's example (the schema refuses one wrapped in an array).
    const json = jsonOf(await open311Get(t, 'discovery.json'), 'discovery') as {
      endpoints: { url: string; formats: string[] }[];
    };
    expect(json.endpoints).toHaveLength(1);
    expect(json.endpoints[0]?.url).toMatch(/\/open311\/v2$/);
    expect(json.endpoints[0]?.formats).toEqual(['text/xml', 'application/json']);
  });
});

describe('services', () => {
  it('lists every category in use, grouped by its class', async () => {
    const xml = xmlOf(await open311Get(t, 'services.xml'));
    expect(xml.name).toBe('services');
    const services = records(xml, 'service');
    expect(services.length).toBeGreaterThanOrEqual(60);
    const cover = services.find((s) => s.service_code === 'E0550');
    expect(cover).toMatchObject({
      service_name: '井盖缺失',
      metadata: 'true',
      type: 'realtime',
      group: '突发事件（事件）',
    });
    expect(services.find((s) => s.service_code === 'C0101')).toMatchObject({
      metadata: 'false',
      group: '公用设施（部件）',
    });
    const json = jsonOf(await open311Get(t, 'services.json'), 'services') as { service_code: string }[];
    expect(json.map((s) => s.service_code)).toEqual(services.map((s) => s.service_code));
  });

  it('defines a service by its attributes, with the standard datatypes', async () => {
    const xml = xmlOf(await open311Get(t, 'services/E0550.xml'));
    expect(xml.name).toBe('service_definition');
    expect(textOf(childOf(xml, 'service_code'))).toBe('E0550');
    const attributes = elementsOf(childOf(xml, 'attributes'), 'attribute');
    const cover = attributes.map(recordOf).find((a) => a.code === 'cover_type');
    expect(cover).toMatchObject({
      variable: 'true',
      datatype: 'singlevaluelist',
      required: 'true',
      order: '1',
    });
    const values = elementsOf(childOf(attributes[0] as XmlElement, 'values'), 'value').map(recordOf);
    expect(values).toContainEqual({ key: 'sewage', name: '污水' });
    expect(values).toHaveLength(8);

    // A bare object, as in the standard's example.
    const def = jsonOf(await open311Get(t, 'services/E0450.json'), 'serviceDefinition') as {
      service_code: string;
      attributes: { code: string; datatype: string; required: boolean }[];
    };
    expect(def.service_code).toBe('E0450');
    expect(def.attributes).toContainEqual(
      expect.objectContaining({ code: 'goods', datatype: 'multivaluelist', required: false }),
    );
    expect(def.attributes).toContainEqual(
      expect.objectContaining({ code: 'stall_count', datatype: 'number' }),
    );
    const none = jsonOf(await open311Get(t, 'services/C0101.json'), 'serviceDefinition');
    expect(none).toEqual({ service_code: 'C0101', attributes: [] });
  });
});

describe('requests, tokens and updates', () => {
  let code = '';
  let token = '';

  it('POST requests.json creates a case and answers its id and a token', async () => {
    const res = await open311Post(t, 'requests.json', report());
    expect(res.statusCode, res.body).toBe(200);
    const [created] = jsonOf(res, 'postRequest') as {
      service_request_id: string;
      token: string;
      account_id: string;
      service_notice: string;
    }[];
    expect(created?.service_request_id).toMatch(/^220104004-\d{8}-\d{4}$/);
    expect(created?.account_id).toBe('account-42');
    expect(created?.service_notice).toMatch(/预计办结时间 .*\+08:00/);
    code = created?.service_request_id ?? '';
    token = created?.token ?? '';
  });

  it('POST requests.xml answers the same in XML', async () => {
    // A second report of the same hole (another answer, so not a retry): it is taken, and the first is named.
    const ok = await open311Post(t, 'requests.xml', [
      ...report().filter(([name]) => name !== 'attribute[hazard_level]'),
      ['attribute[hazard_level]', 'guarded'],
    ]);
    const xml = xmlOf(ok);
    expect(xml.name).toBe('service_requests');
    const [request] = records(xml, 'request');
    expect(request?.service_request_id).toMatch(/^220104004-/);
    expect(request?.token).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(request?.service_notice).toContain('附近已有1件同类问题尚未办结');
  });

  it('tokens/{token} gives the request it became', async () => {
    const xml = xmlOf(await open311Get(t, `tokens/${token}.xml`));
    expect(records(xml, 'request')).toEqual([{ service_request_id: code, token }]);
    const json = jsonOf(await open311Get(t, `tokens/${token}.json`), 'tokens');
    expect(json).toEqual([{ service_request_id: code, token }]);
  });

  it('requests/{id} gives the public view, without personal data, in both formats', async () => {
    const xmlRes = await open311Get(t, `requests/${code}.xml`);
    const [request] = records(xmlOf(xmlRes), 'request');
    expect(request).toMatchObject({
      service_request_id: code,
      status: 'open',
      service_code: 'E0550',
      service_name: '井盖缺失',
      description: '义和路口井盖丢失，晚上很危险 <注意> & "小心"',
      address: '义和路 12 号门前',
      media_url: 'https://example.com/photos/cover.jpg',
      agency_responsible: '朝阳区城市管理局',
    });
    expect(Number(request?.lat)).toBeCloseTo(point.lat, 9);
    expect(Number(request?.long)).toBeCloseTo(point.lng, 9);
    expect(request?.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(request?.expected_datetime).toMatch(/\+08:00$/);
    const jsonRes = await open311Get(t, `requests/${code}.json`);
    const [json] = jsonOf(jsonRes, 'requests') as Record<string, unknown>[];
    expect(json?.service_request_id).toBe(code);
    expect(json?.lat).toBeCloseTo(point.lat, 9);
    for (const body of [xmlRes.body, jsonRes.body]) {
      for (const secret of PERSONAL) expect(body).not.toContain(secret);
    }
  });

  it('GET requests lists it, with and without a key, in both formats', async () => {
    const xml = xmlOf(await open311Get(t, 'requests.xml'));
    expect(records(xml, 'request').map((r) => r.service_request_id)).toContain(code);
    const json = jsonOf(await open311Get(t, 'requests.json', { api_key: DEMO_KEY }), 'requests') as {
      service_request_id: string;
    }[];
    expect(json.map((r) => r.service_request_id)).toContain(code);
    for (const secret of PERSONAL) expect(JSON.stringify(json)).not.toContain(secret);
  });

  it('POST servicerequestupdates records a pushed status and GET servicerequestupdates lists it', async () => {
    const pushed = updateForm(code, 'INVESTIGATING', [
      ['description', '巡查车已出发'],
      ['update_id', 'ext-1'],
    ]);
    const posted = await pushUpdate(t, 'xml', pushed);
    const [update] = records(xmlOf(posted), 'request_update');
    expect(update).toMatchObject({ service_request_id: code, status: 'INVESTIGATING', applied: 'false' });
    expect(update?.service_notice).toMatch(/^Recorded; the request stays reported/);

    const again = await pushUpdate(t, 'json', pushed);
    const [replayed] = jsonOf(again, 'postUpdate') as { update_id: string }[];
    expect(replayed?.update_id).toBe(update?.update_id);

    const xml = xmlOf(await open311Get(t, 'servicerequestupdates.xml'));
    const mine = records(xml, 'request_update').filter((u) => u.service_request_id === code);
    expect(mine).toEqual([
      expect.objectContaining({
        update_id: update?.update_id,
        status: 'INVESTIGATING',
        description: '巡查车已出发',
      }),
    ]);
    const json = jsonOf(await open311Get(t, 'servicerequestupdates.json'), 'updates');
    expect(json).toContainEqual(
      expect.objectContaining({ service_request_id: code, status: 'INVESTIGATING' }),
    );
  });

  it('answers both formats with the exact content types, and lets other sites read them', async () => {
    const xml = await open311Get(t, 'services.xml');
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(xml.headers['access-control-allow-origin']).toBe('*');
    const json = await t.get(`${V2}/services.json`);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});
