/** Resident calls on idea boards. */
import type { ClientCore } from './core.ts';
import type { CallOptions } from './http.ts';
import type { Board } from '@inspraak/contract';

export interface BoardsApi {
  get(boardId: string, options?: CallOptions): Promise<Board>;
}

export function createBoards({ http }: Pick<ClientCore, 'http'>): BoardsApi {
  return {
    get: (boardId, { signal } = {}) => http.json<Board>(`boards/${encodeURIComponent(boardId)}`, { signal }),
  };
}
