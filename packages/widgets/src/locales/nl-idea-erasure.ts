/**
 * Dutch texts of "Verwijder mijn idee" after sending (B1; "u" everywhere). They travel with that
 * step's chunk, which loads once an idea is sent, so the form a resident first meets stays small.
 */
export const nlIdeaErasure = {
  eraseButton: 'Verwijder mijn idee',
  eraseHeading: 'Wilt u uw idee echt verwijderen?',
  eraseText: 'Wij verwijderen uw idee helemaal: de titel, de beschrijving, de plek en uw naam. Ook de reacties en steunbetuigingen van anderen gaan weg. U kunt dit niet ongedaan maken.',
  eraseYes: 'Ja, verwijder mijn idee',
  eraseNo: 'Nee, bewaar mijn idee',
  erasing: 'Bezig met verwijderen…',
  erased: 'Uw idee is verwijderd.',
  eraseFailed: 'Uw idee is niet verwijderd.',
};

export type IdeaErasureTexts = Record<keyof typeof nlIdeaErasure, string>;
