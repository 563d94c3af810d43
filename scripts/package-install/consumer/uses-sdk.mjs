// A developer's Node script: plain `node`, the SDK's built JavaScript from node_modules, a real server.
// `node uses-sdk.mjs <baseUrl> <siteKey> <pollId>` prints what it saw as JSON.
import { createClient, InspraakApiError } from '@inspraak/sdk';

const [baseUrl, siteKey, pollId] = process.argv.slice(2);
const client = createClient({ baseUrl, siteKey });

const poll = await client.polls.get(pollId);
const receipt = await client.polls.vote(pollId, { optionIds: [poll.options[0].id] });
const results = await client.polls.results(pollId);
let unknownPoll;
try {
  await client.polls.get('poll_does_not_exist');
} catch (error) {
  unknownPoll = error instanceof InspraakApiError ? { status: error.status, code: error.code } : String(error);
}

console.log(JSON.stringify({
  resolved: import.meta.resolve('@inspraak/sdk'),
  poll: { id: poll.id, options: poll.options.length },
  voted: receipt.ballot.optionIds,
  results: { totalBallots: results.totalBallots, counts: results.options?.map((option) => [option.optionId, option.count]) },
  unknownPoll,
}));
