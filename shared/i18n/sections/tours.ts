/* Strings of the Resor section (tour builder and tours). */
export const toursSv = {
  title: 'Resor',
};

export const toursEn: typeof toursSv = {
  title: 'Tours',
};
