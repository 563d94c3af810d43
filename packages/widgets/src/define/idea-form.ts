/** Registers `<inspraak-idea-form>`. Import this (or the CDN loader does) to use the tag on a page. */
import { InspraakIdeaForm } from '../components/idea-form/idea-form.ts';

InspraakIdeaForm.define('inspraak-idea-form');

export { InspraakIdeaForm };
