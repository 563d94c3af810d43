/** Registers `<inspraak-feedback-map>`. Import this (or the CDN loader does) to use the tag on a page. */
import { InspraakFeedbackMap } from '../components/feedback-map/feedback-map.ts';

InspraakFeedbackMap.define('inspraak-feedback-map');

export { InspraakFeedbackMap };
