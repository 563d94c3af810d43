/** Resident calls on idea boards. */
import type { ClientCore } from './core.ts';
import type { CallOptions } from './http.ts';
import type { Board } from '@inspraak/contract';
import { getBoard } from '@inspraak/contract/operations/getBoard';

export interface BoardsApi {
  get(boardId: string, options?: CallOptions): Promise<Board>;
}

export function createBoards({ http }: Pick<ClientCore, 'http'>): BoardsApi {
  return {
    get: (boardId, { signal } = {}) => http.call(getBoard, { boardId, signal }),
  };
}
