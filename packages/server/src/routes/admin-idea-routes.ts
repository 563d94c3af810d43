import { listAllIdeas } from '../repositories/idea-repository.ts';
import { createBoard, getBoardRow, getStaffBoard, listBoards, updateBoard } from '../services/board-service.ts';
import { answerIdea, listAnswersDue, moderateComment, moderateIdea, setIdeaStatus } from '../services/idea-moderation-service.ts';
import { eraseIdea } from '../services/erasure-service.ts';
import { ideasCsv } from '../services/ideas-csv.ts';
import { deleteBoard } from '../services/subject-deletion-service.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

export function adminIdeaRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    listBoards: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listBoards(ctx, siteOf(request).id, request.query);
    },

    createBoard: async (request, reply) => {
      const board = await createBoard(ctx, siteOf(request).id, request.body);
      reply.code(201).header('location', `/v1/boards/${board.id}`);
      return board;
    },

    getBoardForStaff: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getStaffBoard(ctx, siteOf(request).id, request.params.boardId);
    },

    deleteBoard: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return deleteBoard(ctx, siteOf(request).id, request.params.boardId);
    },

    updateBoard: async (request) => updateBoard(ctx, siteOf(request).id, request.params.boardId, request.body),

    eraseIdea: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return eraseIdea(ctx, siteOf(request).id, request.params.ideaId);
    },

    exportBoardIdeas: async (request, reply) => {
      const siteId = siteOf(request).id;
      const board = await getBoardRow(ctx.db, siteId, request.params.boardId);
      const csv = ideasCsv(board, await listAllIdeas(ctx.db, siteId, board.id));
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${board.id}-ideas.csv"`)
        .header('cache-control', 'no-store');
      return csv;
    },

    listAnswersDue: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listAnswersDue(ctx, siteOf(request).id, request.query);
    },
    approveIdea: async (request) => moderateIdea(ctx, siteOf(request).id, request.params.ideaId, 'approve'),

    hideIdea: async (request) => moderateIdea(ctx, siteOf(request).id, request.params.ideaId, 'hide', request.body),

    setIdeaStatus: async (request) => setIdeaStatus(ctx, siteOf(request).id, request.params.ideaId, request.body),

    answerIdea: async (request) => answerIdea(ctx, siteOf(request).id, request.params.ideaId, request.body.text),

    approveComment: async (request) => moderateComment(ctx, siteOf(request).id, request.params.commentId, 'approve'),

    hideComment: async (request) => moderateComment(ctx, siteOf(request).id, request.params.commentId, 'hide', request.body),
  };
}
