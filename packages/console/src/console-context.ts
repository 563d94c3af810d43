import type { InspraakClient, StaffSession } from '@inspraak/sdk';
import { fill, type ConsoleLanguage, type ConsoleTexts } from './texts.ts';

export type StaffRole = StaffSession['sites'][number]['role'];

/** What every screen gets from the console's shell: whom it works for, in which language, and how to speak up. */
export interface ConsoleContext {
  /** Admin calls for this site, by the staff session cookie. */
  client: InspraakClient;
  /** Resident calls for this site (live results), by its public key, as the widgets make them. */
  residentClient: InspraakClient;
  site: StaffSession['sites'][number];
  language: ConsoleLanguage;
  texts: ConsoleTexts;
  /** Says `message` in the console's polite live region (screen readers read it; nothing moves focus). */
  announce(message: string): void;
  /**
   * Where the publish panel's preview finds the page it frames. Left out (the console on its
   * server): the server's hosted page. Storybook, which has no server, frames the widget's own story.
   */
  previewPage?(page: PreviewPage): string;
}

/** A poll's, board's or map's page as the publish panel's preview shows it. */
export interface PreviewPage {
  widget: string;
  id: string;
  language: ConsoleLanguage;
  scheme: 'light' | 'dark';
}

/** The roles that may use a section, as the server checks them (the contract's `staffSession` scopes). */
export const sectionRoles = {
  // Everyone starts here: participation per day, what is open, what waits (aggregates only).
  overview: ['admin', 'editor', 'moderator'],
  polls: ['admin', 'editor'],
  boards: ['admin', 'editor'],
  maps: ['admin', 'editor'],
  moderation: ['admin', 'moderator'],
  // Everyone sees what is owed; only admins and moderators answer (the screen says so by its buttons).
  answers: ['admin', 'editor', 'moderator'],
  // Everyone reads a map's reports; only admins and moderators set their status.
  reports: ['admin', 'editor', 'moderator'],
  audit: ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Section = keyof typeof sectionRoles;

export const mayUse = (role: StaffRole, section: Section): boolean => (sectionRoles[section] as readonly StaffRole[]).includes(role);

/** A failed call in words for staff: the server's own detail when it sent one. */
export function failureText(texts: ConsoleTexts, error: unknown): string {
  const problem = (error as { problem?: { detail?: string; title?: string } }).problem;
  const detail = problem?.detail ?? problem?.title ?? (error instanceof Error ? error.message : String(error));
  return fill(texts.actionFailed, { detail });
}
