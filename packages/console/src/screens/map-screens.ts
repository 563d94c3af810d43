import { html } from 'lit';
import type { Bounds, FeedbackMap, FeedbackMapCounts, FeedbackMapCreate, Geocoder } from '@inspraak/sdk';
import { BoundsLimits } from '@inspraak/contract/constants/BoundsLimits';
import { FeedbackMapCreateLimits } from '@inspraak/contract/constants/FeedbackMapCreateLimits';
import { GeocoderLimits } from '@inspraak/contract/constants/GeocoderLimits';
import { ModerationModeValues } from '@inspraak/contract/constants/ModerationModeValues';
import { TileLayerLimits } from '@inspraak/contract/constants/TileLayerLimits';
import { fill, plural } from '../texts.ts';
import { mapCategoriesFromText, mapCategoryText } from './category-lines.ts';
import { inputField, openOrClosedField, selectField, textareaField, type FieldErrors } from './form-fields.ts';
import { isWholeNumberIn, numberOf, textOf } from './form-values.ts';
import type { SubjectKind } from './subject-kind.ts';
import { ConsoleSubjectScreen } from './subject-screen.ts';
import { ConsoleSubjectsScreen } from './subjects-screen.ts';

/** The edges in the order the form asks for them (north first, as on a map). */
const edges = ['north', 'south', 'west', 'east'] as const;

/** A new map's address search: PDOK's, for Dutch addresses (the contract's example); staff can change it. */
const newMapGeocoder: Geocoder = { kind: 'pdok-locatieserver', url: 'https://api.pdok.nl/bzk/locatieserver/search/v3_1' };
/** A new map's zoom level: a neighbourhood. */
const newMapZoom = 15;

const middleOf = (bounds: Bounds) => ({ lat: (bounds.south + bounds.north) / 2, lng: (bounds.west + bounds.east) / 2 });

/**
 * A feedback map for the console's generic screens: title, explanation, its area (four edges; it
 * opens in the middle), the zoom level it opens at, the categories with their follow-up questions
 * (as text, see `mapCategoriesFromText`), moderation, the tile layer, the address search, and (once it exists) open or closed. Its
 * page offers the reports as GeoJSON and CSV and puts the feedback map widget on a page.
 */
export const mapKind: SubjectKind<FeedbackMap, FeedbackMapCreate, FeedbackMapCounts> = {
  section: 'maps',
  widget: 'feedback-map',
  idAttribute: 'map',
  texts: (texts) => ({
    heading: texts.maps,
    empty: texts.mapsEmpty,
    newHeading: texts.newMap,
    create: texts.createMap,
    created: texts.mapCreated,
    all: texts.allMaps,
  }),
  column: (texts) => ({ heading: texts.categoryCountColumn, value: (map, { language }) => map.categories.length.toLocaleString(language) }),
  list: async ({ client }) => (await client.admin.maps.list({ limit: 100 })).items,
  get: ({ client }, id) => client.admin.maps.get(id),
  create: ({ client }, input) => client.admin.maps.create(input),
  update: ({ client }, id, patch) => client.admin.maps.update(id, patch),
  delete: ({ client }, id) => client.admin.maps.delete(id),
  deleteTexts: (texts, language, counts) => ({
    label: texts.deleteMap,
    question: fill(texts.deleteMapQuestion, {
      reports: plural(texts.countReports, counts.reports, language),
      photos: plural(texts.countPhotos, counts.photos, language),
    }),
    confirm: texts.deleteMapYes,
    done: texts.mapDeleted,
  }),
  fieldName: (texts, member) =>
    ({
      title: texts.titleLabel,
      description: texts.explanation,
      bounds: texts.area,
      center: texts.area,
      zoom: texts.zoom,
      categories: texts.categories,
      moderation: texts.moderationMode,
      tiles: texts.tiles,
      geocoder: texts.geocoder,
      status: texts.subjectStatus,
    })[member] ?? member,

  renderFields: ({ texts }, map, errors: FieldErrors) => {
    const geocoder = map?.geocoder ?? newMapGeocoder;
    return html`
      ${inputField({ name: 'title', label: texts.titleLabel, hint: texts.titleHint, error: errors.title, value: map?.title, maxLength: FeedbackMapCreateLimits.title.maxLength })}
      ${textareaField({ name: 'description', label: texts.explanation, value: map?.description, maxLength: FeedbackMapCreateLimits.description.maxLength })}
      <fieldset aria-describedby="area-hint">
        <legend>${texts.area}</legend>
        <p class="hint" id="area-hint">${texts.areaHint}</p>
        ${edges.map((edge) => inputField({ name: edge, label: texts.bounds[edge], error: errors[edge], value: map?.bounds[edge], inputMode: 'decimal' }))}
      </fieldset>
      ${inputField({ name: 'zoom', label: texts.zoom, hint: texts.zoomHint, error: errors.zoom, value: map?.zoom ?? newMapZoom, inputMode: 'numeric' })}
      ${textareaField({
        name: 'categories',
        label: texts.categories,
        hint: texts.mapCategoriesHint,
        error: errors.categories,
        value: map && mapCategoryText(map.categories),
        rows: 8,
      })}
      ${selectField({
        name: 'moderation',
        label: texts.moderationMode,
        hint: texts.moderationHint,
        value: map?.moderation ?? FeedbackMapCreateLimits.moderation.default,
        options: [...ModerationModeValues].reverse().map((mode) => ({ value: mode, label: texts.moderationModes[mode] })),
      })}
      ${inputField({ name: 'tiles', label: texts.tiles, hint: texts.tilesHint, error: errors.tiles, value: map?.tiles.urlTemplate, type: 'url', maxLength: TileLayerLimits.urlTemplate.maxLength })}
      ${inputField({
        name: 'attribution',
        label: texts.attribution,
        hint: texts.attributionHint,
        error: errors.attribution,
        value: map?.tiles.attribution,
        maxLength: TileLayerLimits.attribution.maxLength,
      })}
      ${selectField({
        name: 'geocoder',
        label: texts.geocoder,
        hint: texts.geocoderHint,
        value: geocoder.kind,
        options: GeocoderLimits.kind.enum.map((kind) => ({ value: kind, label: texts.geocoders[kind] })),
      })}
      ${inputField({
        name: 'geocoderUrl',
        label: texts.geocoderUrl,
        hint: texts.geocoderUrlHint,
        error: errors.geocoderUrl,
        value: geocoder.url,
        type: 'url',
        maxLength: GeocoderLimits.url.maxLength,
      })}
      ${map ? openOrClosedField(texts, map.status, texts.mapStatusHint) : ''}
    `;
  },

  readForm: (data, { texts }, map) => {
    const errors: FieldErrors = {};
    const title = textOf(data, 'title');
    if (!title) errors.title = texts.noTitle;

    const bounds = {} as Bounds;
    for (const edge of edges) {
      const value = numberOf(data, edge);
      const { minimum: min, maximum: max } = BoundsLimits[edge];
      if (typeof value === 'number' && value >= min && value <= max) bounds[edge] = value;
      else errors[edge] = fill(texts.boundNumber, { edge: texts.bounds[edge].toLowerCase(), min, max });
    }
    if (!edges.some((edge) => errors[edge]) && (bounds.south >= bounds.north || bounds.west >= bounds.east)) errors.north = texts.boundsOrder;

    const zoom = numberOf(data, 'zoom');
    if (!isWholeNumberIn(zoom, FeedbackMapCreateLimits.zoom.minimum, FeedbackMapCreateLimits.zoom.maximum)) errors.zoom = texts.zoomNumber;

    const { categories, problem } = mapCategoriesFromText(textOf(data, 'categories'), map?.categories);
    const { minItems, maxItems } = FeedbackMapCreateLimits.categories;
    if (problem) errors.categories = fill(texts[problem.problem], { line: problem.line });
    else if (categories.length < minItems || categories.length > maxItems) errors.categories = fill(texts.mapCategoryCount, { min: minItems, max: maxItems });

    // No tile address on a new map: the server's default layer (OpenStreetMap).
    const urlTemplate = textOf(data, 'tiles');
    const attribution = textOf(data, 'attribution');
    if (urlTemplate && !(/^https?:\/\//.test(urlTemplate) && ['{z}', '{x}', '{y}'].every((part) => urlTemplate.includes(part)))) errors.tiles = texts.tilesUrlInvalid;
    if (urlTemplate && !attribution) errors.attribution = texts.attributionMissing;

    const geocoderKind = textOf(data, 'geocoder') as Geocoder['kind'];
    const geocoderUrl = textOf(data, 'geocoderUrl');
    if (geocoderKind !== 'none' && !geocoderUrl) errors.geocoderUrl = texts.geocoderUrlMissing;

    // The map opens in the middle of its area; an edit that keeps the area keeps where it opens.
    const sameArea = map && edges.every((edge) => map.bounds[edge] === bounds[edge]);
    return {
      input: {
        title,
        description: textOf(data, 'description') || null,
        bounds,
        center: sameArea ? map.center : middleOf(bounds),
        zoom: zoom ?? newMapZoom,
        categories,
        moderation: textOf(data, 'moderation') as FeedbackMap['moderation'],
        ...(urlTemplate && { tiles: { urlTemplate, attribution, ...(map?.tiles.maxZoom !== undefined && { maxZoom: map.tiles.maxZoom }) } }),
        geocoder: { kind: geocoderKind, url: geocoderKind === 'none' ? null : geocoderUrl },
        ...(map && { status: textOf(data, 'status') as FeedbackMap['status'] }),
      },
      errors,
    };
  },

  downloads: [
    {
      label: (texts) => texts.downloadReportsGeoJson,
      fetch: async ({ client }, id) => JSON.stringify(await client.admin.reports.exportGeoJson(id), null, 2),
      filename: (id) => `${id}-reports.geojson`,
      type: 'application/geo+json',
    },
    {
      label: (texts) => texts.downloadReportsCsv,
      fetch: ({ client }, id) => client.admin.reports.exportCsv(id),
      filename: (id) => `${id}-reports.csv`,
      type: 'text/csv',
    },
  ],
};

/** `<inspraak-console-maps>`: the site's feedback maps and the form for a new one. */
export class ConsoleMapsScreen extends ConsoleSubjectsScreen<FeedbackMap, FeedbackMapCreate> {
  protected readonly kind = mapKind;
}

/** `<inspraak-console-map>`: one map's settings, its reports as GeoJSON and CSV, and the publish panel. */
export class ConsoleMapScreen extends ConsoleSubjectScreen<FeedbackMap, FeedbackMapCreate, FeedbackMapCounts> {
  protected readonly kind = mapKind;
}
