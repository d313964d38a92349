import { createTheme, type CSSVariablesResolver } from '@mantine/core'

/** Calm teal; body text large enough for long days at the screen. */
export const theme = createTheme({
  primaryColor: 'teal',
  // White on teal 9 is 5.0:1; teal 8 (3.9:1) and 5 (2.1:1) fail WCAG AA for button and link text.
  primaryShade: { light: 9, dark: 9 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  defaultRadius: 'md',
  fontSizes: { md: '1rem' }
})

/** Mantine's default dimmed grey, error red and light-variant text are below WCAG AA contrast; ours are not. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    // Field errors in red 6 are 3.3:1 on white; red 9 is 5.5:1.
    '--mantine-color-error': t.colors.red[9],
    [`--mantine-color-${t.primaryColor}-light`]: t.colors[t.primaryColor]![0]!,
    // A hovered filled button goes darker, not lighter, so white text keeps its contrast.
    [`--mantine-color-${t.primaryColor}-filled-hover`]: `color-mix(in srgb, var(--mantine-color-${t.primaryColor}-9) 80%, black)`,
    // Text on "light" surfaces (alerts, badges, hovered or active nav links) is darkened until it
    // reads at AA contrast on its tinted background, whatever the hue.
    ...Object.fromEntries(
      LIGHT_TEXT_COLORS.map((c) => [`--mantine-color-${c}-light-color`, `color-mix(in srgb, var(--mantine-color-${c}-9) 70%, black)`])
    )
  },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] }
})

const LIGHT_TEXT_COLORS = ['teal', 'green', 'orange', 'yellow', 'red', 'blue', 'grape', 'gray', 'cyan', 'indigo']
