// The Open311 GeoReport v2 facade as its clients use it: JSON and XML by extension,
// jurisdiction_id, api_key on POST, errors as arrays. JSON answers are checked against
// openapi/open311.yaml.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { demoReportIds } from '../src/db/demo-seed.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminKeyHeaders, createMapAsAdmin, reportCount, siteKeyHeaders, smallMapInput } from './support/map-fixtures.ts';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const documentUrl = new URL('../../../openapi/open311.yaml', import.meta.url);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(parse(readFileSync(documentUrl, 'utf8')) as object, 'urn:inspraak:open311');
const schema = (name: string) => ({ $ref: `urn:inspraak:open311#/components/schemas/${name}` });
const arrayOf = (name: string) => ({ type: 'array', items: schema(name) });

function assertValid(value: unknown, against: object): void {
  const validate = ajv.compile(against);
  assert.ok(validate(value), `${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 400)}`);
}

describe('Open311 GeoReport v2 facade', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const get = async (path: string) => {
    const response = await fetch(`${server.origin}/open311/v2${path}`);
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, type, text, body: type.startsWith('application/json') ? JSON.parse(text) : undefined };
  };
  const post = async (path: string, form: Record<string, string>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.origin}/open311/v2${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, type, text, body: type.startsWith('application/json') ? JSON.parse(text) : undefined };
  };
  const errorArray = (body: unknown, status: number) => {
    assertValid(body, { type: 'array', minItems: 1, items: schema('Error') });
    assert.equal((body as Array<{ code: number }>)[0]!.code, status);
  };

  it('services.json and services.xml list the categories', async () => {
    const json = await get('/services.json?jurisdiction_id=map_demo');
    assert.equal(json.status, 200);
    assertValid(json.body, arrayOf('Service'));
    assert.deepEqual(json.body.map((s: { service_code: string }) => s.service_code), ['straatverlichting', 'gat-in-de-weg', 'zwerfafval', 'idee-voor-de-buurt']);
    assert.equal(json.body.find((s: { service_code: string }) => s.service_code === 'gat-in-de-weg').metadata, true);
    const xml = await get('/services.xml');
    assert.equal(xml.status, 200);
    assert.match(xml.type, /^application\/xml/);
    assert.match(xml.text, /^<\?xml version="1\.0" encoding="utf-8"\?><services><service><service_code>straatverlichting<\/service_code><service_name>Kapotte straatverlichting<\/service_name>/);
    assert.equal(xml.text.match(/<service>/g)?.length, 4);
  });

  it('services/{code}.json|xml give the attributes (the extra questions); unknown code is a 404 error array', async () => {
    const json = await get('/services/gat-in-de-weg.json?jurisdiction_id=map_demo');
    assert.equal(json.status, 200);
    assertValid(json.body, schema('ServiceDefinition'));
    assert.deepEqual(json.body.attributes[0], {
      variable: true,
      code: 'grootte',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: '',
      order: 1,
      description: 'Hoe groot is het gat?',
      values: [
        { key: 'klein', name: 'Kleiner dan een voetbal' },
        { key: 'groot', name: 'Groter dan een voetbal' },
      ],
    });
    const xml = await get('/services/gat-in-de-weg.xml');
    assert.match(xml.text, /<service_definition><service_code>gat-in-de-weg<\/service_code><attributes><attribute><variable>true<\/variable><code>grootte<\/code>/);
    assert.match(xml.text, /<values><value><key>klein<\/key><name>Kleiner dan een voetbal<\/name><\/value>/);
    const missing = await get('/services/vuurwerk.json');
    assert.equal(missing.status, 404);
    errorArray(missing.body, 404);
    const missingXml = await get('/services/vuurwerk.xml');
    assert.equal(missingXml.status, 404);
    assert.match(missingXml.text, /<errors><error><code>404<\/code><description>service_code "vuurwerk" is not known\.<\/description><\/error><\/errors>$/);
  });

  it('requests.json lists published requests with the spec’s fields; filters by status, service_code and id', async () => {
    const all = await get('/requests.json?jurisdiction_id=map_demo');
    assert.equal(all.status, 200);
    assertValid(all.body, arrayOf('ServiceRequest'));
    const lamp = all.body.find((r: { service_request_id: string }) => r.service_request_id === demoReportIds.streetLight);
    assert.equal(lamp.status, 'open', 'in-progress reads as open');
    assert.equal(lamp.status_notes, 'Bedankt! De monteur komt deze week langs.');
    assert.equal(lamp.service_name, 'Kapotte straatverlichting');
    assert.equal(typeof lamp.lat, 'number');
    await call(server.baseUrl, 'updateReportStatus', {
      method: 'POST',
      path: `/admin/reports/${demoReportIds.litter}/status-updates`,
      headers: adminKeyHeaders(server),
      json: { status: 'fixed', note: 'Opgehaald.' },
    });
    const closed = await get('/requests.json?status=closed');
    assert.deepEqual(closed.body.map((r: { service_request_id: string }) => r.service_request_id), [demoReportIds.litter]);
    const potholes = await get('/requests.json?service_code=gat-in-de-weg');
    assert.deepEqual(potholes.body.map((r: { service_request_id: string }) => r.service_request_id), [demoReportIds.pothole]);
    const byId = await get(`/requests.json?service_request_id=${demoReportIds.pothole},${demoReportIds.streetLight}`);
    assert.equal(byId.body.length, 2);
    const future = await get(`/requests.json?start_date=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`);
    assert.deepEqual(future.body, []);
    const badStatus = await get('/requests.json?status=kapot');
    assert.equal(badStatus.status, 400);
    errorArray(badStatus.body, 400);
    const badDate = await get('/requests.xml?start_date=gisteren');
    assert.equal(badDate.status, 400);
    assert.match(badDate.text, /<errors><error><code>400<\/code>/);
  });

  it('requests/{id}.json|xml: one request as an array of one; 404 for an unknown one', async () => {
    const json = await get(`/requests/${demoReportIds.pothole}.json?jurisdiction_id=map_demo`);
    assert.equal(json.status, 200);
    assertValid(json.body, arrayOf('ServiceRequest'));
    assert.equal(json.body.length, 1);
    assert.equal(json.body[0].service_code, 'gat-in-de-weg');
    const xml = await get(`/requests/${demoReportIds.pothole}.xml`);
    assert.match(xml.text, new RegExp(`<service_requests><request><service_request_id>${demoReportIds.pothole}</service_request_id><status>open</status>`));
    assert.match(xml.text, /<lat>52\.0899<\/lat><long>5\.1232<\/long>/);
    const missing = await get('/requests/rep_nope.json');
    assert.equal(missing.status, 404);
    errorArray(missing.body, 404);
    const noFormat = await get(`/requests/${demoReportIds.pothole}.csv`);
    assert.equal(noFormat.status, 404);
    errorArray(noFormat.body, 404);
  });

  it('POST requests.json with the site key as api_key creates a report with the same rules as /v1', async () => {
    const before = await reportCount(server);
    const created = await post('/requests.json', {
      api_key: server.siteKey,
      jurisdiction_id: 'map_demo',
      service_code: 'gat-in-de-weg',
      lat: '52.0911',
      long: '5.1180',
      address_string: 'Catharijnesingel 1, Utrecht',
      description: 'Gat in de weg & <diep>',
      'attribute[grootte]': 'groot',
      email: 'iemand@example.org',
    });
    assert.equal(created.status, 200, created.text);
    assertValid(created.body, arrayOf('ServiceRequestCreated'));
    const id = created.body[0].service_request_id;
    const report = await call(server.baseUrl, 'getReport', { path: `/reports/${id}`, headers: siteKeyHeaders(server) });
    assert.equal(report.body.properties.description, 'Gat in de weg & <diep>');
    assert.deepEqual(report.body.properties.answers, { grootte: 'groot' });
    assert.equal(report.body.properties.address, 'Catharijnesingel 1, Utrecht');
    assert.ok(!JSON.stringify(await server.app.inspraak.db.selectFrom('reports').selectAll().where('id', '=', id).execute()).includes('iemand@'), 'personal fields are not stored');
    const xml = await get(`/requests/${id}.xml`);
    assert.match(xml.text, /<description>Gat in de weg &amp; &lt;diep&gt;<\/description>/);
    assert.equal(await reportCount(server), before + 1);

    const asXml = await post('/requests.xml', { api_key: server.siteKey, service_code: 'zwerfafval', lat: '52.09', long: '5.12', description: 'Afval' });
    assert.equal(asXml.status, 200);
    assert.match(asXml.text, /^<\?xml version="1\.0" encoding="utf-8"\?><service_requests><request><service_request_id>rep_/);
  });

  it('POST errors are arrays naming the Open311 field; nothing is stored', async () => {
    const before = await reportCount(server);
    const base = { api_key: server.siteKey, service_code: 'zwerfafval', lat: '52.09', long: '5.12', description: 'Afval' };
    const cases: Array<[Record<string, string>, number, RegExp]> = [
      [{ ...base, api_key: '' }, 400, /api_key is required/],
      [{ ...base, api_key: 'pk_nope' }, 401, /api_key is not valid/],
      [{ ...base, service_code: 'vuurwerk' }, 404, /service_code "vuurwerk"/],
      // Types and lengths are openapi/open311.yaml's, checked by the same validator as /v1.
      [{ ...base, lat: 'hier' }, 400, /^lat: Must be of type number\./],
      [{ ...base, lat: '10' }, 400, /^lat: .*outside the map/],
      [{ ...base, service_code: 'gat-in-de-weg' }, 400, /attribute\[grootte\]/],
      [{ ...base, description: '' }, 400, /description is required/],
      [{ ...base, description: 'x'.repeat(2001) }, 400, /^description: Must be at most 2000 characters long\./],
      [{ ...base, address_string: 'x'.repeat(301) }, 400, /^address_string: Must be at most 300 characters long\./],
      [{ ...base, jurisdiction_id: 'map_nope' }, 404, /jurisdiction_id "map_nope"/],
    ];
    for (const [form, status, description] of cases) {
      const response = await post('/requests.json', form);
      assert.equal(response.status, status, JSON.stringify(form).slice(0, 100));
      errorArray(response.body, status);
      assert.match(response.body[0].description, description);
    }
    const json = await fetch(`${server.origin}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hallo' });
    assert.equal(json.status, 400);
    assert.equal(await reportCount(server), before);
  });

  it('jurisdiction_id is required once more than one map answers', async () => {
    await createMapAsAdmin(server, smallMapInput({ id: 'map_tweede' }));
    const without = await get('/services.json');
    assert.equal(without.status, 400);
    errorArray(without.body, 400);
    assert.match(without.body[0].description, /jurisdiction_id is required/);
    const second = await get('/services.json?jurisdiction_id=map_tweede');
    assert.deepEqual(second.body.map((s: { service_code: string }) => s.service_code), ['bankje', 'boom']);
    const unknownPath = await get('/nothing-here.json');
    assert.equal(unknownPath.status, 404);
    errorArray(unknownPath.body, 404);
  });

  it('POST to a closed map is a 409 error array; nothing is stored', async () => {
    await createMapAsAdmin(server, smallMapInput({ id: 'map_dicht', status: 'closed' }));
    const before = await reportCount(server);
    const response = await post('/requests.json', {
      api_key: server.siteKey,
      jurisdiction_id: 'map_dicht',
      service_code: 'bankje',
      lat: '52.4',
      long: '4.9',
      description: 'Het bankje is kapot.',
    });
    assert.equal(response.status, 409);
    errorArray(response.body, 409);
    assert.match(response.body[0].description, /no new reports/);
    assert.equal(await reportCount(server), before);
  });
});
