/**
 * Small typed variations of the contract's examples, for states the examples do not show as such:
 * a closed poll, long texts, many options, Arabic content. Each takes an example and returns a
 * changed copy; the shape stays the contract's (the generated types check it).
 */
import type { Schemas } from './contract.ts';

type Poll = Schemas['Poll'];
type PollResults = Schemas['PollResults'];
type Board = Schemas['Board'];
type IdeaPage = Schemas['IdeaPage'];
type Idea = Schemas['Idea'];

/** The page's ideas, without the notices of hidden ones (a variation changes ideas only). */
const isIdea = (item: IdeaPage['items'][number]): item is Idea => !('hidden' in item);
type FeedbackMap = Schemas['FeedbackMap'];

/** A poll in another status; a scheduled poll gets an opening date. */
export function pollWithStatus(poll: Poll, status: Poll['status']): Poll {
  if (status === 'scheduled') return { ...poll, status, opensAt: '2027-01-15T08:00:00.000Z' };
  if (status === 'closed') return { ...poll, status, closesAt: '2026-11-20T17:00:00.000Z' };
  return { ...poll, status };
}

/** A poll whose results everyone may see at once. */
export const resultsAlways = (poll: Poll): Poll => ({ ...poll, resultsVisibility: 'always' });

/** A multiple-choice poll (up to `max`). */
export const multipleChoice = (poll: Poll, max = 2): Poll => ({ ...poll, selection: 'multiple', maxChoices: max });

const placeNames = ['het Stationsplein', 'de Neude', 'het Vredenburgplein', 'de Mariaplaats', 'het Janskerkhof', 'de Oudegracht', 'het Domplein', 'de Lijnmarkt', 'het Ledig Erf', 'de Twijnstraat', 'het Wilhelminapark', 'de Biltstraat', 'het Griftpark', 'de Amsterdamsestraatweg', 'het Moreelsepark', 'de Croeselaan', 'het Zuilenselaan', 'de Kanaalstraat', 'het Lepelenburg', 'de Nobelstraat'];

/** A poll with `count` options (the contract allows up to 20), and results that match them. */
export function manyOptions(poll: Poll, results: PollResults, count = 12): { poll: Poll; results: PollResults } {
  const options = Array.from({ length: count }, (_, index) => ({ id: `opt_${index + 1}`, label: `Meer groen op ${placeNames[index % placeNames.length]}` }));
  const counts = options.map((_, index) => (count - index) * 3);
  const total = counts.reduce((sum, value) => sum + value, 0);
  return {
    poll: { ...poll, options, question: 'Waar wilt u meer groen in de binnenstad?' },
    results: results.visible
      ? {
          ...results,
          totalBallots: total,
          options: options.map((option, index) => ({ optionId: option.id, count: counts[index]!, percentage: Math.round((counts[index]! / total) * 1000) / 10 })),
        }
      : results,
  };
}

const long =
  'De gemeente wil het plein tussen het station, de bibliotheek en de nieuwe woningen aan de westkant helemaal opnieuw inrichten, en wil daarbij graag weten wat bewoners, ondernemers en reizigers het belangrijkst vinden';

/** A poll with texts as long as the contract allows to be useful: a long question, description and labels. */
export function longTexts(poll: Poll): Poll {
  return {
    ...poll,
    question: `${long}: wat moet er volgens u als eerste gebeuren op het Stationsplein, ook als dat betekent dat er minder ruimte overblijft voor andere dingen?`,
    description: `${long}. ${long}. Hoofdletterloze-samengesteldewoordenzoalsfietsenstallingsuitbreidingsplannen moeten netjes afbreken.`,
    options: poll.options.map((option) => ({
      ...option,
      label: `${option.label}, ook als daarvoor parkeerplaatsen, bankjes of een deel van de markt op zaterdag moeten verdwijnen of verplaatst worden`,
    })),
  };
}

/** Arabic content: what a city writes for Arabic-speaking residents (the widgets' own texts come from `texts`). */
export function arabicPoll(poll: Poll): Poll {
  const labels = ['مزيد من الخضرة', 'مزيد من مواقف الدراجات', 'ملعب للأطفال'];
  return {
    ...poll,
    question: 'ماذا تريد في ساحة المحطة؟',
    description: 'ستعيد البلدية تصميم الساحة في عام 2027. اختر ما هو الأهم بالنسبة لك.',
    options: poll.options.map((option, index) => ({ ...option, label: labels[index] ?? option.label })),
  };
}

/** A closed board: no new ideas or comments. */
export const boardClosed = (board: Board): Board => ({ ...board, status: 'closed' });

/** A closed map: no new reports; what was reported stays listed. */
export const mapClosed = (map: FeedbackMap): FeedbackMap => ({ ...map, status: 'closed' });

/** A board without ideas yet. */
export const noIdeas = (page: IdeaPage): IdeaPage => ({ ...page, items: [], nextCursor: null });

/** Ideas with long titles and descriptions. */
export function longIdeas(page: IdeaPage): IdeaPage {
  return {
    ...page,
    items: page.items.filter(isIdea).map((idea) => ({
      ...idea,
      title: `${idea.title} en langs de hele singel tot aan het nieuwe fietspad richting de Uithof`.slice(0, 120),
      description: `${idea.description} ${long}. ${long}.`,
      displayName: idea.displayName && `${idea.displayName} van de bewonerscommissie Stationsgebied-West`,
    })),
  };
}

/** Many ideas on the first page, with a next page. */
export function manyIdeas(page: IdeaPage, count = 12): IdeaPage {
  const first = page.items.find(isIdea);
  if (!first) return page;
  return {
    items: Array.from({ length: count }, (_, index) => ({
      ...first,
      id: `idea_${index + 1}`,
      title: `Meer groen op ${placeNames[index % placeNames.length]}`,
      supportCount: (count - index) * 7,
      supportedByMe: index === 1,
      officialAnswer: null,
    })),
    nextCursor: 'cursor_page_2',
  };
}

/** Arabic ideas. */
export function arabicIdeas(page: IdeaPage): IdeaPage {
  const texts = [
    { title: 'المزيد من الأشجار في ساحة المحطة', description: 'الساحة حارة جدًا في الصيف. الأشجار تعطي الظل.' },
    { title: 'مقاعد عند موقف الحافلات', description: 'لا يوجد مكان للجلوس أثناء انتظار الحافلة.' },
  ];
  return { ...page, items: page.items.filter(isIdea).map((idea, index) => ({ ...idea, ...(texts[index] ?? {}), officialAnswer: null })) };
}

/** An Arabic board. */
export const arabicBoard = (board: Board): Board => ({
  ...board,
  title: 'أفكار لساحة المحطة',
  description: 'كيف نجعل ساحة المحطة أجمل؟ شارك فكرتك.',
  categories: board.categories.map((category, index) => ({ ...category, label: ['الخضرة', 'المرور', 'اللعب'][index] ?? category.label })),
});

/** A feedback map with long texts. */
export const longMapTexts = (map: FeedbackMap): FeedbackMap => ({
  ...map,
  title: `${map.title}: losse tegels, zwerfafval, kapotte lantaarns en alles wat verder in de openbare ruimte niet in orde is`,
  description: `${map.description} ${long}.`,
});

/** An Arabic feedback map. */
export const arabicMap = (map: FeedbackMap): FeedbackMap => ({
  ...map,
  title: 'أبلغ عن مشكلة في الحي',
  description: 'هل ترى شيئًا مكسورًا أو متسخًا في الشارع؟ أبلغ عنه هنا.',
  categories: map.categories.map((category, index) => ({ ...category, name: ['بلاطة رصيف مفكوكة', 'نفايات متناثرة', 'مصباح شارع معطل'][index] ?? category.name })),
});
