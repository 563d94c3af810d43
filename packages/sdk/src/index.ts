export { createClient } from './client.ts';
export type { InspraakClient } from './client.ts';
export { createCore, type ClientCore, type ClientOptions } from './core.ts';
export { createPolls } from './polls.ts';
export { createBoards } from './boards.ts';
export { createIdeas } from './ideas.ts';
export { createMaps } from './maps.ts';
export { InspraakApiError, type ErrorKind } from './errors.ts';
export type { CallOptions, WriteOptions } from './http.ts';
export type { ParticipantStore } from './participant-store.ts';
export type { PollsApi } from './polls.ts';
export type { AdminPollsApi } from './admin-polls.ts';
export type { AdminAuditLogApi } from './admin-audit-log.ts';
export type { AdminOverviewApi } from './admin-overview.ts';
export type { StaffApi } from './staff.ts';
export type { BoardsApi } from './boards.ts';
export type { FlagTarget, IdeaCommentsApi, IdeaOnlyPage, IdeasApi, IdeaSubmission } from './ideas.ts';
export type { AdminBoardsApi, AdminIdeasApi } from './admin-ideas.ts';
export type { AddPhotoOptions, MapsApi, ReportsApi } from './maps.ts';
export type { AdminMapsApi, AdminReportsApi } from './admin-maps.ts';
export type {
  AdminReportListQuery,
  Bbox,
  CategoryQuestion,
  ClusterQuery,
  FeedbackMap,
  FeedbackMapCreate,
  FeedbackMapPage,
  FeedbackMapUpdate,
  Geocoder,
  MapListQuery,
  Bounds,
  LatLng,
  NearbyQuery,
  NearbyReports,
  Report,
  ReportCategory,
  ReportCluster,
  ReportClusters,
  ReportCollection,
  ReportCreate,
  FeedbackMapCounts,
  FeedbackMapDeletion,
  ReportErasure,
  StaffFeedbackMap,
  ReportListQuery,
  ReportModeration,
  ReportPage,
  ReportPhoto,
  ReportProperties,
  ReportReceipt,
  ReportStatus,
  ReportStatusUpdateInput,
  ReportSupport,
  TileLayer,
} from '@inspraak/contract';
export type {
  Board,
  BoardCategory,
  BoardCounts,
  BoardCreate,
  BoardDeletion,
  BoardListQuery,
  BoardModeration,
  BoardPage,
  BoardStatus,
  BoardUpdate,
  Comment,
  CommentInput,
  CommentListQuery,
  CommentPage,
  Flag,
  FlagInput,
  HiddenIdeaNotice,
  HideReasonCode,
  Idea,
  IdeaErasure,
  IdeaInput,
  IdeaListQuery,
  IdeaPage,
  IdeaReceipt,
  IdeaStatus,
  IdeaSupport,
  ModerationItem,
  ModerationPage,
  ModerationQueueQuery,
  AnswersDuePage,
  AnswersDueQuery,
  SimilarIdea,
  StaffBoard,
  StatusChange,
} from '@inspraak/contract';
export type {
  Ballot,
  BallotInput,
  BallotReceipt,
  FieldError,
  Health,
  OptionResult,
  Poll,
  PollCreate,
  PollDeletion,
  PollListQuery,
  PollOption,
  PollPage,
  PollResults,
  PollUpdate,
  Problem,
  StaffSession,
  AuditEntry,
  AuditLogQuery,
  AuditPage,
  OverviewQuery,
  ParticipationOverview,
} from '@inspraak/contract';
