import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentEtag } from '../http/content-etag.ts';
import { addVary, notModified } from '../http/etag.ts';
import { getBoard } from '../services/board-service.ts';
import { createComment, listComments } from '../services/comment-service.ts';
import { eraseIdeaByReceipt } from '../services/erasure-service.ts';
import { flagTarget } from '../services/flag-service.ts';
import {
  createIdea,
  findSimilarIdeas,
  getIdeaByReceipt,
  getPublicIdea,
  listIdeas,
  publishedIdeaRow,
  setSupport,
} from '../services/idea-service.ts';
import { findComment } from '../repositories/comment-repository.ts';
import { findIdea } from '../repositories/idea-repository.ts';
import { participantOf, siteOf, type OperationHandlers, type OperationRequest, type RouteDeps } from './route-deps.ts';

export function ideaRoutes({ ctx, rateLimits }: RouteDeps): OperationHandlers {
  /** Writes count against the idea's board (as ballots count against their poll). */
  const limitWritesOnIdea = async (request: FastifyRequest, siteId: string, ideaId: string) => {
    const idea = await publishedIdeaRow(ctx.db, siteId, ideaId);
    await rateLimits.boardWrites(request, siteId, idea.board_id);
  };

  /** Files the participant's flag (the request body): 201 for a new one, 200 with the one they had filed on this target. */
  const fileFlag = async (
    request: OperationRequest<'flagIdea' | 'flagComment'>,
    reply: FastifyReply,
    type: 'idea' | 'comment',
    targetId: string,
  ) => {
    const participantId = participantOf(request).id;
    const result = await flagTarget(ctx, { siteId: siteOf(request).id, type, targetId, participantId, flag: request.body });
    reply.code(result.created ? 201 : 200).header('cache-control', 'no-store');
    return result.flag;
  };

  return {
    getBoard: async (request, reply) => {
      const board = await getBoard(ctx, siteOf(request).id, request.params.boardId);
      reply.header('cache-control', 'no-cache');
      if (notModified(request, reply, contentEtag(board))) return reply;
      return board;
    },

    listIdeas: async (request, reply) => {
      const page = await listIdeas(ctx, siteOf(request).id, request.params.boardId, request.query, request.auth.participant?.id);
      // supportedByMe differs per participant, so caches must key on the token.
      addVary(reply, 'Inspraak-Participant-Token');
      reply.header('cache-control', 'no-cache');
      if (notModified(request, reply, contentEtag(page))) return reply;
      return page;
    },

    createIdea: async (request, reply) => {
      const site = siteOf(request);
      const boardId = request.params.boardId;
      await rateLimits.boardWrites(request, site.id, boardId);
      const submission = await createIdea(ctx, {
        siteId: site.id,
        boardId,
        participantId: participantOf(request).id,
        idea: request.body,
      });
      reply.code(201).header('location', `/v1/ideas/${submission.idea.id}`).header('cache-control', 'no-store');
      return submission;
    },

    findSimilarIdeas: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return findSimilarIdeas(ctx, siteOf(request).id, request.params.boardId, request.query.q);
    },

    getIdea: async (request, reply) => {
      const idea = await getPublicIdea(ctx, siteOf(request).id, request.params.ideaId, request.auth.participant?.id);
      addVary(reply, 'Inspraak-Participant-Token');
      reply.header('cache-control', 'no-cache');
      if (notModified(request, reply, contentEtag(idea))) return reply;
      return idea;
    },

    getIdeaByReceipt: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getIdeaByReceipt(ctx, siteOf(request).id, request.query.receipt);
    },

    eraseIdeaByReceipt: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return eraseIdeaByReceipt(ctx, siteOf(request).id, request.query.receipt);
    },

    supportIdea: async (request, reply) => {
      const site = siteOf(request);
      await limitWritesOnIdea(request, site.id, request.params.ideaId);
      reply.header('cache-control', 'no-store');
      return setSupport(ctx, { siteId: site.id, ideaId: request.params.ideaId, participantId: participantOf(request).id, supported: true });
    },

    unsupportIdea: async (request, reply) => {
      const site = siteOf(request);
      await limitWritesOnIdea(request, site.id, request.params.ideaId);
      reply.header('cache-control', 'no-store');
      return setSupport(ctx, { siteId: site.id, ideaId: request.params.ideaId, participantId: participantOf(request).id, supported: false });
    },

    listComments: async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return listComments(ctx, siteOf(request).id, request.params.ideaId, request.query);
    },

    createComment: async (request, reply) => {
      const site = siteOf(request);
      await limitWritesOnIdea(request, site.id, request.params.ideaId);
      const comment = await createComment(ctx, {
        siteId: site.id,
        ideaId: request.params.ideaId,
        participantId: participantOf(request).id,
        comment: request.body,
      });
      reply.code(201).header('cache-control', 'no-store');
      return comment;
    },

    flagIdea: async (request, reply) => {
      const site = siteOf(request);
      await limitWritesOnIdea(request, site.id, request.params.ideaId);
      return fileFlag(request, reply, 'idea', request.params.ideaId);
    },

    flagComment: async (request, reply) => {
      const site = siteOf(request);
      // An unknown comment is the service's 404; a known one counts against its idea's board.
      const comment = await findComment(ctx.db, site.id, request.params.commentId);
      const idea = comment && (await findIdea(ctx.db, site.id, comment.idea_id));
      if (idea) await rateLimits.boardWrites(request, site.id, idea.board_id);
      return fileFlag(request, reply, 'comment', request.params.commentId);
    },
  };
}
