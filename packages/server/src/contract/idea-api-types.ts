// The idea boards' shapes, generated from the contract by openapi-typescript (never hand-copied).
import type { components } from '@inspraak/sdk/types';

type Schemas = components['schemas'];
export type Board = Schemas['Board'];
export type BoardCreate = Schemas['BoardCreate'];
export type BoardUpdate = Schemas['BoardUpdate'];
export type BoardCategory = Schemas['BoardCategory'];
export type Idea = Schemas['Idea'];
export type IdeaInput = Schemas['IdeaInput'];
export type IdeaPage = Schemas['IdeaPage'];
export type IdeaSubmission = Schemas['IdeaSubmission'];
export type IdeaSupport = Schemas['IdeaSupport'];
export type IdeaErasure = Schemas['IdeaErasure'];
export type SimilarIdeas = Schemas['SimilarIdeas'];
export type Comment = Schemas['Comment'];
export type CommentInput = Schemas['CommentInput'];
export type CommentPage = Schemas['CommentPage'];
export type Flag = Schemas['Flag'];
export type FlagInput = Schemas['FlagInput'];
export type HideInput = Schemas['HideInput'];
export type StatusChange = Schemas['StatusChange'];
export type AnswerInput = Schemas['AnswerInput'];
export type ModerationItem = Schemas['ModerationItem'];
export type ModerationPage = Schemas['ModerationPage'];
