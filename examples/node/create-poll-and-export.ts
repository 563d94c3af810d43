// Creates a poll with an admin token, follows its live results until enough ballots are in (or the
// time is up), closes it and writes the results as CSV. Everything goes through @inspraak/sdk.
//
//   node --import tsx --conditions=source examples/node/create-poll-and-export.ts --help
//
// Messages go to stderr, so that stdout holds only the CSV (`… > results.csv` works too).
// Exit codes: 0 done, 1 the API refused or could not be reached, 2 bad arguments, 130 Ctrl-C.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createClient, InspraakApiError, type PollResults } from '@inspraak/sdk';

const usage = `Usage: node --import tsx --conditions=source examples/node/create-poll-and-export.ts [options]

Creates a poll, waits for ballots, closes the poll and writes its results as CSV.

Options:
  --question TEXT  the question (default: "Welke naam krijgt het nieuwe park?")
  --option TEXT    an answer option; repeat it for each option, at least 2 (default: three names)
  --ballots N      stop waiting once N ballots are in (default: 3)
  --timeout S      stop waiting after S seconds, whatever came in (default: 300)
  --out FILE       write the CSV to FILE, with a UTF-8 byte-order mark (default: stdout)
  -h, --help       show this text

Environment:
  INSPRAAK_API          the API root (default: http://localhost:8080/v1)
  INSPRAAK_ADMIN_TOKEN  the site's admin token, sk_… (default: sk_demo_voorbeeld, the demo site's; demo only)
  INSPRAAK_SITE_KEY     the site's public key, pk_…, to follow the live results (default: pk_demo_voorbeeld)`;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Bad arguments: say what is wrong, show the usage, exit 2. */
function badArguments(problem: string): never {
  log(`${problem}\n\n${usage}`);
  process.exit(2);
}

// --- Arguments and settings ---------------------------------------------------------------------

function readArguments() {
  try {
    return parseArgs({
      options: {
        question: { type: 'string' },
        option: { type: 'string', multiple: true },
        ballots: { type: 'string' },
        timeout: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // Unknown options, a missing value, stray words: parseArgs says which.
    return badArguments((error as Error).message);
  }
}
const args = readArguments();
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const positive = (name: string, text: string | undefined, fallback: number, integer: boolean) => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!(value > 0 && Number.isFinite(value)) || (integer && !Number.isInteger(value))) {
    badArguments(`--${name} must be a positive ${integer ? 'whole ' : ''}number, not "${text}".`);
  }
  return value;
};
const wanted = positive('ballots', args.ballots, 3, true);
const timeoutSeconds = positive('timeout', args.timeout, 300, false);
const question = args.question ?? 'Welke naam krijgt het nieuwe park?';
const options = args.option ?? ['Stationspark', 'De Groene Long', 'Lindenhof'];
if (options.length < 2) badArguments('Give at least two --option values (or none, for the example options).');

const baseUrl = process.env.INSPRAAK_API || 'http://localhost:8080/v1';
if (!URL.canParse(baseUrl)) badArguments(`INSPRAAK_API is not a URL: "${baseUrl}".`);
// The demo site's keys are public knowledge; a real site's admin token is a secret (keep it in the
// environment, never in code or in a web page).
const adminToken = process.env.INSPRAAK_ADMIN_TOKEN || 'sk_demo_voorbeeld';
const siteKey = process.env.INSPRAAK_SITE_KEY || 'pk_demo_voorbeeld';

// One client for both roles: admin calls send the admin token, the live results the site key.
const client = createClient({ baseUrl, adminToken, siteKey });

// Ctrl-C aborts whatever call or stream is running; a second Ctrl-C ends the process at once.
const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());
const { signal } = interrupt;

// --- The work -----------------------------------------------------------------------------------

async function main(): Promise<void> {
  // `always`: the live stream carries the counts, also to this script, which does not vote.
  const poll = await client.admin.polls.create(
    { question, options: options.map((label) => ({ label })), resultsVisibility: 'always' },
    { signal },
  );
  const labels = new Map(poll.options.map((option) => [option.id, option.label]));
  const origin = new URL(baseUrl).origin; // addresses for people to paste, not calls
  log(`Poll created: ${poll.id}`);
  log(`Embed it in a page (after the loader <script type="module" src="${origin}/cdn/inspraak.js" data-site-key="${siteKey}">):`);
  log(`  <inspraak-poll poll="${poll.id}"></inspraak-poll>`);
  log(`or link to ${origin}/embed/poll/${poll.id}`);
  log(`Waiting for ${wanted} ballot${wanted === 1 ? '' : 's'} (at most ${timeoutSeconds} s; Ctrl-C stops) …`);

  // Stop following the results on Ctrl-C or when the time is up; `subscribe` then ends quietly.
  const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
  let latest: PollResults | undefined;
  for await (const results of client.polls.subscribe(poll.id, { signal: AbortSignal.any([signal, timeout]) })) {
    if (results.totalBallots !== latest?.totalBallots) {
      const counts = (results.options ?? []).map((option) => `${labels.get(option.optionId)} ${option.count}`).join(', ');
      log(`${results.totalBallots ?? 0} of ${wanted} ballots  (${counts})`);
    }
    latest = results;
    if ((results.totalBallots ?? 0) >= wanted) break; // ends the stream and closes its connection
  }
  if (signal.aborted) {
    log(`Stopped. Poll ${poll.id} stays open.`);
    process.exitCode = 130;
    return;
  }
  if (timeout.aborted) log(`Time is up after ${timeoutSeconds} s with ${latest?.totalBallots ?? 0} of ${wanted} ballots.`);

  await client.admin.polls.close(poll.id, { signal });
  log(`Poll ${poll.id} closed.`);

  // The SDK hands back the text without the byte-order mark; a file gets it back, so that
  // spreadsheet programs read accented labels right.
  const csv = await client.admin.polls.exportCsv(poll.id, { signal });
  if (args.out) {
    await writeFile(args.out, `\uFEFF${csv}`);
    log(`Results written to ${args.out}`);
  } else {
    process.stdout.write(csv);
  }
}

try {
  await main();
} catch (error) {
  if (signal.aborted) {
    // An aborted call rejects with the signal's reason (an AbortError), not an InspraakApiError.
    log('Stopped.');
    process.exitCode = 130;
  } else if (error instanceof InspraakApiError) {
    log(`Inspraak API error: ${error.status} ${error.code}`);
    log(`  ${error.problem?.detail ?? error.message}`);
    for (const [pointer, errors] of Object.entries(error.fieldErrors())) {
      for (const fieldError of errors) log(`  ${pointer}: ${fieldError.detail}`);
    }
    if (error.requestId) log(`  request id: ${error.requestId}`);
    if (error.status === 0) log(`  Is the server running at ${baseUrl}? (npm start)`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
