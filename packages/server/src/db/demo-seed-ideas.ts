import type { Transaction } from 'kysely';
import { hashToken } from '../credentials/tokens.ts';
import { insertBoardIfMissing } from '../repositories/board-repository.ts';
import { insertComment } from '../repositories/comment-repository.ts';
import { appendStatusEntry, insertIdea } from '../repositories/idea-repository.ts';
import type { Tables } from './tables.ts';

// Demo idea boards with stable ids (re-exported by demo-seed.ts). DEMO ONLY.
export const demoBoardId = 'board_demo';
export const demoReviewBoardId = 'board_demo_review';
export const demoBoardCategories = [
  { id: 'cat_groen', label: 'Groen' },
  { id: 'cat_verkeer', label: 'Verkeer' },
  { id: 'cat_spelen', label: 'Spelen' },
  { id: 'cat_anders', label: 'Anders' },
];
export const demoIdeaIds = ['idea_demo_bomen', 'idea_demo_fietsen', 'idea_demo_water'] as const;
export const demoCommentId = 'cmt_demo_1';

const demoIdeas = [
  { id: demoIdeaIds[0], title: 'Meer bomen op het Stationsplein', category: 'cat_groen',
    description: 'In de zomer is het plein heet en kaal. Bomen geven schaduw en maken het plein mooier.' },
  { id: demoIdeaIds[1], title: 'Een overdekte fietsenstalling bij de ingang', category: 'cat_verkeer',
    description: 'Fietsen staan nu overal op de stoep. Een stalling met een dak houdt de stoep vrij.' },
  { id: demoIdeaIds[2], title: 'Een watertappunt voor iedereen', category: 'cat_anders',
    description: 'Gratis water bijvullen bij het station, voor reizigers en voor mensen die er wonen.' },
];

/** Adds the demo boards (with their ideas and a comment) when missing; never overwrites. */
export async function seedDemoIdeas(trx: Transaction<Tables>, siteId: string, now: Date): Promise<void> {
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();
  const created = await insertBoardIfMissing(trx, {
    site_id: siteId,
    id: demoBoardId,
    title: 'Ideeën voor het Stationsplein',
    description: 'Wat wilt u op het Stationsplein? Stuur uw idee en steun de ideeën van anderen. Bij 100 steunbetuigingen reageert de gemeente.',
    categories: JSON.stringify(demoBoardCategories),
    moderation: 'post',
    status: 'open',
    support_threshold: 100,
    answer_within_days: 30,
    created_at: at(0),
    updated_at: at(0),
  });
  if (created) {
    for (const [i, idea] of demoIdeas.entries()) {
      const createdAt = at(i + 1); // one millisecond apart, so "newest first" is the same on every start
      await insertIdea(trx, {
        site_id: siteId,
        id: idea.id,
        board_id: demoBoardId,
        title: idea.title,
        description: idea.description,
        category_id: idea.category,
        lat: null,
        lng: null,
        place: null,
        display_name: null,
        participant_id: null,
        // No one holds a receipt for a demo idea: the hash of a random-looking constant.
        receipt_hash: hashToken(`demo-receipt-${idea.id}`),
        status: 'submitted',
        moderation_state: 'published',
        hidden_reason_code: null,
        hidden_reason: null,
        answer_text: null,
        answered_at: null,
        comment_count: i === 0 ? 1 : 0,
        queued_at: null,
        created_at: createdAt,
        updated_at: createdAt,
      });
      await appendStatusEntry(trx, { site_id: siteId, idea_id: idea.id, status: 'submitted', note: null, at: createdAt });
    }
    await insertComment(trx, {
      site_id: siteId,
      id: demoCommentId,
      idea_id: demoIdeaIds[0],
      parent_id: null,
      body: 'Goed idee! Graag ook een paar bankjes in de schaduw.',
      display_name: 'Fatima',
      participant_id: null,
      moderation_state: 'published',
      hidden_reason_code: null,
      hidden_reason: null,
      queued_at: null,
      created_at: at(10),
    });
  }
  await insertBoardIfMissing(trx, {
    site_id: siteId,
    id: demoReviewBoardId,
    title: 'Ideeën voor de nieuwe bibliotheek',
    description: 'Wij lezen elk idee voordat het op deze pagina komt.',
    categories: JSON.stringify(demoBoardCategories),
    moderation: 'pre',
    status: 'open',
    support_threshold: null,
    answer_within_days: null,
    created_at: at(1),
    updated_at: at(1),
  });
}
