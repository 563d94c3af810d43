/** English texts of "Delete my idea": the twins of `nl-idea-erasure.ts`. */
import type { IdeaErasureTexts } from './nl-idea-erasure.ts';

export const enIdeaErasure: IdeaErasureTexts = {
  eraseButton: 'Delete my idea',
  eraseHeading: 'Do you really want to delete your idea?',
  eraseText: 'We delete your idea completely: the title, the description, the place and your name. Comments and support from others go too. You cannot undo this.',
  eraseYes: 'Yes, delete my idea',
  eraseNo: 'No, keep my idea',
  erasing: 'Deleting…',
  erased: 'Your idea has been deleted.',
  eraseFailed: 'Your idea has not been deleted.',
};
