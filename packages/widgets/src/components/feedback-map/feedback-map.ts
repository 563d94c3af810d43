import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ReportCreateLimits } from '@inspraak/contract/constants/ReportCreateLimits';
import type { FeedbackMap, MapsApi, NearbyReports, Report, ReportCluster, ReportCreate, ReportReceipt } from '@inspraak/sdk';
import { CharacterCountAnnouncer } from '../../base/character-count.ts';
import { errorTextKey } from '../../base/error-messages.ts';
import { renderLoadError } from '../../base/load-error.ts';
import { InspraakErrorEvent } from '../../base/events.ts';
import { characterCount, errorSummary, focusField, formField, type SummaryError } from '../../base/form-field.ts';
import { heading } from '../../base/heading.ts';
import { InspraakElement } from '../../base/inspraak-element.ts';
import { fallbackLanguage, localizerFor, type Localizer } from '../../base/localize.ts';
import { mapTexts } from '../../locales/map-translations.ts';
import type { MapTexts } from '../../locales/nl-map.ts';
import { InspraakReportSubmitEvent, InspraakReportSubmittedEvent } from './feedback-map-events.ts';
import { styles } from './feedback-map.styles.ts';
import type { Geocoder, Place } from './geocoder.ts';
import { boxAround, mapsFor, statusKey, type Box } from './map-data.ts';
import type { MapLayer } from './map-layer.ts';
import type { Photo } from './photo-files.ts';
import type { Upload, ViewTexts } from './report-receipt.ts';

type L = Localizer<MapTexts>;
type MapState = 'waiting' | 'loading' | 'ready' | 'failed';
type Chosen = Required<Pick<Place, 'lat' | 'lng'>> & { label: string; address?: string | undefined };
type Views = typeof import('./report-receipt.ts');
interface Followed {
  receipt: string;
  report?: Report;
  error?: unknown;
}

/** Suggestions wait until typing pauses this long (ms), so the geocoder gets few requests. */
const suggestDelay = 300;
/** The hash that carries a receipt: `#inspraak-report=rr_…` (a hash never reaches the page's server). */
const receiptHash = 'inspraak-report=';

/**
 * Residents report a problem or an idea at a place. The map is a progressive layer: address
 * search, "use my location" and the list of reports in the area are a complete path without it;
 * the map (Leaflet, loaded when the widget nears the viewport) adds pointing, a keyboard crosshair
 * and clustered markers.
 *
 * @summary A feedback map: find a place, describe the problem, add photos, send, keep a receipt.
 *
 * @event {InspraakReportSubmitEvent} inspraak-report-submit - Before a report is sent (cancelable; `detail: { mapId, report }`).
 * @event {InspraakReportSubmittedEvent} inspraak-report-submitted - The report was received (`detail: { report, receipt }`); photos follow.
 * @event {InspraakErrorEvent} inspraak-error - A call to the API failed (`detail: { error }`); what the resident entered is kept.
 *
 * @csspart base - The card around everything.
 * @csspart title - The map's title.
 * @csspart place - The "where is it?" section: address search, location, the map.
 * @csspart map - The map's drawing area (focusable; arrow keys move the crosshair).
 * @csspart attribution - The map data's attribution, as text.
 * @csspart list - The list of reports in the area.
 * @csspart report - One report in a list.
 * @csspart form - The report form.
 * @csspart closed - In place of the place and the form on a closed map: it takes no new reports.
 * @csspart field - A field: label, hint, error, control (also `label`, `hint`, `error-message`, `count`).
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart error-message - A field's problem, above its control.
 * @csspart count - A character count.
 * @csspart input - The address search, the text controls and the receipt link.
 * @csspart error-summary - The list of problems after a failed send; it takes focus.
 * @csspart duplicates - "Already reported?": reports of the same kind close by.
 * @csspart button - Every button (also `search-button`, `location-button`, `support-button`, `submit-button`, `copy-button`, `another-button`, `retry-button`).
 * @csspart search-button - Searches the address (it also has the part `button`).
 * @csspart location-button - Uses the resident's own location (also `button`).
 * @csspart support-button - "Me too" on a report close by (also `button`).
 * @csspart submit-button - Sends the report (also `button`).
 * @csspart copy-button - Copies the receipt link (also `button`).
 * @csspart another-button - Starts another report (also `button`).
 * @csspart retry-button - Tries a failed call again (also `button`).
 * @csspart status - The confirmation after sending, or the receipt view's status.
 * @csspart receipt - The receipt link to keep.
 * @csspart error - A failed call: what happened and what to do.
 * @csspart skeleton - The placeholder while loading.
 *
 * @cssproperty --inspraak-color-accent - Buttons, markers, chosen options. Default `#0b57d0`.
 * @cssproperty --inspraak-color-on-accent - Text on the accent colour. Default `#fff`.
 * @cssproperty --inspraak-color-text - Text. Default: inherited from the page.
 * @cssproperty --inspraak-color-muted - Hints and small print. Default `#4b5563`.
 * @cssproperty --inspraak-color-background - The card. Default `#fff`.
 * @cssproperty --inspraak-color-border - Borders of controls and the map. Default `#8a94a3`.
 * @cssproperty --inspraak-color-border-subtle - The card's border. Default `#d0d5dd`.
 * @cssproperty --inspraak-color-input-border - The border of text controls. Default `#505a5f`.
 * @cssproperty --inspraak-color-error - Errors. Default `#b3261e`.
 * @cssproperty --inspraak-color-success - The confirmation. Default `#146c2e`.
 * @cssproperty --inspraak-color-focus - The focus outline and the crosshair. Default `#1a1a1a`.
 * @cssproperty --inspraak-radius - Rounded corners. Default `0.5em`.
 * @cssproperty --inspraak-feedback-map-border-color - The card's border, for the map only. Default: `--inspraak-color-border-subtle`.
 * @cssproperty --inspraak-feedback-map-height - The map's height. Default `24em`.
 * @cssproperty --inspraak-feedback-map-min-height - The space held while loading. Default `36em`.
 * @cssproperty --inspraak-feedback-map-marker-color - Report markers and clusters. Default: the accent colour.
 * @cssproperty --inspraak-feedback-map-pin-color - The chosen place's pin. Default: `--inspraak-color-error`.
 * @cssproperty --inspraak-feedback-map-placeholder-color - The map before its tiles arrive, and the loading placeholder. Default `#e5e7eb`.
 * @cssproperty --inspraak-feedback-map-success-background - The confirmation. Default `#f0f7f2`.
 */
export class InspraakFeedbackMap extends InspraakElement<ViewTexts> {
  static override styles = styles;
  protected static override subject = 'map';

  /** Loads the map layer (Leaflet). Replaceable in tests, e.g. to see how the widget copes when it fails. */
  static loadMapLayer: () => Promise<typeof import('./map-layer.ts')> = () => import('./map-layer.ts');

  static override properties = {
    map: { attribute: 'map' },
    geocoder: { attribute: false },
    receipt: { attribute: 'receipt' },
    data: { state: true },
    loadError: { state: true },
    query: { state: true },
    suggestions: { state: true },
    active: { state: true },
    searchMessage: { state: true },
    locating: { state: true },
    place: { state: true },
    mapState: { state: true },
    listBox: { state: true },
    listTitle: { state: true },
    reports: { state: true },
    listError: { state: true },
    supported: { state: true },
    category: { state: true },
    answers: { state: true },
    description: { state: true },
    photos: { state: true },
    duplicates: { state: true },
    errors: { state: true },
    sendError: { state: true },
    submitting: { state: true },
    sent: { state: true },
    upload: { state: true },
    followed: { state: true },
    announcement: { state: true },
  };

  // ── Properties ──────────────────────────────────────────────────────────────────────

  /** The map's id, e.g. `map_demo` (attribute `map`). */
  map = '';

  /** A geocoder of the city's own (`{ search, suggest?, resolve?, reverse? }`); default: the one the map's configuration names. */
  geocoder: Geocoder | undefined;

  /** A report's receipt (`rr_…`): shows that report's status. Default: `#inspraak-report=rr_…` in the page's address. */
  receipt = '';

  // ── State ───────────────────────────────────────────────────────────────────────────

  private data: FeedbackMap | undefined;
  private loadError: unknown;
  private query = '';
  private suggestions: Place[] = [];
  private active = -1;
  private searchMessage = '';
  private locating = false;
  private place: Chosen | undefined;
  private mapState: MapState = 'waiting';
  private listBox: Box | undefined;
  private listTitle = '';
  private reports: Report[] | undefined;
  private listError: unknown;
  private supported: string[] = [];
  private category = '';
  private answers: Record<string, string> = {};
  private description = '';
  private photos: Photo[] = [];
  private duplicates: NearbyReports['items'] = [];
  private errors: Record<string, string> = {};
  private sendError: unknown;
  private submitting = false;
  private sent: ReportReceipt | undefined;
  private upload: Upload | undefined;
  private followed: Followed | undefined;
  private announcement = '';

  #maps: MapsApi | undefined;
  #loading: AbortController | undefined;
  #searching: AbortController | undefined;
  #reversing: AbortController | undefined;
  #listing: AbortController | undefined;
  #suggestTimer: ReturnType<typeof setTimeout> | undefined;
  #layer: MapLayer | undefined;
  #layerContainer: HTMLElement | undefined;
  #observed: Element | undefined;
  #observer: IntersectionObserver | undefined;
  #counter = new CharacterCountAnnouncer(this);
  #builtInGeocoder: Promise<Geocoder | undefined> | undefined;
  /** The confirmation and receipt views, once loaded (`report-receipt.ts`). */
  #views: Views | undefined;

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('receipt') && this.receipt) void this.#follow(this.receipt);
  }

  protected override updated(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('#map');
    // The confirmation or the receipt view replaced the map's frame: the map goes with it.
    if (this.#layer && this.#layerContainer !== frame) {
      this.#layer.destroy();
      this.#layer = undefined;
      this.mapState = 'waiting';
    }
    // The map loads only when its frame comes near the viewport.
    if (frame && this.mapState === 'waiting' && this.#observed !== frame) {
      this.#observer?.disconnect();
      this.#observed = frame;
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.#startMap();
      }, { rootMargin: '300px' });
      this.#observer.observe(frame);
    }
  }

  // ── Work ────────────────────────────────────────────────────────────────────────────

  #stop(): void {
    for (const work of [this.#loading, this.#searching, this.#reversing, this.#listing]) work?.abort();
    clearTimeout(this.#suggestTimer);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
    this.#layer?.destroy();
    this.#layer = undefined;
    if (this.mapState !== 'failed') this.mapState = 'waiting';
  }

  protected override async load(): Promise<void> {
    this.#stop();
    this.loadError = undefined;
    this.#maps = mapsFor({ api: this.api, siteKey: this.siteKey, client: this.client });
    this.#builtInGeocoder = undefined;
    const hashed = location.hash.includes(receiptHash) ? decodeURIComponent(location.hash.split(receiptHash)[1]!.split('&')[0]!) : '';
    if (!this.receipt && hashed && !this.followed) void this.#follow(hashed);
    if (!this.map || !this.#maps) return;
    const loading = (this.#loading = new AbortController());
    try {
      const data = await this.#maps.get(this.map, { signal: loading.signal });
      if (loading.signal.aborted) return;
      this.data = data;
      const { west, south, east, north } = data.bounds;
      this.listBox ??= [west, south, east, north];
      void this.#list();
    } catch (error) {
      if (loading.signal.aborted) return;
      this.loadError = error;
      this.dispatchEvent(new InspraakErrorEvent(error));
    }
  }

  /** The city's own geocoder, else the built-in one the map names (its code loads on first use). */
  async #geocoder(): Promise<Geocoder | undefined> {
    const data = this.data;
    if (this.geocoder || !data) return this.geocoder;
    return (this.#builtInGeocoder ??= import('./geocoder.ts').then((module) => module.geocoderFor(data.geocoder, data.center, data.bounds)));
  }

  /** Whether there is an address search, and whether it suggests while typing (Nominatim does not). */
  #searchKind(): 'suggest' | 'submit' | undefined {
    const config = this.data?.geocoder;
    if (this.geocoder) return this.geocoder.suggest ? 'suggest' : 'submit';
    return !config?.url || config.kind === 'none' ? undefined : config.kind === 'pdok-locatieserver' ? 'suggest' : 'submit';
  }

  async #startMap(): Promise<void> {
    const data = this.data;
    const container = this.renderRoot.querySelector<HTMLElement>('#map');
    if (!data || !container || this.mapState !== 'waiting') return;
    this.#observer?.disconnect();
    this.mapState = 'loading';
    try {
      const module = await InspraakFeedbackMap.loadMapLayer();
      const root = this.shadowRoot!;
      // Leaflet's CSS goes first, so the widget's own rules win; none of it reaches the page.
      if (!root.adoptedStyleSheets.includes(module.styleSheets[0]!)) root.adoptedStyleSheets = [...module.styleSheets.slice(0, 1), ...root.adoptedStyleSheets, ...module.styleSheets.slice(1)];
      this.#layer = module.createMapLayer({
        container,
        map: data,
        animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
        summary: (count, categories) => this.#localizer()?.t('clusterSummary', { count, categories: this.#localizer()!.list(categories) }) ?? '',
        clusters: (bbox, zoom, signal) => this.#maps!.clusters(this.map, { bbox, zoom }, { signal }),
        onPick: (lat, lng, how) => void this.#choose({ lat, lng, label: '' }, how),
        onCrosshair: (lat, lng) => void this.#announcePoint(lat, lng),
        onView: (bbox) => {
          if (this.listTitle) return;
          this.listBox = bbox;
          void this.#list();
        },
        onCluster: (cluster, label) => void this.#openCluster(cluster, label),
        onTilesFailed: () => this.#mapFailed(),
      });
      this.#layerContainer = container;
      this.mapState = 'ready';
      if (this.place) this.#layer.setPin(this.place, true);
    } catch (error) {
      console.warn('Inspraak: the map could not load', error);
      this.#mapFailed();
    }
  }

  #mapFailed(): void {
    this.#layer?.destroy();
    this.#layer = undefined;
    this.mapState = 'failed';
    // The list follows the chosen place (or the whole map) again, as without a map.
    if (!this.listTitle) this.#listAround();
  }

  async #list(): Promise<void> {
    const box = this.listBox;
    if (!box || !this.#maps) return;
    this.#listing?.abort();
    const listing = (this.#listing = new AbortController());
    this.listError = undefined;
    try {
      const page = await this.#maps.reports.list(this.map, { bbox: box.map((value) => value.toFixed(6)).join(','), limit: 20 }, { signal: listing.signal });
      if (!listing.signal.aborted) this.reports = page.items;
    } catch (error) {
      if (listing.signal.aborted) return;
      this.listError = error;
    }
  }

  /** Without a map, the list shows the reports around the chosen place (or the whole map). */
  #listAround(): void {
    const data = this.data;
    if (!data) return;
    const { west, south, east, north } = data.bounds;
    this.listBox = this.place ? boxAround(this.place.lat, this.place.lng) : [west, south, east, north];
    void this.#list();
  }

  async #openCluster(cluster: ReportCluster, label: string): Promise<void> {
    const { west, south, east, north } = cluster.bounds;
    // A cell's bounds are the extremes of its reports: widen a point a little to hold it.
    const pad = 0.00001;
    this.listBox = [west - pad, south - pad, east + pad, north + pad];
    this.listTitle = label;
    await this.#list();
    await this.updateComplete;
    this.shadowRoot?.getElementById('list-heading')?.focus();
  }

  async #showAll(): Promise<void> {
    this.listTitle = '';
    this.#listAround();
    await this.updateComplete;
    this.shadowRoot?.getElementById('list-heading')?.focus();
  }

  async #choose(found: Place, how: 'address' | 'location' | 'pointer' | 'keyboard'): Promise<void> {
    if (found.lat === undefined || found.lng === undefined) return;
    const l = this.#localizer();
    const coordinates = l ? this.#coordinates(l, found.lat, found.lng) : '';
    const place: Chosen = { lat: found.lat, lng: found.lng, label: found.label || coordinates, address: found.label || undefined };
    this.place = place;
    this.#clearError('address');
    this.#layer?.setPin(place, how === 'address' || how === 'location');
    if (this.mapState !== 'ready' && !this.listTitle) this.#listAround();
    void this.#findDuplicates();
    if (l && how !== 'address') this.announcement = l.t('pinPlaced', { place: place.label });
    if (!found.label) {
      // A point from the map or the device: look up its address, if the geocoder may be asked.
      const address = await this.#reverse(found.lat, found.lng);
      if (address && this.place === place) {
        this.place = { ...place, label: address, address };
        if (l && how !== 'address') this.announcement = l.t('pinPlaced', { place: address });
      }
    }
  }

  async #reverse(lat: number, lng: number): Promise<string | undefined> {
    this.#reversing?.abort();
    const reversing = (this.#reversing = new AbortController());
    try {
      const geocoder = await this.#geocoder();
      return await geocoder?.reverse?.(lat, lng, reversing.signal);
    } catch {
      return undefined;
    }
  }

  async #announcePoint(lat: number, lng: number): Promise<void> {
    const l = this.#localizer();
    if (!l) return;
    this.announcement = l.t('crosshairAt', { place: this.#coordinates(l, lat, lng) });
    const address = await this.#reverse(lat, lng);
    if (address) this.announcement = l.t('crosshairAt', { place: address });
  }

  async #findDuplicates(): Promise<void> {
    const place = this.place;
    if (!place || !this.category || !this.#maps) {
      this.duplicates = [];
      return;
    }
    try {
      const found = await this.#maps.reports.nearby(this.map, { lat: place.lat, lng: place.lng, category: this.category, radius: 100 });
      if (this.place === place) this.duplicates = found.items;
    } catch {
      // "Already reported?" is a help, not a step: a failed lookup shows nothing.
      this.duplicates = [];
    }
  }

  async #search(submitted: boolean): Promise<void> {
    const l = this.#localizer();
    const query = this.query.trim();
    if (!l || query.length < (submitted ? 1 : 3)) {
      this.suggestions = [];
      return;
    }
    this.#searching?.abort();
    const searching = (this.#searching = new AbortController());
    try {
      const geocoder = await this.#geocoder();
      if (!geocoder || (!submitted && !geocoder.suggest)) return;
      const found = submitted ? await geocoder.search(query, searching.signal) : await geocoder.suggest!(query, searching.signal);
      if (searching.signal.aborted) return;
      this.suggestions = found;
      this.active = -1;
      this.searchMessage = found.length ? l.t('suggestions', { count: found.length }) : l.t('noAddress');
      if (submitted && found.length === 1) await this.#pick(found[0]!);
    } catch (error) {
      if (searching.signal.aborted) return;
      console.warn('Inspraak: address search failed', error);
      this.suggestions = [];
      this.searchMessage = l.t('searchFailed');
    }
  }

  async #pick(suggestion: Place): Promise<void> {
    const geocoder = await this.#geocoder();
    this.suggestions = [];
    this.active = -1;
    this.query = suggestion.label;
    this.searchMessage = '';
    let place = suggestion;
    if ((place.lat === undefined || place.lng === undefined) && geocoder?.resolve) {
      try {
        place = await geocoder.resolve(suggestion, new AbortController().signal);
      } catch {
        const l = this.#localizer();
        if (l) this.searchMessage = l.t('searchFailed');
        return;
      }
    }
    await this.#choose(place, 'address');
  }

  #locate(): void {
    const l = this.#localizer();
    if (!l) return;
    if (!('geolocation' in navigator)) {
      this.searchMessage = l.t('locationUnsupported');
      return;
    }
    this.locating = true;
    this.searchMessage = l.t('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = false;
        this.searchMessage = '';
        void this.#choose({ lat: position.coords.latitude, lng: position.coords.longitude, label: '' }, 'location');
      },
      (error) => {
        this.locating = false;
        this.searchMessage = l.t(error.code === error.PERMISSION_DENIED ? 'locationDenied' : 'locationUnavailable');
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  /** Checks what the server cannot: a place, a category, a description, the photos' count. */
  #validate(l: L, data: FeedbackMap): Record<string, string> {
    const errors: Record<string, string> = {};
    if (!this.place) errors.address = l.t('errorPlace');
    if (!this.category) errors['category-0'] = l.t('errorCategory');
    if (!this.description.trim()) errors.description = l.t('errorDescription');
    if (this.photos.length > data.limits.photosPerReport) errors.photos = l.t('errorPhotoCount', { count: data.limits.photosPerReport });
    return errors;
  }

  async #send(): Promise<void> {
    const data = this.data;
    const maps = this.#maps;
    const l = this.#localizer();
    if (!data || !maps || !l || this.submitting) return;
    this.sendError = undefined;
    this.errors = this.#validate(l, data);
    if (Object.keys(this.errors).length) return this.#focusSummary();
    const place = this.place!;
    const questions = data.categories.find((category) => category.code === this.category)?.questions ?? [];
    const answers = Object.fromEntries(questions.filter((question) => this.answers[question.id]?.trim()).map((question) => [question.id, this.answers[question.id]!.trim()]));
    const report: ReportCreate = {
      category: this.category,
      lat: Number(place.lat.toFixed(7)),
      lng: Number(place.lng.toFixed(7)),
      description: this.description.trim(),
      address: place.address ?? null,
      answers,
    };
    if (!this.dispatchEvent(new InspraakReportSubmitEvent({ mapId: this.map, report }))) return;
    this.submitting = true;
    // The confirmation's code downloads while the report is sent.
    const views = this.#loadViews();
    views.catch(() => {}); // a failed download is reported below, once the report is in
    try {
      const receipt = await maps.reports.create(this.map, report);
      await views;
      this.submitting = false;
      this.sent = receipt;
      const photos = this.photos;
      this.upload = photos.length ? { done: 0, total: photos.length, failed: [] } : undefined;
      await this.updateComplete;
      this.shadowRoot?.getElementById('confirmation')?.focus();
      this.dispatchEvent(new InspraakReportSubmittedEvent(receipt));
      if (!photos.length) return;
      const vl = this.#viewLocalizer()!;
      const added = await (await views).uploadPhotos(maps, receipt, photos, vl, this.#size(l), (upload) => (this.upload = upload), (error) => this.dispatchEvent(new InspraakErrorEvent(error)));
      this.photos = [];
      if (added) this.announcement = vl.t('photosSent', { count: added });
    } catch (error) {
      this.submitting = false;
      this.dispatchEvent(new InspraakErrorEvent(error));
      // The mapping travels with the confirmation's chunk, which is loading or here by now.
      const fields = (await views.catch(() => undefined))?.fieldErrors(l, error, this.description, this.data?.limits.descriptionMaxLength ?? 0) ?? {};
      if (Object.keys(fields).length) {
        this.errors = fields;
        return this.#focusSummary();
      }
      this.sendError = error;
      await this.updateComplete;
      this.shadowRoot?.getElementById('send-error')?.focus();
    }
  }

  async #follow(receipt: string): Promise<void> {
    this.followed = { receipt };
    const maps = this.#maps ?? mapsFor({ api: this.api, siteKey: this.siteKey, client: this.client });
    if (!maps) return;
    const views = this.#loadViews();
    try {
      const report = await maps.reports.byReceipt(receipt);
      // A receipt in the page's address belongs to one map: another map on the page shows its form.
      this.followed = this.receipt || !this.map || report.properties.mapId === this.map ? { receipt, report } : undefined;
    } catch (error) {
      this.followed = { receipt, error };
    }
    await views;
  }

  /** Loads the confirmation and receipt views, and their texts in the page's language. */
  async #loadViews(): Promise<Views> {
    const views = await import('./report-receipt.ts');
    await new Promise<void>((resolve) => localizerFor(this.language, views.viewTexts, {}, resolve) && resolve());
    const root = this.shadowRoot!;
    if (!root.adoptedStyleSheets.includes(views.viewStyles.styleSheet!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, views.viewStyles.styleSheet!];
    this.#views = views;
    this.requestUpdate();
    return views;
  }

  async #focusSummary(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.getElementById('error-summary')?.focus();
  }

  #clearError(id: string): void {
    if (!this.errors[id]) return;
    const { [id]: _, ...rest } = this.errors;
    this.errors = rest;
  }

  #coordinates(l: L, lat: number, lng: number): string {
    const format = (value: number) => l.number(value, { minimumFractionDigits: 5, maximumFractionDigits: 5 });
    return l.t('coordinates', { lat: format(lat), lng: format(lng) });
  }

  #size(l: L): string {
    const bytes = this.data?.limits.photoMaxBytes ?? 0;
    return l.number(bytes / 1024 / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  }

  #receiptLink(receipt: string): string {
    const url = new URL(location.href);
    url.hash = `${receiptHash}${encodeURIComponent(receipt)}`;
    return url.href;
  }

  /** The texts in the page's language, or `undefined` while that language is still loading. */
  #localizer(): L | undefined {
    return localizerFor(this.language, mapTexts, this.texts, () => this.requestUpdate());
  }

  /** The texts of the confirmation and receipt views, once their chunk is here. */
  #viewLocalizer(): Localizer<ViewTexts> | undefined {
    return this.#views && localizerFor(this.language, this.#views.viewTexts, this.texts, () => this.requestUpdate());
  }

  // ── Handlers ────────────────────────────────────────────────────────────────────────

  #handleQuery(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#suggestTimer);
    this.#suggestTimer = setTimeout(() => void this.#search(false), suggestDelay);
  }

  #handleQueryKey(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      this.active = event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.#suggestTimer);
      if (this.active >= 0 && this.suggestions[this.active]) void this.#pick(this.suggestions[this.active]!);
      else void this.#search(true);
    } else if (event.key === 'Escape') {
      if (count) this.suggestions = [];
      else this.query = '';
      this.active = -1;
    }
  }

  #handleCategory(event: Event): void {
    this.category = (event.target as HTMLInputElement).value;
    this.#clearError('category-0');
    void this.#findDuplicates();
  }

  #handleAnswer(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    this.answers = { ...this.answers, [control.name]: control.value };
    this.#clearError(`answer-${control.name}`);
  }

  #handleDescription(event: Event): void {
    this.description = (event.target as HTMLTextAreaElement).value;
    const l = this.#localizer();
    if (l && this.data) this.#counter.schedule(this.#countText(l, this.description, this.data.limits.descriptionMaxLength));
  }

  async #handlePhotos(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const l = this.#localizer();
    const data = this.data;
    if (!l || !data) return;
    const files = [...(input.files ?? [])];
    input.value = '';
    const { readPhotos } = await import('./photo-files.ts');
    const { added, problems } = await readPhotos(files, this.photos.length, data.limits, l, this.#size(l));
    this.photos = [...this.photos, ...added];
    this.#clearError('photos');
    if (problems.length) this.errors = { ...this.errors, photos: problems.join(' ') };
  }

  async #handleRemovePhoto(photo: Photo): Promise<void> {
    this.photos = this.photos.filter((kept) => kept !== photo);
    await this.updateComplete;
    this.shadowRoot?.getElementById('photos')?.focus();
  }

  async #handleSupport(report: Report): Promise<void> {
    const l = this.#localizer();
    try {
      const result = await this.#maps!.reports.support(report.id);
      this.supported = [...this.supported, report.id];
      const update = (item: Report) => (item.id === report.id ? { ...item, properties: { ...item.properties, supportCount: result.supportCount } } : item);
      this.reports = this.reports?.map(update);
      this.duplicates = this.duplicates.map((item) => ({ ...item, report: update(item.report) }));
      if (l) this.announcement = l.t('supportedNow');
    } catch (error) {
      this.dispatchEvent(new InspraakErrorEvent(error));
      if (l) this.announcement = l.t(errorTextKey(error));
    }
  }

  async #handleCopy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      const vl = this.#viewLocalizer();
      if (vl) this.announcement = vl.t('copied');
    } catch {
      // No clipboard (an insecure page, a refusal): select the link so the resident can copy it.
      this.shadowRoot?.querySelector<HTMLInputElement>('#receipt')?.select();
    }
  }

  async #handleAnother(): Promise<void> {
    this.sent = undefined;
    this.upload = undefined;
    this.place = undefined;
    this.query = '';
    this.category = '';
    this.answers = {};
    this.description = '';
    this.duplicates = [];
    this.announcement = '';
    this.#layer?.setPin(undefined);
    await this.updateComplete;
    this.shadowRoot?.getElementById('address')?.focus();
  }

  async #handleBack(): Promise<void> {
    this.followed = undefined;
    this.receipt = '';
    await this.updateComplete;
    this.shadowRoot?.getElementById('title')?.focus();
  }

  async #handleRetry(): Promise<void> {
    await this.load();
    this.shadowRoot?.getElementById('title')?.focus();
  }

  #countText(l: L, value: string, max: number): string {
    const left = max - value.length;
    return left >= 0 ? l.t('countLeft', { count: left }) : l.t('countOver', { count: -left });
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const l = this.#localizer();
    return html`<div part="base" class="base" lang=${l?.lang ?? fallbackLanguage}>
      ${l ? this.#renderContent(l) : this.#renderSkeleton('')}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#counter.text}</div>
    </div>`;
  }

  #renderContent(l: L): TemplateResult {
    const views = this.#views;
    const vl = this.#viewLocalizer();
    if (this.followed) {
      const { report, error, receipt } = this.followed;
      return views && vl
        ? views.renderFollowed(vl, { report, failed: !!error, level: this.headingLevel, onBack: this.map ? () => this.#handleBack() : undefined, host: this, receipt })
        : this.#renderSkeleton(l.t('loading'));
    }
    if (this.loadError) return this.#renderLoadError(l);
    const data = this.data;
    if (!data) return this.#renderSkeleton(l.t('loading'));
    if (this.sent && views && vl) {
      const link = this.#receiptLink(this.sent.receipt);
      return views.renderSent(vl, { sent: this.sent, upload: this.upload, link, level: this.headingLevel, onCopy: () => this.#handleCopy(link), onAnother: () => this.#handleAnother() });
    }
    const summary: SummaryError[] = Object.entries(this.errors).map(([id, message]) => ({ id, message }));
    return html`
      ${heading(this.headingLevel, data.title, 'title', 'title', 'title')}
      ${data.description ? html`<p>${data.description}</p>` : nothing}
      ${summary.length ? errorSummary(l.t('summaryTitle'), summary, this.headingLevel + 1, (id) => focusField(this.renderRoot, id)) : nothing}
      ${data.status === 'closed'
        ? html`<p part="closed" class="error notice">${l.t('mapClosed')}</p>`
        : html`${this.#renderPlace(l, data)} ${this.#renderForm(l, data)}`}
      ${this.#renderList(l, data)}
    `;
  }

  #renderSkeleton(label: string): TemplateResult {
    return html`<div part="skeleton" class="skeleton">
      <span class="visually-hidden">${label}</span>
      <span class="skeleton-line"></span>
      <span class="skeleton-line tall"></span>
      <span class="skeleton-line"></span>
    </div>`;
  }

  #renderPlace(l: L, data: FeedbackMap): TemplateResult {
    const search = this.#searchKind();
    const expanded = this.suggestions.length > 0;
    const error = this.errors.address;
    return html`<section part="place" class="place" aria-labelledby="place-heading">
      ${heading(this.headingLevel + 1, l.t('placeLegend'), 'place-heading')}
      ${search
        ? html`<div class="field ${error ? 'has-error' : ''}" role="search">
            <label part="label" class="label" for="address">${l.t('addressLabel')}</label>
            <p part="hint" class="hint" id="address-hint">${search === 'suggest' ? l.t('addressHint') : l.t('addressHintSubmit')}</p>
            ${this.#errorMessage(l, 'address', error)}
            <div class="search-row">
              <div class="combobox">
                <input
                  type="text"
                  id="address"
                  part="input"
                  role="combobox"
                  autocomplete="off"
                  aria-autocomplete="list"
                  aria-expanded=${expanded ? 'true' : 'false'}
                  aria-controls="suggestions"
                  aria-activedescendant=${this.active >= 0 ? `suggestion-${this.active}` : nothing}
                  aria-describedby="address-hint ${error ? 'address-error' : ''} place-chosen"
                  aria-invalid=${error ? 'true' : nothing}
                  .value=${this.query}
                  @input=${this.#handleQuery}
                  @keydown=${this.#handleQueryKey}
                />
                <ul id="suggestions" role="listbox" aria-label=${l.t('addressLabel')} ?hidden=${!expanded} @mousedown=${(event: Event) => event.preventDefault()}>
                  ${this.suggestions.map(
                    (suggestion, index) => html`<li
                      id="suggestion-${index}"
                      role="option"
                      aria-selected=${index === this.active ? 'true' : 'false'}
                      @click=${() => this.#pick(suggestion)}
                    >
                      ${suggestion.label}
                    </li>`,
                  )}
                </ul>
              </div>
              <button type="button" part="button search-button" class="secondary" @click=${() => this.#search(true)}>${l.t('search')}</button>
            </div>
          </div>`
        : error
          ? html`<p part="error-message" class="error-message" id="address"  tabindex="-1">${error}</p>`
          : nothing}
      <div class="actions">
        <button type="button" part="button location-button" class="secondary" aria-disabled=${this.locating ? 'true' : 'false'} @click=${this.#locate}>
          ${l.t('useLocation')}
        </button>
      </div>
      <p class="meta" role="status">${this.searchMessage}</p>
      <p id="place-chosen" class=${this.place ? 'chosen' : 'meta'}>${this.place ? l.t('placeChosen', { place: this.place.label }) : l.t('placeNone')}</p>
      ${this.#renderMap(l, data)}
    </section>`;
  }

  #renderMap(l: L, data: FeedbackMap): TemplateResult {
    if (this.mapState === 'failed') return html`<p class="error notice" role="status">${l.t('mapFailed')}</p>`;
    return html`<div class="map-frame">
      <p class="hint" id="map-hint">${l.t('mapHint')}</p>
      <div class="map-stage">
        <div id="map" part="map" class="map" tabindex="0" role="application" aria-roledescription=${l.t('mapRole')} aria-label=${data.title} aria-describedby="map-hint"></div>
        <span class="crosshair" aria-hidden="true"></span>
        ${this.mapState === 'ready'
          ? html`<div class="zoom">
              <button type="button" part="button" aria-label=${l.t('zoomIn')} @click=${() => this.#layer?.zoomBy(1)}>+</button>
              <button type="button" part="button" aria-label=${l.t('zoomOut')} @click=${() => this.#layer?.zoomBy(-1)}>−</button>
            </div>`
          : nothing}
      </div>
      ${this.mapState === 'ready' ? nothing : html`<p class="meta">${l.t('mapLoading')}</p>`}
      <p part="attribution" class="attribution meta">${data.tiles.attribution}</p>
    </div>`;
  }

  #renderForm(l: L, data: FeedbackMap): TemplateResult {
    const category = data.categories.find((item) => item.code === this.category);
    const max = data.limits.descriptionMaxLength;
    const categoryError = this.errors['category-0'];
    return html`<form part="form" novalidate @submit=${(event: Event) => (event.preventDefault(), void this.#send())}>
      ${heading(this.headingLevel + 1, l.t('formHeading'), 'form-heading')}
      <fieldset class="field ${categoryError ? 'has-error' : ''}" aria-describedby=${categoryError ? 'category-error' : nothing}>
        <legend>${l.t('categoryLegend')}</legend>
        ${this.#errorMessage(l, 'category', categoryError)}
        ${data.categories.map(
          (item, index) => html`<label class="choice">
            <input type="radio" name="category" id="category-${index}" value=${item.code} .checked=${this.category === item.code} @change=${this.#handleCategory} />
            <span>${item.name}${item.description ? html`<span class="hint visually-hidden">. ${item.description}</span>` : nothing}</span>
          </label>`,
        )}
      </fieldset>
      ${category?.questions.map((question) => {
        const id = `answer-${question.id}`;
        const label = question.required ? question.label : `${question.label} ${l.t('optional')}`;
        if (question.kind === 'choice') {
          const error = this.errors[id];
          return html`<fieldset class="field ${error ? 'has-error' : ''}" aria-describedby=${[question.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing}>
            <legend>${label}</legend>
            ${question.hint ? html`<p part="hint" class="hint" id="${id}-hint">${question.hint}</p>` : nothing}
            ${this.#errorMessage(l, id, error)}
            ${(question.choices ?? []).map(
              (choice, index) => html`<label class="choice">
                <input
                  type="radio"
                  name=${question.id}
                  id=${index ? `${id}-${index}` : id}
                  value=${choice.id}
                  aria-invalid=${error ? 'true' : nothing}
                  .checked=${this.answers[question.id] === choice.id}
                  @change=${this.#handleAnswer}
                />
                <span>${choice.label}</span>
              </label>`,
            )}
          </fieldset>`;
        }
        return formField({
          id,
          label,
          hint: question.hint,
          error: this.errors[id],
          errorPrefix: l.t('errorPrefix'),
          control: (describedBy, invalid) =>
            html`<input type="text" id=${id} name=${question.id} maxlength=${ReportCreateLimits.answers.additionalProperties.maxLength} aria-describedby=${describedBy || nothing} aria-invalid=${invalid} .value=${this.answers[question.id] ?? ''} @input=${this.#handleAnswer} />`,
        });
      }) ?? nothing}
      ${this.duplicates.length
        ? html`<section part="duplicates" class="duplicates" aria-labelledby="duplicates-heading">
            ${heading(this.headingLevel + 2, l.t('duplicatesHeading'), 'duplicates-heading')}
            <p>${l.t('duplicatesText')}</p>
            <ul class="reports">
              ${this.duplicates.map(({ report, distance }) => this.#renderReport(l, report, 'duplicate', l.t('distance', { distance: Math.round(distance) })))}
            </ul>
          </section>`
        : nothing}
      ${formField({
        id: 'description',
        label: l.t('descriptionLabel'),
        hint: l.t('descriptionHint'),
        error: this.errors.description,
        errorPrefix: l.t('errorPrefix'),
        count: characterCount('description', l.t('countInfo', { max }), this.#countText(l, this.description, max), this.description.length > max),
        control: (describedBy, invalid) =>
          html`<textarea id="description" name="description" rows="5" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.description} @input=${this.#handleDescription}></textarea>`,
      })}
      ${data.limits.photosPerReport > 0 ? this.#renderPhotos(l, data) : nothing}
      ${this.sendError
        ? html`<div part="error" class="error" role="alert" id="send-error" tabindex="-1">
            <p class="error-title">${l.t(errorTextKey(this.sendError))}</p>
            <p>${l.t('kept')}</p>
            ${this.#requestId(l, this.sendError)}
          </div>`
        : nothing}
      <div class="actions">
        <button type="submit" part="button submit-button" class="primary" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${this.submitting ? l.t('submitting') : l.t('submit')}
        </button>
      </div>
    </form>`;
  }

  #renderPhotos(l: L, data: FeedbackMap): TemplateResult {
    const count = data.limits.photosPerReport;
    return html`${formField({
        id: 'photos',
        label: l.t('photosLabel'),
        hint: l.t('photosHint', { count, size: this.#size(l) }),
        error: this.errors.photos,
        errorPrefix: l.t('errorPrefix'),
        control: (describedBy, invalid) =>
          html`<input
            type="file"
            id="photos"
            name="photos"
            accept="image/jpeg,image/png,image/webp"
            multiple
            ?disabled=${this.photos.length >= count}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${invalid}
            @change=${this.#handlePhotos}
          />`,
      })}
      ${this.photos.length
        ? html`<ul class="photos">
            ${this.photos.map(
              (photo) => html`<li>
                <img src=${photo.preview} alt=${l.t('photoPreview', { name: photo.file.name })} />
                <button type="button" part="button" class="secondary" @click=${() => this.#handleRemovePhoto(photo)}>
                  ${l.t('photoRemove', { name: photo.file.name })}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}`;
  }

  #renderList(l: L, _data: FeedbackMap): TemplateResult {
    return html`<section part="list" class="list" aria-labelledby="list-heading">
      ${heading(this.headingLevel + 1, this.listTitle || l.t('listHeading'), 'list-heading')}
      ${this.listError
        ? html`<p class="error" role="status">${l.t('listFailed')} ${l.t(errorTextKey(this.listError))}</p>`
        : !this.reports
          ? html`<p class="meta">${l.t('listLoading')}</p>`
          : this.reports.length
            ? html`<ul class="reports">${this.reports.map((report) => this.#renderReport(l, report, 'list', l.t('reportedOn', { date: l.date(report.properties.requestedDatetime) })))}</ul>`
            : html`<p>${l.t('listEmpty')}</p>`}
      ${this.listTitle
        ? html`<div class="actions"><button type="button" part="button" class="secondary" @click=${this.#showAll}>${l.t('listAll')}</button></div>`
        : nothing}
    </section>`;
  }

  #renderReport(l: L, report: Report, where: string, meta: string): TemplateResult {
    const { properties } = report;
    const id = `${where}-${report.id}`;
    const supported = this.supported.includes(report.id);
    return html`<li part="report" class="report">
      <span class="report-title" id="${id}-title">${properties.serviceName}</span>
      <span id="${id}-text">${properties.description}</span>
      ${properties.address ? html`<span class="meta">${properties.address}</span>` : nothing}
      <span class="meta">${meta}. ${l.t('status', { status: l.t(statusKey(properties.status)) })}. ${l.t('supportCount', { count: properties.supportCount })}</span>
      <div class="actions">
        <button
          type="button"
          part="button support-button"
          class="secondary"
          aria-pressed=${supported ? 'true' : 'false'}
          aria-describedby="${id}-title ${id}-text"
          @click=${() => (supported ? undefined : this.#handleSupport(report))}
        >
          ${l.t('support')}
        </button>
      </div>
    </li>`;
  }

  #renderLoadError(l: L): TemplateResult {
    return html`${heading(this.headingLevel, l.t('formHeading'), 'title', 'title', 'title')}${renderLoadError(l, this.loadError, () => this.#handleRetry())}`;
  }

  /** An error next to its field, after a visually hidden "Fout:" (GOV.UK). */
  #errorMessage(l: L, id: string, error: string | undefined): TemplateResult | typeof nothing {
    return error
      ? html`<p part="error-message" class="error-message" id="${id}-error"><span class="visually-hidden">${l.t('errorPrefix')} </span>${error}</p>`
      : nothing;
  }

  #requestId(l: L, error: unknown): TemplateResult | typeof nothing {
    const requestId = (error as { requestId?: string } | undefined)?.requestId;
    return requestId ? html`<p class="meta">${l.t('requestId', { id: requestId })}</p>` : nothing;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'inspraak-feedback-map': InspraakFeedbackMap;
  }
}
