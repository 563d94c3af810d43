import type { BoardCategory, ReportCategory } from '@inspraak/sdk';
import { linesOf } from './form-values.ts';

/**
 * Categories as staff type them: plain lines in a text field instead of a nested form, so the
 * keyboard and a screen reader need nothing more than a textarea. The ids the contract needs are
 * made from the words, and an existing category keeps its id while its words stay the same (the
 * server refuses to drop a category that ideas or reports use).
 */

/** A contract id (`[A-Za-z0-9_-]`) from `label`, unlike every id in `taken` (which it joins). */
export function idFor(label: string, taken: Set<string>, prefix = ''): string {
  const base =
    prefix +
    (label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'item');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A board's categories from one label per line; a label already on the board keeps its id. */
export function boardCategoriesFromLines(text: string, existing: readonly BoardCategory[] = []): BoardCategory[] {
  const taken = new Set<string>();
  return linesOf(text).map((label) => {
    const known = existing.find((category) => category.label === label && !taken.has(category.id));
    if (known) {
      taken.add(known.id);
      return { id: known.id, label };
    }
    const id = idFor(label, new Set([...taken, ...existing.map((category) => category.id)]), 'cat_');
    taken.add(id);
    return { id, label };
  });
}

export const boardCategoryLines = (categories: readonly BoardCategory[]): string => categories.map((category) => category.label).join('\n');

/** What is wrong in a map's category text, as a key of the console's texts with its values. */
export interface CategoryTextProblem {
  problem: 'questionBeforeCategory' | 'oneChoice';
  line: number;
}

/**
 * A map's categories from their text: a category per line; below it, its follow-up questions, each
 * on a line that starts with `-`; a `*` after a question makes it required; choices follow, each
 * after a `|` (two or more make it a choice question, else residents answer in words):
 *
 *     Losse stoeptegel
 *     - Kan iemand erover struikelen? * | Ja | Nee
 *     Zwerfafval
 */
export function mapCategoriesFromText(text: string, existing: readonly ReportCategory[] = []): { categories: ReportCategory[]; problem?: CategoryTextProblem } {
  const categories: ReportCategory[] = [];
  const codes = new Set<string>();
  const textLines = linesOf(text);
  for (const [index, line] of textLines.entries()) {
    if (!line.startsWith('-')) {
      const known = existing.find((category) => category.name === line && !codes.has(category.code));
      const code = known ? known.code : idFor(line, new Set([...codes, ...existing.map((category) => category.code)]));
      codes.add(code);
      categories.push({ code, name: line, ...(known?.description !== undefined && { description: known.description }), questions: [] });
      continue;
    }
    const category = categories.at(-1);
    if (!category) return { categories, problem: { problem: 'questionBeforeCategory', line: index + 1 } };
    const [question = '', ...choiceLabels] = line.slice(1).split('|').map((part) => part.trim());
    const required = question.endsWith('*');
    const label = required ? question.slice(0, -1).trim() : question;
    const choices = choiceLabels.filter(Boolean);
    if (choices.length === 1) return { categories, problem: { problem: 'oneChoice', line: index + 1 } };
    const knownQuestion = existing.find((candidate) => candidate.code === category.code)?.questions.find((candidate) => candidate.label === label);
    const questionIds = new Set(category.questions.map((candidate) => candidate.id));
    const choiceIds = new Set<string>();
    category.questions.push({
      id: knownQuestion && !questionIds.has(knownQuestion.id) ? knownQuestion.id : idFor(label, questionIds),
      label,
      ...(knownQuestion?.hint !== undefined && { hint: knownQuestion.hint }),
      kind: choices.length > 1 ? 'choice' : 'text',
      required,
      ...(choices.length > 1 && {
        choices: choices.map((choice) => {
          const known = knownQuestion?.choices?.find((candidate) => candidate.label === choice && !choiceIds.has(candidate.id));
          if (known) choiceIds.add(known.id);
          return { id: known?.id ?? idFor(choice, choiceIds), label: choice };
        }),
      }),
    });
  }
  return { categories };
}

/** The text of a map's categories, in the form `mapCategoriesFromText` reads. */
export const mapCategoryText = (categories: readonly ReportCategory[]): string =>
  categories
    .flatMap((category) => [
      category.name,
      ...category.questions.map(
        (question) => `- ${question.label}${question.required ? ' *' : ''}${question.choices?.length ? ` | ${question.choices.map((choice) => choice.label).join(' | ')}` : ''}`,
      ),
    ])
    .join('\n');
