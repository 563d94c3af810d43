/**
 * Named aliases of the generated contract types for idea boards. Never copy a schema by hand: add an alias here.
 */
import type { components, operations } from './generated/api.ts';

type Schemas = components['schemas'];

export type Board = Schemas['Board'];
export type BoardCategory = Schemas['BoardCategory'];
export type BoardCreate = Schemas['BoardCreate'];
export type BoardUpdate = Schemas['BoardUpdate'];
export type Idea = Schemas['Idea'];
export type IdeaStatus = Schemas['IdeaStatus'];
export type IdeaInput = Schemas['IdeaInput'];
export type IdeaPage = Schemas['IdeaPage'];
export type IdeaSubmission = Schemas['IdeaSubmission'];
export type IdeaReceipt = Schemas['IdeaReceipt'];
export type IdeaSupport = Schemas['IdeaSupport'];
export type IdeaErasure = Schemas['IdeaErasure'];
export type SimilarIdea = Schemas['SimilarIdea'];
export type SimilarIdeas = Schemas['SimilarIdeas'];
export type Comment = Schemas['Comment'];
export type CommentInput = Schemas['CommentInput'];
export type CommentPage = Schemas['CommentPage'];
export type Flag = Schemas['Flag'];
export type FlagInput = Schemas['FlagInput'];
export type StatusChange = Schemas['StatusChange'];
export type ModerationItem = Schemas['ModerationItem'];
export type ModerationPage = Schemas['ModerationPage'];

/** The query of `GET /boards/{boardId}/ideas`: `{ sort?, category?, status?, limit?, cursor? }`. */
export type IdeaListQuery = NonNullable<operations['listIdeas']['parameters']['query']>;
/** The query of `GET /ideas/{ideaId}/comments`: `{ limit?, cursor? }`. */
export type CommentListQuery = NonNullable<operations['listComments']['parameters']['query']>;
/** The query of `GET /admin/moderation-queue`: `{ boardId?, limit?, cursor? }`. */
export type ModerationQueueQuery = NonNullable<operations['listModerationQueue']['parameters']['query']>;
export type HideInput = Schemas['HideInput'];
export type AnswerInput = Schemas['AnswerInput'];
