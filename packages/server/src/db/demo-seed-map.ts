import { hashToken } from '../credentials/tokens.ts';
import type { ReportCategory } from '@inspraak/contract';
import { findMap, insertMap } from '../repositories/map-repository.ts';
import { insertReport, insertStatusUpdate, setReportStatus } from '../repositories/report-repository.ts';
import type { Executor } from '../repositories/executor.ts';

// The demo feedback map: Utrecht's station area. Stable ids so docs, widgets and tests can name
// them. DEMO ONLY, like the rest of the demo site.
export const demoMapId = 'map_demo';
export const demoMapCenter = { lat: 52.0907, lng: 5.1214 };
export const demoMapBounds = { south: 52.075, west: 5.095, north: 52.105, east: 5.145 };

export const demoCategoryCodes = {
  streetLight: 'straatverlichting',
  pothole: 'gat-in-de-weg',
  litter: 'zwerfafval',
  idea: 'idee-voor-de-buurt',
} as const;

export const demoMapCategories: ReportCategory[] = [
  { code: demoCategoryCodes.streetLight, name: 'Kapotte straatverlichting', description: 'Een lamp die niet brandt of knippert.', questions: [] },
  {
    code: demoCategoryCodes.pothole,
    name: 'Gat in de weg',
    description: 'Een gat of losse stenen in de weg, het fietspad of de stoep.',
    questions: [
      {
        id: 'grootte',
        label: 'Hoe groot is het gat?',
        kind: 'choice',
        required: true,
        choices: [
          { id: 'klein', label: 'Kleiner dan een voetbal' },
          { id: 'groot', label: 'Groter dan een voetbal' },
        ],
      },
    ],
  },
  { code: demoCategoryCodes.litter, name: 'Zwerfafval', description: 'Afval op straat of in het groen.', questions: [] },
  { code: demoCategoryCodes.idea, name: 'Idee voor de buurt', description: 'Iets wat de buurt beter maakt.', questions: [] },
];

export const demoReportIds = {
  streetLight: 'rep_demo_lamp',
  pothole: 'rep_demo_gat',
  litter: 'rep_demo_afval',
} as const;

/** The receipt of `rep_demo_gat`, so a demo page can show a receipt view. Public knowledge. */
export const demoReportReceipt = 'rr_demo_voorbeeld_gat_in_de_weg_0001';

/** Adds the demo map and its reports when the map is missing (never overwrites). */
export async function seedDemoMap(trx: Executor, siteId: string, now: Date): Promise<void> {
  if (await findMap(trx, siteId, demoMapId)) return;
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const inserted = await insertMap(trx, {
    site_id: siteId,
    id: demoMapId,
    title: 'Meld het in de buurt van het station',
    description: 'Ziet u iets kapots of vuils, of heeft u een idee? Zet het op de kaart.',
    center_lat: demoMapCenter.lat,
    center_lng: demoMapCenter.lng,
    zoom: 15,
    min_zoom: 13,
    max_zoom: 19,
    ...demoMapBounds,
    tiles: JSON.stringify({ urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors', maxZoom: 19 }),
    geocoder: JSON.stringify({ kind: 'pdok-locatieserver', url: 'https://api.pdok.nl/bzk/locatieserver/search/v3_1' }),
    categories: JSON.stringify(demoMapCategories),
    moderation: 'post',
    status: 'open',
    created_at: at(60 * 24 * 7),
    updated_at: at(60 * 24 * 7),
  });
  if (!inserted) return; // another site holds the id: ids are unique across the server
  const report = (id: string, category: string, minutesAgo: number, lat: number, lng: number, description: string, address: string, answers = {}) => ({
    site_id: siteId,
    id,
    map_id: demoMapId,
    category,
    status: 'open' as const,
    moderation: 'published' as const,
    description,
    lat,
    lng,
    address,
    answers: JSON.stringify(answers),
    receipt_hash: hashToken(id === demoReportIds.pothole ? demoReportReceipt : `rr_unknown_${id}_${siteId}`),
    client_hash: null,
    created_at: at(minutesAgo),
    updated_at: at(minutesAgo),
  });
  await insertReport(trx, report(demoReportIds.streetLight, demoCategoryCodes.streetLight, 60 * 48, 52.0921, 5.1167, 'De lantaarnpaal bij de fietsenstalling brandt al een week niet.', 'Jaarbeursplein, Utrecht'));
  await insertReport(
    trx,
    report(demoReportIds.pothole, demoCategoryCodes.pothole, 60 * 24, 52.0899, 5.1232, 'Diep gat in het fietspad, vlak voor het zebrapad.', 'Stationsplein, Utrecht', { grootte: 'groot' }),
  );
  await insertReport(trx, report(demoReportIds.litter, demoCategoryCodes.litter, 60 * 3, 52.0915, 5.1201, 'Volle vuilniszakken naast de container.', 'Moreelsepark, Utrecht'));
  // One report with a history, so a status view has something to show.
  await insertStatusUpdate(trx, {
    site_id: siteId,
    report_id: demoReportIds.streetLight,
    status: 'in-progress',
    note: 'Bedankt! De monteur komt deze week langs.',
    created_at: at(60 * 20),
  });
  await setReportStatus(trx, siteId, demoReportIds.streetLight, 'in-progress', at(60 * 20));
}
