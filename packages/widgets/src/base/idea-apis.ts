/**
 * The board and ideas APIs of the idea widgets, built on the shared SDK core of the page (see
 * `apiFor`): a page with only idea widgets carries none of the poll or map code.
 */
import { createBoards, createIdeas, type BoardsApi, type ClientCore, type IdeasApi } from '@inspraak/sdk';
import { apiFor, type ClientSource } from './client-context.ts';

export interface IdeaApis {
  boards: BoardsApi;
  ideas: IdeasApi;
}

const create = (core: ClientCore): IdeaApis => ({ boards: createBoards(core), ideas: createIdeas(core) });

/** The APIs for a widget's configuration, or `undefined` when nothing says which API and site. */
export const ideaApisFor = (source: ClientSource): IdeaApis | undefined =>
  apiFor(source, (client) => ({ boards: client.boards, ideas: client.ideas }), create);
