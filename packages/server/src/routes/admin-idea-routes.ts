import type { AnswerInput, BoardCreate, BoardUpdate, HideInput, StatusChange } from '@inspraak/contract';
import { listAllIdeas } from '../repositories/idea-repository.ts';
import { createBoard, getBoardRow, updateBoard } from '../services/board-service.ts';
import { answerIdea, listModerationQueue, moderateComment, moderateIdea, setIdeaStatus } from '../services/idea-moderation-service.ts';
import { eraseIdea } from '../services/erasure-service.ts';
import { ideasCsv } from '../services/ideas-csv.ts';
import { boardIdOf, commentIdOf, ideaIdOf } from './idea-routes.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

export function adminIdeaRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    createBoard: async (request, reply) => {
      const board = await createBoard(ctx, siteOf(request).id, request.body as BoardCreate);
      reply.code(201).header('location', `/v1/boards/${board.id}`);
      return board;
    },

    updateBoard: async (request) => updateBoard(ctx, siteOf(request).id, boardIdOf(request), request.body as BoardUpdate),

    eraseIdea: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return eraseIdea(ctx, siteOf(request).id, ideaIdOf(request));
    },

    exportBoardIdeas: async (request, reply) => {
      const siteId = siteOf(request).id;
      const board = await getBoardRow(ctx.db, siteId, boardIdOf(request));
      const csv = ideasCsv(board, await listAllIdeas(ctx.db, siteId, board.id));
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${board.id}-ideas.csv"`)
        .header('cache-control', 'no-store');
      return csv;
    },

    listModerationQueue: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listModerationQueue(ctx, siteOf(request).id, request.query as { boardId?: string; limit?: number; cursor?: string });
    },

    approveIdea: async (request) => moderateIdea(ctx, siteOf(request).id, ideaIdOf(request), 'approve'),

    hideIdea: async (request) => moderateIdea(ctx, siteOf(request).id, ideaIdOf(request), 'hide', (request.body as HideInput).reason),

    setIdeaStatus: async (request) => setIdeaStatus(ctx, siteOf(request).id, ideaIdOf(request), request.body as StatusChange),

    answerIdea: async (request) => answerIdea(ctx, siteOf(request).id, ideaIdOf(request), (request.body as AnswerInput).text),

    approveComment: async (request) => moderateComment(ctx, siteOf(request).id, commentIdOf(request), 'approve'),

    hideComment: async (request) => moderateComment(ctx, siteOf(request).id, commentIdOf(request), 'hide', (request.body as HideInput).reason),
  };
}
