// The Open311 GeoReport v2 facade over the feedback map: a jurisdiction is a map, a service is a
// category, a service request is a report. Names and shapes are the spec's own (snake_case).
import type { ReportCategory } from '@inspraak/contract';
import type { MapRow, ReportStatusValue } from '../db/map-tables.ts';
import { siteOwningId } from '../repositories/id-owner-repository.ts';
import { findMap, listMaps } from '../repositories/map-repository.ts';
import { listPublishedReportRows, withDetails } from '../repositories/report-repository.ts';
import { DomainError } from './domain-error.ts';
import { categoriesOf } from './map-service.ts';
import { originAllowed } from './origin-pattern.ts';
import { createReport } from './report-service.ts';
import { toReport, type PhotoUrl } from './report-view.ts';
import type { ServiceContext } from './service-context.ts';
import { siteByPublicKey, type Site } from './site-service.ts';

export interface Jurisdiction {
  site: Site | undefined;
  map: MapRow;
}

/**
 * Finds the map a request is about. `jurisdiction_id` is a map id; it may be left out when only one
 * map answers. `api_key` (the site's public key) scopes the search to that site; without it the
 * site that owns the map id answers (ids are unique across the server).
 */
export async function resolveJurisdiction(
  ctx: ServiceContext,
  params: { apiKey?: string; jurisdictionId?: string; origin?: string },
): Promise<Jurisdiction> {
  let site: Site | undefined;
  if (params.apiKey) {
    site = await siteByPublicKey(ctx, params.apiKey);
    if (!site) throw new DomainError('site-key-unknown', 'api_key is not valid.');
    if (params.origin !== undefined && !originAllowed(params.origin, site.allowedOrigins)) {
      throw new DomainError('origin-not-allowed', `This site does not allow requests from ${params.origin}.`);
    }
  }
  if (params.jurisdictionId) {
    // Map ids are unique across the server; without api_key the map that owns the id answers.
    const siteId = site?.id ?? (await siteOwningId(ctx.db, 'maps', params.jurisdictionId));
    const map = siteId === undefined ? undefined : await findMap(ctx.db, siteId, params.jurisdictionId);
    if (!map) throw new DomainError('not-found', `jurisdiction_id "${params.jurisdictionId}" is not known.`);
    return { site, map };
  }
  const maps = await listMaps(ctx.db, site?.id, 2);
  if (maps.length !== 1) throw new DomainError('invalid-input', 'jurisdiction_id is required: this server serves more than one jurisdiction.');
  return { site, map: maps[0]! };
}

export function toService(category: ReportCategory) {
  return {
    service_code: category.code,
    service_name: category.name,
    description: category.description ?? '',
    metadata: category.questions.length > 0,
    type: 'realtime',
    keywords: '',
    group: '',
  };
}

export function toServiceDefinition(category: ReportCategory) {
  return {
    service_code: category.code,
    attributes: category.questions.map((question, index) => ({
      variable: true,
      code: question.id,
      datatype: question.kind === 'choice' ? 'singlevaluelist' : 'string',
      required: question.required,
      datatype_description: question.hint ?? '',
      order: index + 1,
      description: question.label,
      ...(question.kind === 'choice' ? { values: (question.choices ?? []).map((c) => ({ key: c.id, name: c.label })) } : {}),
    })),
  };
}

export function findService(map: MapRow, code: string): ReportCategory {
  const category = categoriesOf(map).find((c) => c.code === code);
  if (!category) throw new DomainError('not-found', `service_code "${code}" is not known.`);
  return category;
}

const open311Status = (status: ReportStatusValue): 'open' | 'closed' => (status === 'fixed' || status === 'closed' ? 'closed' : 'open');

export interface Open311Query {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined || value === '' ? undefined : value.split(',').map((v) => v.trim()).filter(Boolean);

/** The contract has checked the format (date-time); stored times are compared in UTC. */
const date = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : new Date(value).toISOString());

/** GET requests: the spec's filters; at most 1000, the last 90 days unless asked for by id or date. */
export async function listServiceRequests(ctx: ServiceContext, { map }: Jurisdiction, query: Open311Query, photoUrl: PhotoUrl) {
  const ids = list(query.service_request_id);
  const statuses = list(query.status);
  for (const status of statuses ?? []) {
    if (status !== 'open' && status !== 'closed') throw new DomainError('invalid-input', 'status must be open or closed.');
  }
  let start = date(query.start_date);
  const end = date(query.end_date);
  if (!ids && !start) start = new Date((end ? Date.parse(end) : ctx.now().getTime()) - 90 * 24 * 60 * 60 * 1000).toISOString();
  const rows = await listPublishedReportRows(
    ctx.db,
    map.site_id,
    map.id,
    {
      ids,
      categories: list(query.service_code),
      statuses: statuses?.flatMap((s): ReportStatusValue[] => (s === 'open' ? ['open', 'acknowledged', 'in-progress'] : ['fixed', 'closed'])),
      start: ids ? undefined : start,
      end: ids ? undefined : end,
    },
    1000,
  );
  const categories = categoriesOf(map);
  return (await withDetails(ctx.db, map.site_id, rows)).map((record) => {
    const { properties: p } = toReport(record, categories, photoUrl);
    return {
      service_request_id: p.serviceRequestId,
      status: open311Status(p.status),
      status_notes: p.statusNotes ?? '',
      service_name: p.serviceName,
      service_code: p.serviceCode,
      description: p.description,
      agency_responsible: '',
      service_notice: '',
      requested_datetime: p.requestedDatetime,
      updated_datetime: p.updatedDatetime,
      expected_datetime: '',
      address: p.address ?? '',
      address_id: '',
      zipcode: '',
      lat: p.lat,
      long: p.long,
      media_url: p.mediaUrls[0] ?? '',
    };
  });
}

/** Open311 field names for the /v1 contract's pointers, so an error names what the client sent. */
const fieldNames: Record<string, string> = { '/lat': 'lat', '/lng': 'long', '/category': 'service_code', '/description': 'description', '/address': 'address_string' };

/**
 * Invalid input as one GeoReport error description: each field by its Open311 name (`long`,
 * `attribute[grootte]`, `start_date`), whether the facade's validator or a /v1 rule found it.
 */
export function describeInvalidInput(error: DomainError): string {
  const fields = (error.fields ?? []).map((e) => {
    const attribute = /^\/answers\/(.+)$/.exec(e.pointer);
    const name = attribute ? `attribute[${attribute[1]}]` : (fieldNames[e.pointer] ?? e.pointer.replace(/^(#\/\w+)?\//, ''));
    return `${name}: ${e.detail}`;
  });
  return fields.join(' ') || error.message;
}

/** A POST body as openapi/open311.yaml's ServiceRequestInput, after its validation (lat and long are numbers). */
export interface ServiceRequestForm {
  api_key: string;
  jurisdiction_id?: string;
  service_code: string;
  lat: number;
  long: number;
  description: string;
  address_string?: string;
  /** `attribute[<code>]` answers and the spec's other fields, which are ignored. */
  [field: string]: string | number | undefined;
}

/**
 * POST requests: creates a report through the same rules as `POST /v1/maps/{mapId}/reports`. The
 * contract has checked types and lengths; what it cannot say (an empty value, a known service) is here.
 */
export async function createServiceRequest(ctx: ServiceContext, jurisdiction: Jurisdiction, form: ServiceRequestForm, clientHash: string | null) {
  const { site, map } = jurisdiction;
  if (!site) throw new DomainError('invalid-input', 'api_key is required to create a service request.');
  if (!form.service_code) throw new DomainError('invalid-input', 'service_code is required.');
  findService(map, form.service_code);
  if (!form.description.trim()) throw new DomainError('invalid-input', 'description is required.');
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    const match = /^attribute\[(.+)\]$/.exec(key);
    if (match && typeof value === 'string') answers[match[1]!] = value;
  }
  const created = await createReport(
    ctx,
    site.id,
    map.id,
    { category: form.service_code, lat: form.lat, lng: form.long, description: form.description, address: form.address_string || null, answers },
    clientHash,
  );
  return [{ service_request_id: created.record.report.id, service_notice: created.map.moderation === 'pre' ? 'Your report is published after review.' : '', account_id: '' }];
}
