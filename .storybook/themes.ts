/**
 * The themes of the toolbar (and of the theme stories): only the widgets' documented `--inspraak-*`
 * custom properties, as a city's own stylesheet would set them. Each pairs text and background
 * colours that pass WCAG 2.2 AA contrast, which the story test checks with axe.
 */
export type ThemeName = 'default' | 'city' | 'dark';

/** Custom properties per theme, and the page colours around the widget. */
export const themes: Record<ThemeName, { page: Record<string, string>; properties: Record<string, string> }> = {
  default: { page: { background: '#ffffff', color: '#1a1a1a' }, properties: {} },
  // "Gemeente Rivierstad": a red house style, square corners, a serif page font the widget inherits.
  city: {
    page: { background: '#fbf7f2', color: '#2b1d16', 'font-family': 'Georgia, "Times New Roman", serif' },
    properties: {
      '--inspraak-color-accent': '#a3112a',
      '--inspraak-color-on-accent': '#ffffff',
      '--inspraak-color-text': '#2b1d16',
      '--inspraak-color-muted': '#5c4a40',
      '--inspraak-color-background': '#ffffff',
      '--inspraak-color-border': '#7a6a60',
      '--inspraak-color-border-subtle': '#e2d6cc',
      '--inspraak-color-focus': '#2b1d16',
      '--inspraak-radius': '0',
      '--inspraak-poll-question-size': '1.4em',
      '--inspraak-poll-bar-color': '#a3112a',
      '--inspraak-poll-selected-background': '#f8e7ea',
    },
  },
  // A dark page: light text on dark surfaces, a lighter accent with dark text on it.
  dark: {
    // `color-scheme` darkens the browser's own parts of controls (radio buttons, the file picker).
    page: { background: '#101217', color: '#eef0f3', 'color-scheme': 'dark' },
    properties: {
      '--inspraak-color-accent': '#8ab4f8',
      '--inspraak-color-on-accent': '#0b1b33',
      '--inspraak-color-text': '#eef0f3',
      '--inspraak-color-muted': '#b9c1cc',
      '--inspraak-color-background': '#1b1e25',
      '--inspraak-color-border': '#8f99a8',
      '--inspraak-color-border-subtle': '#3b414d',
      '--inspraak-color-input-border': '#a3acb9',
      '--inspraak-color-error': '#ffb4ab',
      '--inspraak-color-success': '#8fd6a0',
      '--inspraak-color-focus': '#ffffff',
      '--inspraak-poll-selected-background': '#23324a',
      '--inspraak-poll-success-background': '#17301f',
      '--inspraak-poll-bar-track-color': '#3b414d',
      '--inspraak-idea-success-background': '#17301f',
      '--inspraak-idea-answer-background': '#1f2a3b',
      '--inspraak-idea-bar-track-color': '#3b414d',
      '--inspraak-feedback-map-success-background': '#17301f',
      '--inspraak-feedback-map-placeholder-color': '#2b3038',
    },
  },
};
