/* Strings of the app shell: title, main menu and the buttons and prompts every page shares. */
export const appSv = {
  title: 'KUB Planner',
  subtitle: 'Kompetensutveckling bibliotek',
  skipToContent: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  language: 'Språk',
};

export const navSv = {
  overview: 'Översikt',
  reports: 'Rapporter',
  budget: 'Budget och kostnader',
  esfSettings: 'ESF-inställningar',
  mapping: 'Kartläggning',
  areas: 'Kompetensområden',
  municipalities: 'Kommuner',
  visits: 'Besök',
  tours: 'Resor',
  participants: 'Deltagare',
  activities: 'Aktiviteter',
  timeline: 'Tidsplan',
  project: 'Projektplan',
  backups: 'Säkerhetskopior',
  sync: 'Synkronisering',
};

export const commonSv = {
  save: 'Spara',
  cancel: 'Avbryt',
  edit: 'Redigera',
  delete: 'Ta bort',
  add: 'Lägg till',
  loading: 'Laddar …',
  saved: 'Sparat',
  deleted: 'Borttaget',
  none: '–',
  back: 'Tillbaka',
  actions: 'Åtgärder',
  confirmDeleteTitle: 'Ta bort?',
  close: 'Stäng',
  retry: 'Försök igen',
};

export const unsavedSv = {
  title: 'Du har osparade ändringar',
  intro: 'Om du lämnar sidan nu försvinner det du har ändrat men inte sparat:',
  stay: 'Stanna kvar',
  discard: 'Släng ändringarna',
  save: 'Spara och fortsätt',
  saveFailed: 'Ändringarna kunde inte sparas. Rätta de markerade fälten eller välj ett annat alternativ.',
  form: 'Ett formulär med ändringar som inte är sparade',
};

export const appEn: typeof appSv = {
  title: 'KUB Planner',
  subtitle: 'Library competence development',
  skipToContent: 'Skip to content',
  mainNav: 'Main menu',
  language: 'Language',
};

export const navEn: typeof navSv = {
  overview: 'Overview',
  reports: 'Reports',
  budget: 'Budget and costs',
  esfSettings: 'ESF settings',
  mapping: 'Needs mapping',
  areas: 'Competence areas',
  municipalities: 'Municipalities',
  visits: 'Visits',
  tours: 'Tours',
  participants: 'Participants',
  activities: 'Activities',
  timeline: 'Timeline',
  project: 'Project plan',
  backups: 'Backups',
  sync: 'Synchronisation',
};

export const commonEn: typeof commonSv = {
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  add: 'Add',
  loading: 'Loading …',
  saved: 'Saved',
  deleted: 'Deleted',
  none: '–',
  back: 'Back',
  actions: 'Actions',
  confirmDeleteTitle: 'Delete?',
  close: 'Close',
  retry: 'Try again',
};

export const unsavedEn: typeof unsavedSv = {
  title: 'You have unsaved changes',
  intro: 'If you leave this page now, what you changed but did not save is lost:',
  stay: 'Stay',
  discard: 'Discard changes',
  save: 'Save and continue',
  saveFailed: 'The changes could not be saved. Correct the marked fields or choose another option.',
  form: 'A form with changes that are not saved',
};
