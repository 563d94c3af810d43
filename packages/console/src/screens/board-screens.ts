import { html } from 'lit';
import type { Board, BoardCounts, BoardCreate } from '@inspraak/sdk';
import { BoardCategoryLimits } from '@inspraak/contract/constants/BoardCategoryLimits';
import { BoardCreateLimits } from '@inspraak/contract/constants/BoardCreateLimits';
import { BoardModerationValues } from '@inspraak/contract/constants/BoardModerationValues';
import { fill, plural } from '../texts.ts';
import { boardCategoriesFromLines, boardCategoryLines } from './category-lines.ts';
import { inputField, openOrClosedField, selectField, textareaField, type FieldErrors } from './form-fields.ts';
import { isWholeNumberIn, numberOf, textOf } from './form-values.ts';
import { ConsoleSubjectScreen } from './subject-screen.ts';
import { ConsoleSubjectsScreen } from './subjects-screen.ts';
import type { SubjectKind } from './subject-kind.ts';

const { supportThreshold: thresholdLimits, answerWithinDays: daysLimits, categories: categoryLimits } = BoardCreateLimits;

/**
 * An idea board for the console's generic screens: title, explanation, categories (one per line),
 * the support threshold and the days to answer, moderation, and (once it exists) open or closed.
 * Its page offers the ideas as CSV and puts the idea board widget on a page.
 */
export const boardKind: SubjectKind<Board, BoardCreate, BoardCounts> = {
  section: 'boards',
  widget: 'idea-board',
  idAttribute: 'board',
  texts: (texts) => ({
    heading: texts.boards,
    empty: texts.boardsEmpty,
    newHeading: texts.newBoard,
    create: texts.createBoard,
    created: texts.boardCreated,
    all: texts.allBoards,
  }),
  column: (texts) => ({ heading: texts.statusColumn, value: (board) => texts.subjectStatuses[board.status] }),
  list: async ({ client }) => (await client.admin.boards.list({ limit: 100 })).items,
  get: ({ client }, id) => client.admin.boards.get(id),
  create: ({ client }, input) => client.admin.boards.create(input),
  update: ({ client }, id, patch) => client.admin.boards.update(id, patch),
  delete: ({ client }, id) => client.admin.boards.delete(id),
  deleteTexts: (texts, language, counts) => ({
    label: texts.deleteBoard,
    question: fill(texts.deleteBoardQuestion, {
      ideas: plural(texts.countIdeas, counts.ideas, language),
      comments: plural(texts.countComments, counts.comments, language),
      supports: plural(texts.countSupports, counts.supports, language),
    }),
    confirm: texts.deleteBoardYes,
    done: texts.boardDeleted,
  }),
  fieldName: (texts, member) =>
    ({
      title: texts.titleLabel,
      description: texts.explanation,
      categories: texts.categories,
      supportThreshold: texts.supportThreshold,
      answerWithinDays: texts.answerWithinDays,
      moderation: texts.moderationMode,
      status: texts.subjectStatus,
    })[member] ?? member,

  renderFields: ({ texts }, board, errors: FieldErrors) => html`
    ${inputField({ name: 'title', label: texts.titleLabel, hint: texts.titleHint, error: errors.title, value: board?.title, maxLength: BoardCreateLimits.title.maxLength })}
    ${textareaField({ name: 'description', label: texts.explanation, value: board?.description, maxLength: BoardCreateLimits.description.maxLength })}
    ${textareaField({
      name: 'categories',
      label: texts.categories,
      hint: texts.boardCategoriesHint,
      error: errors.categories,
      value: board && boardCategoryLines(board.categories),
      rows: 5,
    })}
    ${inputField({
      name: 'supportThreshold',
      label: texts.supportThreshold,
      hint: texts.supportThresholdHint,
      error: errors.supportThreshold,
      value: board?.supportThreshold,
      inputMode: 'numeric',
    })}
    ${inputField({
      name: 'answerWithinDays',
      label: texts.answerWithinDays,
      hint: texts.answerWithinDaysHint,
      error: errors.answerWithinDays,
      value: board?.answerWithinDays,
      inputMode: 'numeric',
    })}
    ${selectField({
      name: 'moderation',
      label: texts.moderationMode,
      hint: texts.moderationHint,
      value: board?.moderation ?? BoardCreateLimits.moderation.default,
      options: [...BoardModerationValues].reverse().map((mode) => ({ value: mode, label: texts.moderationModes[mode] })),
    })}
    ${board ? openOrClosedField(texts, board.status, texts.boardStatusHint) : ''}
  `,

  readForm: (data, { texts }, board) => {
    const title = textOf(data, 'title');
    const description = textOf(data, 'description');
    const categories = boardCategoriesFromLines(textOf(data, 'categories'), board?.categories);
    const supportThreshold = numberOf(data, 'supportThreshold');
    const answerWithinDays = numberOf(data, 'answerWithinDays');
    const optionalWholeNumber = (value: number | null | undefined, limits: { minimum: number; maximum: number }) =>
      value === null || isWholeNumberIn(value, limits.minimum, limits.maximum) ? undefined : fill(texts.wholeNumber, { min: limits.minimum, max: limits.maximum });
    const errors: FieldErrors = {
      ...(title ? {} : { title: texts.noTitle }),
      ...(categories.length < categoryLimits.minItems || categories.length > categoryLimits.maxItems
        ? { categories: fill(texts.boardCategoryCount, { min: categoryLimits.minItems, max: categoryLimits.maxItems }) }
        : categories.some((category) => category.label.length > BoardCategoryLimits.label.maxLength)
          ? { categories: fill(texts.categoryTooLong, { max: BoardCategoryLimits.label.maxLength }) }
          : {}),
      ...(optionalWholeNumber(supportThreshold, thresholdLimits) && { supportThreshold: optionalWholeNumber(supportThreshold, thresholdLimits) }),
      ...(optionalWholeNumber(answerWithinDays, daysLimits) && { answerWithinDays: optionalWholeNumber(answerWithinDays, daysLimits) }),
    };
    const status = textOf(data, 'status');
    return {
      input: {
        title,
        description: description || null,
        categories,
        supportThreshold: supportThreshold ?? null,
        answerWithinDays: answerWithinDays ?? null,
        moderation: textOf(data, 'moderation') as Board['moderation'],
        ...(board && { status: status as Board['status'] }),
      },
      errors,
    };
  },

  downloads: [
    {
      label: (texts) => texts.downloadIdeas,
      fetch: ({ client }, id) => client.admin.ideas.exportCsv(id),
      filename: (id) => `${id}-ideas.csv`,
      type: 'text/csv',
    },
  ],
};

/** `<inspraak-console-boards>`: the site's idea boards and the form for a new one. */
export class ConsoleBoardsScreen extends ConsoleSubjectsScreen<Board, BoardCreate> {
  protected readonly kind = boardKind;
}

/** `<inspraak-console-board>`: one idea board's settings, its ideas as CSV, and the publish panel. */
export class ConsoleBoardScreen extends ConsoleSubjectScreen<Board, BoardCreate, BoardCounts> {
  protected readonly kind = boardKind;
}
