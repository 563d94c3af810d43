import { html, type SafeHtml } from '../http/html.ts';
import type { PageLanguage } from '../http/preferred-language.ts';
import type { SignInRefusal } from '../services/oidc-sign-in-service.ts';
import { pageHead } from './embed-page.ts';

/** Every page the OpenID Connect sign-in can end on without a session. */
export type SignInPage = SignInRefusal | 'oidc-not-configured' | 'provider-unreachable';

interface PageText {
  title: string;
  /** Paragraphs; a value from the request (the e-mail address) is passed in and escaped. */
  text: (email: string) => string[];
  /** Shown as a block of code: the command to run. */
  command?: string;
  /** The link to start a new sign-in (not where there is none to start). */
  again?: string;
}

/**
 * The texts of the sign-in pages, Dutch (B1, "u") and English on one page: a staff member may meet
 * them before the console knows which language they read. Each says what happened and what to do.
 */
const texts: Record<SignInPage, Record<PageLanguage, PageText>> = {
  'oidc-not-configured': {
    nl: {
      title: 'Inloggen met een inloglink',
      text: () => [
        'Deze server is niet gekoppeld aan de inlogdienst van de gemeente.',
        'U logt in met een inloglink. Zo’n link werkt één keer en 15 minuten lang. Vraag een beheerder om een link. De beheerder maakt hem zo:',
      ],
      command: 'inspraak staff sign-in-link --email <uw e-mailadres>',
    },
    en: {
      title: 'Sign in with a sign-in link',
      text: () => [
        'This server is not connected to the city’s sign-in service.',
        'You sign in with a sign-in link. A link works once, for 15 minutes. Ask an administrator for one. They make it like this:',
      ],
      command: 'inspraak staff sign-in-link --email <your address>',
    },
  },
  'provider-unreachable': {
    nl: {
      title: 'Inloggen lukt nu niet',
      text: () => ['De inlogdienst van de gemeente is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.', 'Blijft dit zo? Meld het dan bij de beheerder.'],
      again: 'Opnieuw inloggen',
    },
    en: {
      title: 'Sign-in is not available right now',
      text: () => ['The city’s sign-in service cannot be reached. Try again in a few minutes.', 'If it stays like this, tell your administrator.'],
      again: 'Sign in again',
    },
  },
  'flow-missing': {
    nl: {
      title: 'Inloggen is niet afgemaakt',
      text: () => ['Wij kunnen dit inloggen niet afmaken. Misschien duurde het langer dan 10 minuten, of begon u in een andere browser.', 'Begin opnieuw.'],
      again: 'Opnieuw inloggen',
    },
    en: {
      title: 'Sign-in did not finish',
      text: () => ['We cannot finish this sign-in. It may have taken longer than 10 minutes, or it started in another browser.', 'Start again.'],
      again: 'Sign in again',
    },
  },
  'state-mismatch': {
    nl: {
      title: 'Inloggen is niet gelukt',
      text: () => ['Dit antwoord van de inlogdienst hoort niet bij het inloggen dat in deze browser begon. Daarom loggen wij u niet in.', 'Begin opnieuw.'],
      again: 'Opnieuw inloggen',
    },
    en: {
      title: 'Sign-in did not work',
      text: () => ['This answer from the sign-in service does not belong to the sign-in this browser started, so you are not signed in.', 'Start again.'],
      again: 'Sign in again',
    },
  },
  'provider-error': {
    nl: {
      title: 'Inloggen is niet gelukt',
      text: () => ['De inlogdienst van de gemeente heeft uw inloggen niet bevestigd. Misschien heeft u het afgebroken.', 'Probeer het opnieuw.'],
      again: 'Opnieuw inloggen',
    },
    en: {
      title: 'Sign-in did not work',
      text: () => ['The city’s sign-in service did not confirm your sign-in. Perhaps you cancelled it.', 'Try again.'],
      again: 'Sign in again',
    },
  },
  'email-unverified': {
    nl: {
      title: 'Geen bevestigd e-mailadres',
      text: () => [
        'De inlogdienst geeft geen bevestigd e-mailadres van u door. Wij herkennen medewerkers aan dat adres. Daarom loggen wij u niet in.',
        'Vraag de beheerder van de inlogdienst om uw e-mailadres te bevestigen.',
      ],
      again: 'Opnieuw inloggen',
    },
    en: {
      title: 'No verified e-mail address',
      text: () => [
        'The sign-in service did not pass on a verified e-mail address for you. We recognise staff by that address, so you are not signed in.',
        'Ask whoever runs the sign-in service to verify your e-mail address.',
      ],
      again: 'Sign in again',
    },
  },
  'not-staff': {
    nl: {
      title: 'Geen toegang tot Inspraak',
      text: (email) => [`Uw e-mailadres ${email} heeft geen rol in Inspraak. Daarom loggen wij u niet in.`, 'Vraag een beheerder om u toe te voegen.'],
    },
    en: {
      title: 'No access to Inspraak',
      text: (email) => [`Your e-mail address ${email} has no role in Inspraak, so you are not signed in.`, 'Ask an administrator to add you.'],
    },
  },
};

function section(text: PageText, email: string, againHref: string): SafeHtml {
  return html`<h1>${text.title}</h1>
${text.text(email).map((paragraph) => html`<p>${paragraph}</p>
`)}${text.command ? html`<pre><code>${text.command}</code></pre>
` : ''}${text.again ? html`<p><a href="${againHref}">${text.again}</a></p>
` : ''}`;
}

/** The page in Dutch, then in English (`lang` on each part, so a screen reader speaks each right). */
export function renderSignInPage(page: SignInPage, { email = '', againHref }: { email?: string; againHref: string }): string {
  const { nl, en } = texts[page];
  return html`<!doctype html>
<html lang="nl">
<head>
${pageHead(`${nl.title} / ${en.title} - Inspraak`, nl.title)}
</head>
<body>
<main class="embed">
${section(nl, email, againHref)}<hr>
<div lang="en">
${section(en, email, againHref)}</div>
</main>
</body>
</html>
`.value;
}
