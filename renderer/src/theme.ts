import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Darker primary shade so white text on buttons meets WCAG AA contrast. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  respectReducedMotion: true,
});

/* Mantine's default dimmed grey, error red and light-variant reds are below
 * WCAG AA (4.5:1) on white; these shades pass. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7]!,
    '--mantine-color-error': t.colors.red[9]!,
    '--mantine-color-red-light-color': t.colors.red[9]!,
    '--mantine-color-red-text': t.colors.red[9]!,
    '--mantine-color-green-light-color': t.colors.green[9]!,
    '--mantine-color-blue-light-color': t.colors.blue[9]!,
    // The default hover (blue.2) leaves blue.9 text at 4.0:1; blue.1 keeps 4.9:1.
    '--mantine-color-blue-light-hover': t.colors.blue[1]!,
    '--mantine-color-placeholder': t.colors.gray[6]!,
  },
  dark: {},
});
