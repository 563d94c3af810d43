/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FeedbackMap, FeedbackMapCreate, InspraakClient, ReportPage } from '@inspraak/sdk';
import '../../define/feedback-map.ts';
import { expectAccessible, gatedFetch, participantClient, referencedText, text } from '../../../test/browser/fixtures.ts';
import { InspraakFeedbackMap } from './feedback-map.ts';
import type { InspraakReportSubmitEvent, InspraakReportSubmittedEvent } from './feedback-map-events.ts';

// The feedback map against the real server, with the map's tiles and the PDOK geocoder answered by
// local fixtures (test/browser/map-fixture-middleware.ts): no test reaches the internet.

const realLoader = InspraakFeedbackMap.loadMapLayer;

async function createMap(map: Partial<FeedbackMapCreate> = {}, geocoder?: 'nominatim'): Promise<FeedbackMap> {
  const response = await fetch('/__map/maps', { method: 'POST', body: JSON.stringify({ map, origin: location.origin, geocoder }) });
  if (!response.ok) throw new Error(`Creating a fixture map failed: ${await response.text()}`);
  return (await response.json()) as FeedbackMap;
}

async function adminReports(mapId: string): Promise<ReportPage> {
  return (await (await fetch(`/__map/maps/${mapId}/reports`)).json()) as ReportPage;
}

const root = (el: InspraakFeedbackMap) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: InspraakFeedbackMap, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: InspraakFeedbackMap, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const focused = (el: InspraakFeedbackMap) => root(el).activeElement as HTMLElement | null;
/** An element as a short string: chai's message for a node in a shadow root hangs the page. */
const who = (node: Element | null | undefined) => (!node ? 'nothing' : `${node.localName}${node.id ? `#${node.id}` : ''}`);
const live = (el: InspraakFeedbackMap) => text($(el, '[role="status"][aria-live="polite"]'));
const button = (el: InspraakFeedbackMap, name: string) => $$<HTMLButtonElement>(el, 'button').find((candidate) => text(candidate) === name);

/** A feedback map with a participant of its own; without the map layer unless `map: true`. */
async function render(map: FeedbackMap, options: { client?: InspraakClient; lang?: string; withMap?: boolean; failMap?: boolean } = {}) {
  const client = options.client ?? (await participantClient());
  InspraakFeedbackMap.loadMapLayer = options.withMap
    ? realLoader
    : options.failMap
      ? () => Promise.reject(new Error('Leaflet blocked'))
      : () => new Promise(() => {}); // the map never arrives: the widget must not need it
  const el = await fixture<InspraakFeedbackMap>(html`<inspraak-feedback-map map=${map.id} lang=${options.lang ?? 'nl'} .client=${client}></inspraak-feedback-map>`);
  await waitUntil(() => $(el, '#form-heading'), 'the map did not load', { timeout: 5000 });
  return el;
}

async function waitForMap(el: InspraakFeedbackMap) {
  await waitUntil(() => $(el, '.leaflet-tile-loaded'), 'no tile loaded', { timeout: 8000 });
}

/** Types in the address box and picks the suggestion with the keyboard, as the APG combobox does. */
async function searchAddress(el: InspraakFeedbackMap, query: string, expected: string) {
  $<HTMLInputElement>(el, '#address')!.focus();
  await sendKeys({ type: query });
  await waitUntil(() => $$(el, '[role="option"]').length > 0, 'no suggestions', { timeout: 4000 });
  const input = $<HTMLInputElement>(el, '#address')!;
  expect(input.getAttribute('aria-expanded')).to.equal('true');
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  const active = input.getAttribute('aria-activedescendant');
  expect(text(root(el).getElementById(active!))).to.equal(expected);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => text($(el, '#place-chosen')).includes(expected), 'the address was not chosen', { timeout: 4000 });
}

async function chooseCategory(el: InspraakFeedbackMap, name: string) {
  const radio = $$<HTMLInputElement>(el, 'input[name="category"]').find((input) => text(input.closest('label')).startsWith(name))!;
  radio.click();
  await el.updateComplete;
}

async function describe_(el: InspraakFeedbackMap, value: string) {
  const area = $<HTMLTextAreaElement>(el, '#description')!;
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** A small real JPEG, drawn in the browser. */
async function jpeg(name = 'lamp.jpg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c33';
  context.fillRect(0, 0, 64, 48);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/jpeg', 0.8));
  return new File([blob], name, { type: 'image/jpeg' });
}

async function pickFiles(el: InspraakFeedbackMap, files: File[]) {
  const input = $<HTMLInputElement>(el, '#photos')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => {
  InspraakFeedbackMap.loadMapLayer = realLoader;
});

describe('<inspraak-feedback-map>', () => {
  it('holds its space while loading, and says so', async () => {
    const map = await createMap();
    const gate = gatedFetch();
    const client = await participantClient(new Map(), gate.fetch);
    InspraakFeedbackMap.loadMapLayer = () => new Promise(() => {});
    const el = await fixture<InspraakFeedbackMap>(html`<inspraak-feedback-map map=${map.id} lang="nl" .client=${client}></inspraak-feedback-map>`);
    expect($(el, '[part="skeleton"]')).to.exist;
    expect(text($(el, '[part="skeleton"]'))).to.equal('De kaart wordt geladen.');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    await expectAccessible(el);
    gate.release();
    await waitUntil(() => $(el, '#form-heading'), 'the map did not load');
  });

  it('reports through the path without a map: address → list → send, and the report is stored', async () => {
    const map = await createMap();
    const el = await render(map, { failMap: true });
    await waitUntil(() => $(el, '.notice'), 'the failed map was not explained');
    expect(text($(el, '.notice'))).to.contain('De kaart kan nu niet laden');
    await expectAccessible(el); // Leaflet failed: the no-map list and form

    await searchAddress(el, 'Vreden', 'Vredenburg 40, 3511BD Utrecht');
    expect(who(focused(el))).to.equal('input#address');
    // The list follows the chosen place.
    await waitUntil(() => text($(el, '[part="list"]')).includes('Hier zijn nog geen meldingen.'), 'no list');

    const submits: InspraakReportSubmitEvent[] = [];
    const submitted: InspraakReportSubmittedEvent[] = [];
    el.addEventListener('inspraak-report-submit', (event) => submits.push(event));
    el.addEventListener('inspraak-report-submitted', (event) => submitted.push(event));
    await chooseCategory(el, 'Gat in de weg');
    // The category's required question appears as a group of radio buttons.
    const big = $<HTMLInputElement>(el, 'input[name="grootte"][value="groot"]')!;
    expect(text(big.closest('fieldset')!.querySelector('legend'))).to.equal('Hoe groot is het gat?');
    big.click();
    await describe_(el, 'Diep gat in het fietspad.');
    button(el, 'Verstuur mijn melding')!.click();

    await waitUntil(() => $(el, '#confirmation'), 'not sent', { timeout: 5000 });
    expect(who(focused(el))).to.equal('div#confirmation');
    expect(text($(el, '#confirmation'))).to.equal('Bedankt! Uw melding is ontvangen.');
    const link = $<HTMLInputElement>(el, '#receipt')!.value;
    expect(link).to.match(/#inspraak-report=rr_/);
    expect(submits[0]!.detail.report).to.include({ category: 'gat-in-de-weg', address: 'Vredenburg 40, 3511BD Utrecht' });
    expect(submitted[0]!.detail.receipt).to.equal(decodeURIComponent(link.split('#inspraak-report=')[1]!));
    await expectAccessible(el); // sent

    const stored = await adminReports(map.id);
    expect(stored.items).to.have.length(1);
    expect(stored.items[0]!.properties).to.include({ serviceCode: 'gat-in-de-weg', description: 'Diep gat in het fietspad.', address: 'Vredenburg 40, 3511BD Utrecht' });
    expect(stored.items[0]!.properties.answers).to.deep.equal({ grootte: 'groot' });
    expect(stored.items[0]!.properties.lat).to.be.closeTo(52.0925, 1e-6);

    // The receipt link shows the report's status later.
    const follower = await fixture<InspraakFeedbackMap>(
      html`<inspraak-feedback-map receipt=${submitted[0]!.detail.receipt} lang="nl" .client=${await participantClient()}></inspraak-feedback-map>`,
    );
    await waitUntil(() => text(follower.shadowRoot!.querySelector('[part="status"]')).includes('Status: gemeld'), 'no status');
    expect(text(follower.shadowRoot!.querySelector('[part="status"]'))).to.contain('Diep gat in het fietspad.');
    await expectAccessible(follower);
  });

  it('lets the reporter delete a followed report with the keyboard: a confirmation takes focus, then a status message', async () => {
    const map = await createMap();
    const client = await participantClient();
    const { report, receipt } = await client.maps.reports.create(map.id, { category: 'zwerfafval', lat: 52.0907, lng: 5.1214, description: 'Een melding die ik weer verwijder.' });
    const photo = await client.maps.reports.addPhoto(report.id, await jpeg(), { receipt });
    // The receipt link as the confirmation gives it: in the page's address.
    const address = location.href;
    history.replaceState(history.state, '', `#inspraak-report=${encodeURIComponent(receipt)}`);
    try {
      InspraakFeedbackMap.loadMapLayer = () => new Promise(() => {});
      const el = await fixture<InspraakFeedbackMap>(html`<inspraak-feedback-map map=${map.id} lang="nl" .client=${client}></inspraak-feedback-map>`);
      await waitUntil(() => $(el, '#erase'), 'no "Verwijder mijn melding" button', { timeout: 5000 });
      expect(text($(el, '[part="status"]'))).to.contain('Een melding die ik weer verwijder.');
      expect(text($(el, '#erase'))).to.equal('Verwijder mijn melding');
      await expectAccessible(el);

      $(el, '#erase')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'erase-heading', 'focus did not move to the confirmation');
      expect(text(focused(el))).to.equal('Wilt u uw melding echt verwijderen?');
      const confirmation = $(el, 'section.erase')!;
      expect(referencedText(confirmation, 'aria-labelledby')).to.equal('Wilt u uw melding echt verwijderen?');
      expect(referencedText(confirmation, 'aria-describedby')).to.contain('uw foto’s');
      expect(referencedText(confirmation, 'aria-describedby')).to.contain('U kunt dit niet ongedaan maken.');
      await expectAccessible(el);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => who(focused(el)) === 'button#erase', 'Escape did not return focus to the delete button');
      expect((await client.maps.reports.byReceipt(receipt)).id).to.equal(report.id);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'erase-heading', 'focus did not move to the confirmation again');
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Ja, verwijder mijn melding');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'erased', 'focus did not move to the status message', { timeout: 5000 });
      expect(text(focused(el))).to.equal('Uw melding is verwijderd.');
      expect(text($(el, '[part="base"]'))).not.to.contain('Een melding die ik weer verwijder.');
      expect(location.hash, 'the address no longer carries the receipt').to.equal('');
      await expectAccessible(el);
      const gone = await client.maps.reports.byReceipt(receipt).then(() => 0, (error: { status: number }) => error.status);
      expect(gone).to.equal(404);
      expect((await adminReports(map.id)).items).to.have.length(0);
      expect((await fetch(photo.url)).status, 'the photo is gone').to.equal(404);

      button(el, 'Naar het meldformulier')!.click();
      await waitUntil(() => $(el, '#form-heading'), 'the form did not come back');
    } finally {
      history.replaceState(history.state, '', address);
    }
  });

  it('lets a keyboard alone place the pin: arrows move an announced crosshair, Enter places it', async () => {
    const map = await createMap();
    const el = await render(map, { withMap: true });
    await waitForMap(el);
    await expectAccessible(el); // the map loaded
    const mapArea = $(el, '#map')!;
    expect(mapArea.getAttribute('aria-roledescription')).to.equal('kaart');
    expect(referencedText(mapArea, 'aria-describedby')).to.contain('verplaats het kruisje met de pijltjestoetsen');

    mapArea.focus();
    await sendKeys({ press: 'ArrowRight' });
    // First the coordinates, then the nearest address from the geocoder, politely.
    await waitUntil(() => live(el).startsWith('Kruisje bij Stationsplein') || live(el).startsWith('Kruisje bij Vredenburg') || live(el).startsWith('Kruisje bij Stadhuisbrug'), `no announcement: ${live(el)}`, {
      timeout: 4000,
    });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.pin'), 'no pin');
    // The pin stands where the crosshair was: the map's centre (its tip a little below the icon's middle).
    const area = mapArea.getBoundingClientRect();
    const pin = $(el, '.pin')!.getBoundingClientRect();
    expect(pin.left + pin.width / 2).to.be.closeTo(area.left + area.width / 2, 3);
    expect(pin.bottom).to.be.closeTo(area.top + area.height / 2, 8);
    await waitUntil(() => live(el).startsWith('Plek gekozen:'), 'the pin was not announced');
    expect(who(focused(el))).to.equal('div#map');
    expect(text($(el, '#place-chosen'))).to.match(/^Gekozen plek: /);
    await expectAccessible(el); // pin placed

    // On through the form with Tab, Space and typing only.
    for (let i = 0; i < 8 && focused(el)?.getAttribute('name') !== 'category'; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('name')).to.equal('category');
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 8 && who(focused(el)) !== 'textarea#description'; i += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'De lamp brandt niet.' });
    for (let i = 0; i < 8 && focused(el)?.getAttribute('type') !== 'submit'; i += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#confirmation'), 'not sent', { timeout: 5000 });
    expect(who(focused(el))).to.equal('div#confirmation');
    const stored = await adminReports(map.id);
    expect(stored.items[0]!.properties).to.include({ serviceCode: 'straatverlichting', description: 'De lamp brandt niet.' });
    // The crosshair moved east of the centre before Enter.
    expect(stored.items[0]!.properties.long).to.be.greaterThan(map.center.lng);
  });

  it('shows reports as clusters that say what they hold and open as a list', async () => {
    const map = await createMap({ zoom: 14 });
    const resident = await participantClient();
    const at = (i: number) => ({ lat: 52.0907 + i * 0.00002, lng: 5.1214 + i * 0.00002 });
    for (const [i, category] of ['gat-in-de-weg', 'gat-in-de-weg', 'straatverlichting', 'zwerfafval'].entries()) {
      await resident.maps.reports.create(map.id, { category, ...at(i), description: `Melding ${i + 1}`, answers: category === 'gat-in-de-weg' ? { grootte: 'klein' } : {} });
    }
    const el = await render(map, { withMap: true });
    await waitForMap(el);
    await waitUntil(() => $(el, '.cluster'), 'no cluster', { timeout: 5000 });
    const cluster = $(el, '.cluster')!;
    expect(text(cluster)).to.equal('4');
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.getAttribute('aria-label')).to.equal('4 meldingen: Gat in de weg (2), Kapotte straatverlichting (1) en Zwerfafval (1)');
    await expectAccessible(el);

    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => who(focused(el)) === 'div#list-heading', 'the cluster did not open as a list');
    expect(text($(el, '#list-heading'))).to.equal('4 meldingen: Gat in de weg (2), Kapotte straatverlichting (1) en Zwerfafval (1)');
    expect($$(el, '[part="list"] [part="report"]').map((item) => text(item.querySelector('.report-title')))).to.have.members([
      'Gat in de weg',
      'Gat in de weg',
      'Kapotte straatverlichting',
      'Zwerfafval',
    ]);
    button(el, 'Toon alle meldingen in dit gebied')!.click();
    await waitUntil(() => text($(el, '#list-heading')) === 'Meldingen in dit gebied', 'the list did not go back');
  });

  it('asks "already reported?" with nearby reports of the category, and counts a "me too"', async () => {
    const map = await createMap();
    const other = await participantClient();
    await other.maps.reports.create(map.id, { category: 'straatverlichting', lat: 52.0894, lng: 5.1102, description: 'Lamp bij de fietsenstalling is kapot.' });
    const el = await render(map);
    await searchAddress(el, 'Stationsplein', 'Stationsplein 1, 3511ED Utrecht');
    await chooseCategory(el, 'Kapotte straatverlichting');
    await waitUntil(() => $(el, '[part="duplicates"]'), 'no nearby reports');
    const duplicates = $(el, '[part="duplicates"]')!;
    expect(text(duplicates)).to.contain('Is dit al gemeld?');
    expect(text(duplicates)).to.contain('Lamp bij de fietsenstalling is kapot.');
    const support = duplicates.querySelector<HTMLButtonElement>('[part~="support-button"]')!;
    expect(referencedText(support, 'aria-describedby')).to.contain('Lamp bij de fietsenstalling is kapot.');
    expect(support.getAttribute('aria-pressed')).to.equal('false');
    support.click();
    await waitUntil(() => support.getAttribute('aria-pressed') === 'true', 'not supported');
    expect(text(duplicates)).to.contain('1 persoon ziet dit ook');
    expect(live(el)).to.equal('Bedankt. U steunt deze melding nu.');
    // The same report in the list below carries the same support.
    await waitUntil(() => $$(el, '[part="list"] [aria-pressed="true"]').length === 1, 'the list did not follow');
    await expectAccessible(el);
  });

  it('adds photos after the report: previews, remove, upload with progress', async () => {
    const map = await createMap();
    const el = await render(map);
    await searchAddress(el, 'Stadhuis', 'Stadhuisbrug 1, 3511LK Utrecht');
    await chooseCategory(el, 'Zwerfafval');
    await describe_(el, 'Vuilniszakken naast de container.');
    await pickFiles(el, [await jpeg('a.jpg'), await jpeg('b.jpg')]);
    await waitUntil(() => $$(el, '.photos img').length === 2, 'no previews');
    expect($$<HTMLImageElement>(el, '.photos img').map((img) => img.alt)).to.deep.equal(['Foto a.jpg', 'Foto b.jpg']);
    expect($<HTMLImageElement>(el, '.photos img')!.src).to.match(/^data:image\/jpeg/);
    button(el, 'Verwijder foto b.jpg')!.click();
    await waitUntil(() => $$(el, '.photos img').length === 1, 'not removed');
    expect(who(focused(el))).to.equal('input#photos');
    button(el, 'Verstuur mijn melding')!.click();
    await waitUntil(() => live(el) === 'Uw foto is toegevoegd.', `no upload: ${live(el)}`, { timeout: 8000 });
    const stored = await adminReports(map.id);
    expect(stored.items[0]!.properties.mediaUrls).to.have.length(1);
  });

  it('refuses a file that is not a photo, or too many, next to the field', async () => {
    const map = await createMap();
    const el = await render(map);
    await pickFiles(el, [new File(['hallo'], 'notitie.txt', { type: 'text/plain' })]);
    await waitUntil(() => $(el, '#photos-error'), 'no photo error');
    expect(text($(el, '#photos-error'))).to.equal('Fout: Het bestand notitie.txt is geen foto. Kies een JPG-, PNG- of WebP-foto.');
    expect(referencedText($(el, '#photos')!, 'aria-describedby')).to.contain('notitie.txt is geen foto');
    await pickFiles(el, [await jpeg('1.jpg'), await jpeg('2.jpg'), await jpeg('3.jpg'), await jpeg('4.jpg')]);
    await waitUntil(() => $$(el, '.photos img').length === 3, 'not three previews');
    expect(text($(el, '#photos-error'))).to.contain('U kunt 3 foto’s toevoegen.');
  });

  it('shows what is missing in an error summary that takes focus, then the server’s field errors, keeping what was entered', async () => {
    const map = await createMap();
    const el = await render(map);
    button(el, 'Verstuur mijn melding')!.click();
    await waitUntil(() => $(el, '#error-summary'), 'no summary');
    expect(who(focused(el))).to.equal('div#error-summary');
    expect($$(el, '#error-summary a').map(text)).to.deep.equal([
      'Kies een plek: zoek een adres, gebruik uw locatie of kies een plek op de kaart.',
      'Kies wat u wilt melden.',
      'Beschrijf wat u ziet.',
    ]);
    await expectAccessible(el); // form with errors
    $$<HTMLAnchorElement>(el, '#error-summary a')[2]!.click();
    expect(who(focused(el))).to.equal('textarea#description');

    // An address outside the map, a required answer left open, a description over the limit: the server says so per field.
    await searchAddress(el, 'Dam', 'Dam 1, 1012JS Amsterdam');
    await chooseCategory(el, 'Gat in de weg');
    const long = 'x'.repeat(map.limits.descriptionMaxLength + 5);
    await describe_(el, long);
    expect(text($(el, '[part="count"]'))).to.contain('U heeft 5 tekens te veel');
    button(el, 'Verstuur mijn melding')!.click();
    // The server checks the request's shape first: the description.
    await el.updateComplete; // the earlier errors go while the report is sent
    await waitUntil(() => who(focused(el)) === 'div#error-summary', 'no errors from the server', { timeout: 5000 });
    expect(text($(el, '#description-error'))).to.equal(`Fout: Maak de beschrijving korter. U kunt ${map.limits.descriptionMaxLength.toLocaleString('nl')} tekens gebruiken.`);
    expect(referencedText($(el, '#description')!, 'aria-describedby')).to.contain('Maak de beschrijving korter');
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal(long);

    // Then the map's rules: the place, the required answer.
    await describe_(el, 'Een diep gat.');
    button(el, 'Verstuur mijn melding')!.click();
    await el.updateComplete;
    await waitUntil(() => who(focused(el)) === 'div#error-summary', 'no place error from the server', { timeout: 5000 });
    expect(text($(el, '#address-error'))).to.equal('Fout: Deze plek ligt buiten het gebied van deze kaart. Kies een plek binnen het gebied.');
    expect(text($(el, '#answer-grootte-error'))).to.equal('Fout: Beantwoord deze vraag.');
    expect($(el, '#description-error')).to.equal(null);
    expect($(el, '#address')!.getAttribute('aria-invalid')).to.equal('true');
    // Nothing the resident entered is lost.
    expect($<HTMLInputElement>(el, '#address')!.value).to.equal('Dam 1, 1012JS Amsterdam');
    expect($<HTMLInputElement>(el, 'input[name="category"][value="gat-in-de-weg"]')!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal('Een diep gat.');
    expect((await adminReports(map.id)).items).to.have.length(0);
    await expectAccessible(el);
  });

  it('is busy while sending, and a host may stop the report', async () => {
    const map = await createMap();
    let release = () => {};
    // Writes wait until released; reads go through.
    const client = await participantClient(new Map(), async (input, init) => {
      if ((input instanceof Request ? input.method : init?.method)?.toUpperCase() === 'POST' && String(input instanceof Request ? input.url : input).includes('/reports')) {
        await new Promise<void>((resolve) => (release = resolve));
      }
      return fetch(input, init);
    });
    const widget = await render(map, { client });
    await searchAddress(widget, 'Vreden', 'Vredenburg 40, 3511BD Utrecht');
    await chooseCategory(widget, 'Zwerfafval');
    await describe_(widget, 'Een fiets in de gracht.');
    const stop = (event: Event) => event.preventDefault();
    widget.addEventListener('inspraak-report-submit', stop, { once: true });
    button(widget, 'Verstuur mijn melding')!.click();
    await widget.updateComplete;
    expect(button(widget, 'Verstuur mijn melding')).to.exist; // stopped: nothing sent
    button(widget, 'Verstuur mijn melding')!.click();
    await waitUntil(() => button(widget, 'Uw melding wordt verstuurd…'), 'not busy');
    expect(button(widget, 'Uw melding wordt verstuurd…')!.getAttribute('aria-disabled')).to.equal('true');
    await expectAccessible(widget); // sending
    release();
    await waitUntil(() => $(widget, '#confirmation'), 'not sent', { timeout: 5000 });
    expect((await adminReports(map.id)).items).to.have.length(1);
  });

  it('speaks English in an English section, Dutch otherwise', async () => {
    const map = await createMap();
    const english = await render(map, { lang: 'en' });
    await waitUntil(() => text($(english, '#place-heading')) === 'Where is it?', 'not English');
    expect(button(english, 'Send my report')).to.exist;
    expect(button(english, 'Use my location')).to.exist;
    expect(text($(english, '#form-heading'))).to.equal('Report something');
    const dutch = await render(map);
    expect(text($(dutch, '#place-heading'))).to.equal('Waar is het?');
    expect(button(dutch, 'Gebruik mijn locatie')).to.exist;
  });

  it('on a closed map says so in place of the place and the form, and still lists what was reported', async () => {
    const map = await createMap({ status: 'closed' });
    const client = await participantClient();
    InspraakFeedbackMap.loadMapLayer = () => new Promise(() => {});
    const el = await fixture<InspraakFeedbackMap>(html`<inspraak-feedback-map map=${map.id} lang="nl" .client=${client}></inspraak-feedback-map>`);
    await waitUntil(() => $(el, '[part="closed"]'), 'no closed notice', { timeout: 5000 });
    expect(text($(el, '[part="closed"]'))).to.equal('Deze kaart is gesloten. U kunt hier niets meer melden. Wat al gemeld is, ziet u hieronder.');
    expect($(el, 'form'), 'no report form').to.not.exist;
    expect($(el, '#place-heading'), 'no place to choose').to.not.exist;
    await waitUntil(() => text($(el, '[part="list"]')).includes('Hier zijn nog geen meldingen.'), 'the list did not load');
    await expectAccessible(el);
  });

  it('asks Nominatim only when the resident submits the search, never while typing', async () => {
    const map = await createMap({}, 'nominatim');
    const el = await render(map);
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/__map/nominatim/')) asked.push(url);
      return realFetch(input, init);
    };
    try {
      expect(text($(el, '#address-hint'))).to.equal('Typ een straat en huisnummer of een plaats. Kies daarna Zoek.');
      $<HTMLInputElement>(el, '#address')!.focus();
      await sendKeys({ type: 'Utrecht' });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(asked).to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$(el, '[role="option"]').length === 3, 'no results');
      expect(asked).to.have.length(1);
      expect(asked[0]).to.contain('format=jsonv2');
      expect(asked[0]).to.contain('bounded=1');
      expect(live(el) || text($(el, '.place [role="status"]'))).to.contain('3 adressen gevonden');
      $$(el, '[role="option"]')[1]!.click();
      await waitUntil(() => text($(el, '#place-chosen')) === 'Gekozen plek: Vredenburg 40, 3511BD Utrecht', 'not chosen');
      expect(asked).to.have.length(1); // and no reverse lookups
    } finally {
      window.fetch = realFetch;
    }
  });

  it('uses a geocoder a city plugs in', async () => {
    const map = await createMap();
    const el = await render(map);
    el.geocoder = { search: async (query) => [{ label: `Gemeentelijk adres: ${query}`, lat: 52.09, lng: 5.12 }] };
    await el.updateComplete;
    $<HTMLInputElement>(el, '#address')!.focus();
    await sendKeys({ type: 'Neude 11' });
    button(el, 'Zoek')!.click();
    await waitUntil(() => text($(el, '#place-chosen')) === 'Gekozen plek: Gemeentelijk adres: Neude 11', 'the city geocoder was not used');
  });

  it('says clearly when the location cannot be used', async () => {
    const map = await createMap();
    const el = await render(map);
    const original = navigator.geolocation.getCurrentPosition;
    Object.defineProperty(navigator.geolocation, 'getCurrentPosition', {
      configurable: true,
      value: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' } as GeolocationPositionError),
    });
    try {
      button(el, 'Gebruik mijn locatie')!.click();
      await waitUntil(() => text($(el, '.place [role="status"]')).startsWith('U gaf geen toestemming'), 'no message');
    } finally {
      Object.defineProperty(navigator.geolocation, 'getCurrentPosition', { configurable: true, value: original });
    }
  });
});
